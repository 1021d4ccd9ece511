using System.Globalization;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Pipeline.Batch;

/// <summary>One line of a batch input: either a report or the reason it cannot be read.</summary>
public sealed record ReportLine(int LineNumber, ReportInput? Report, string? Error);

/// <summary>Reads the batch contract: one JSON object per line with id, text, and optional published, source, url.</summary>
public static class ReportReader
{
    public static IEnumerable<ReportLine> Read(TextReader reader)
    {
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(n, line);
        }
    }

    public static ReportLine Parse(int lineNumber, string line)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(line); }
        catch (JsonException e) { return new(lineNumber, null, $"not valid JSON ({e.Message.Split('.')[0]})"); }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new(lineNumber, null, "expected a JSON object");
            var id = StringField(root, "id") ?? lineNumber.ToString(CultureInfo.InvariantCulture);
            var text = StringField(root, "text");
            if (text is null) return new(lineNumber, null, $"report '{id}' has no \"text\" field");
            if (string.IsNullOrWhiteSpace(text)) return new(lineNumber, null, $"report '{id}' has empty text");
            DateOnly? published = null;
            if (StringField(root, "published") is { Length: > 0 } p)
            {
                if (!TryParseDate(p, out var d))
                    return new(lineNumber, null, $"report '{id}' has \"published\" '{p}', which is not a date (expected YYYY-MM-DD)");
                published = d;
            }
            return new(lineNumber, new ReportInput(id, text, published, StringField(root, "source"), StringField(root, "url")), null);
        }
    }

    /// <summary>Accepts YYYY-MM-DD, or a full ISO timestamp whose date part is taken.</summary>
    public static bool TryParseDate(string s, out DateOnly date)
    {
        s = s.Trim();
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dto))
        {
            date = DateOnly.FromDateTime(dto.UtcDateTime);
            return true;
        }
        return false;
    }

    private static string? StringField(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
