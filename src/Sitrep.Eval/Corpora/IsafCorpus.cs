using System.Text.Json;
using Sitrep.Core;
using Sitrep.Pipeline.Batch;

namespace Sitrep.Eval.Corpora;

/// <summary>The annotation of one ISAF press release (per report, not per event).</summary>
public sealed record IsafGold(string StartDate, IReadOnlyList<string> Kinds, string Province, IReadOnlyList<string> TargetGroups,
    int MinKilled, int MinCaptured, bool Airstrike);

/// <summary>A press release and its annotation; TextFromId marks the lines that hold their text in "id" (see Read).</summary>
public sealed record IsafReport(ReportInput Input, IsafGold Gold, bool TextFromId = false)
{
    /// <summary>The line of the corpus file the report is on.</summary>
    public int Line { get; init; }

    /// <summary>How error examples name the report: its line, since the corpus repeats some ids (release headers used as ids).</summary>
    public string Label => TextFromId || Input.Id.Length == 0 ? $"line {Line}" : $"line {Line} ({Records.Shorten(Input.Id, 40)})";
}

/// <summary>Reads isaf-dev.jsonl: the batch contract's fields plus a "gold" object.</summary>
public static class IsafCorpus
{
    public const string FileName = "isaf-dev.jsonl";

    public static IReadOnlyList<IsafReport> Read(string path)
    {
        var reports = new List<IsafReport>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            if (!json.RootElement.TryGetProperty("gold", out var g) || g.ValueKind != JsonValueKind.Object)
                throw new InputException($"{path}:{n}", "has no \"gold\" object");
            var parsed = ReportReader.Parse(n, line);
            if (parsed.Report is not null)
            {
                reports.Add(new(parsed.Report, ReadGold(g)) { Line = n });
                continue;
            }
            // A few lines of the published corpus carry the release in "id" and leave "text" empty; the
            // annotation is sound, so the release is read from where it is rather than dropped.
            if (TextInId(json.RootElement) is { } input)
                reports.Add(new(input with { Id = $"line {n}" }, ReadGold(g), TextFromId: true) { Line = n });
            else throw new InputException($"{path}:{n}", parsed.Error ?? "unreadable line");
        }
        return reports;
    }

    private static ReportInput? TextInId(JsonElement root)
    {
        var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString() : null;
        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (!string.IsNullOrWhiteSpace(text) || id is null || id.Split(' ').Length < 8) return null;
        var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String &&
            ReportReader.TryParseDate(p.GetString()!, out var d) ? d : (DateOnly?)null;
        return new ReportInput(id, id, published);
    }

    public static IsafGold ReadGold(JsonElement g) => new(
        StartDate: Strings(g, "start_date").FirstOrDefault() ?? "",
        Kinds: Strings(g, "event_type").SelectMany(Split).ToList(),
        Province: Strings(g, "province").FirstOrDefault() ?? "",
        TargetGroups: Strings(g, "target_group").SelectMany(Split).ToList(),
        MinKilled: Int(g, "min_killed"),
        MinCaptured: Int(g, "min_captured"),
        Airstrike: g.TryGetProperty("airstrike", out var a) && a.ValueKind == JsonValueKind.True);

    // Several labels share one string, separated by ';' ("airstrike;detention").
    private static IEnumerable<string> Split(string s) =>
        s.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static IEnumerable<string> Strings(JsonElement g, string name)
    {
        if (!g.TryGetProperty(name, out var v)) yield break;
        if (v.ValueKind == JsonValueKind.String) yield return v.GetString()!;
        else if (v.ValueKind == JsonValueKind.Array)
            foreach (var item in v.EnumerateArray())
                if (item.ValueKind == JsonValueKind.String) yield return item.GetString()!;
    }

    private static int Int(JsonElement g, string name) =>
        g.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : 0;
}
