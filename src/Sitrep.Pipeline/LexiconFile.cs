using System.Text.Json;

namespace Sitrep.Pipeline;

/// <summary>
/// Reads the stages' data files (data/lexicons): line lists where '#' starts a comment line and blank lines are
/// ignored, tab-separated rows, and JSONL entries, naming the file and line of any mistake.
/// </summary>
public static class LexiconFile
{
    public static string PathOf(PipelineOptions options, string name) =>
        Path.Combine(options.DataFolder, "lexicons", name);

    public static IEnumerable<string> Lines(PipelineOptions options, string name)
    {
        var path = PathOf(options, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Lexicon file is missing: {path}", path);
        return ContentLines(path);
    }

    /// <summary>Tab-separated rows; a row with fewer than <paramref name="minFields"/> fields names the file and line.</summary>
    public static IEnumerable<string[]> Rows(PipelineOptions options, string name, int minFields)
    {
        foreach (var line in Lines(options, name))
        {
            var fields = line.Split('\t');
            if (fields.Length < minFields)
                throw new FormatException($"{name}: expected {minFields} tab-separated fields in \"{line}\"");
            yield return fields;
        }
    }

    /// <summary>Plain phrase lists: one phrase a line, trimmed.</summary>
    public static IReadOnlyList<string> ReadPhrases(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: lexicon file is missing");
        return ContentLines(path).Select(l => l.Trim()).ToList();
    }

    // The lines that hold entries: not blank, not a '#' comment.
    private static IEnumerable<string> ContentLines(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            yield return line;
        }
    }

    public static IEnumerable<(int Line, JsonElement Entry)> ReadJsonl(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: lexicon file is missing");
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement entry;
            try { entry = JsonDocument.Parse(line).RootElement; }
            catch (JsonException e) { throw new InvalidDataException($"{path}:{n}: not valid JSON ({e.Message})"); }
            if (entry.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{path}:{n}: expected a JSON object");
            yield return (n, entry);
        }
    }

    public static string RequiredString(JsonElement e, string name, string path, int line) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new InvalidDataException($"{path}:{line}: '{name}' must be a non-empty string");

    public static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static IReadOnlyList<string> StringList(JsonElement e, string name, string path, int line, bool required)
    {
        if (!e.TryGetProperty(name, out var v))
            return required ? throw new InvalidDataException($"{path}:{line}: '{name}' is required") : [];
        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            throw new InvalidDataException($"{path}:{line}: '{name}' must be a list of strings");
        var list = v.EnumerateArray().Select(x => x.GetString()!).ToList();
        if (required && list.Count == 0) throw new InvalidDataException($"{path}:{line}: '{name}' must not be empty");
        return list;
    }

    public static T ParseEnum<T>(string value, string name, string path, int line) where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var r)
            ? r
            : throw new InvalidDataException($"{path}:{line}: '{name}' value '{value}' is not one of {string.Join(", ", Enum.GetNames<T>()).ToLowerInvariant()}");
}
