using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Eval.Corpora;

public sealed record PloverActor(string Text, string? Code);

/// <summary>One PLOVER gold record: a short news sentence with its event type, mode and actors.</summary>
public sealed record PloverGold(string Id, string Text, string Event, string? Mode, IReadOnlyList<PloverActor> Sources,
    IReadOnlyList<PloverActor> Targets)
{
    public ReportInput ToInput() => new(Id, Text);
}

/// <summary>Reads PLOVER_GSR_CAMEO.json (a JSON array; records without text, such as the DOCUMENT note, are skipped).</summary>
public static class PloverCorpus
{
    public static readonly string[] RelativePath = ["plover", "PLOVER_GSR_CAMEO.json"];

    public static IReadOnlyList<PloverGold> Read(string path)
    {
        using var stream = File.OpenRead(path);
        JsonDocument json;
        try { json = JsonDocument.Parse(stream); }
        catch (JsonException e) { throw new InputException(path, $"is not valid JSON ({e.Message.Split('.')[0]})"); }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array) throw new InputException(path, "expected a JSON array of records");
            return json.RootElement.EnumerateArray().Select(Parse).OfType<PloverGold>().ToList();
        }
    }

    public static PloverGold? Parse(JsonElement r)
    {
        var text = Str(r, "text");
        var ev = Str(r, "event");
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(ev)) return null;
        var mode = Str(r, "mode");
        return new(Str(r, "id") ?? "", text, ev.Trim().ToUpperInvariant(), string.IsNullOrWhiteSpace(mode) ? null : mode.Trim(),
            Actors(r, "source"), Actors(r, "target"));
    }

    private static IReadOnlyList<PloverActor> Actors(JsonElement r, string name)
    {
        if (!r.TryGetProperty(name, out var v)) return [];
        return v.ValueKind switch
        {
            JsonValueKind.String when !string.IsNullOrWhiteSpace(v.GetString()) => [new(v.GetString()!, null)],
            JsonValueKind.Array => v.EnumerateArray()
                .Select(a => a.ValueKind == JsonValueKind.String ? new PloverActor(a.GetString()!, null)
                    : a.ValueKind == JsonValueKind.Object && Str(a, "actorText") is { } t ? new PloverActor(t, Str(a, "code")) : null)
                .OfType<PloverActor>().Where(a => !string.IsNullOrWhiteSpace(a.Text)).ToList(),
            _ => [],
        };
    }

    private static string? Str(JsonElement o, string name) =>
        o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
