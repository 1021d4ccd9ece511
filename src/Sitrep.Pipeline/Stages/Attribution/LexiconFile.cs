using System.Text.Json;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>Reads the line-based data files of this stage, naming the file and line of any mistake.</summary>
internal static class LexiconFile
{
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

    /// <summary>Plain phrase lists: one phrase a line, '#' starts a comment.</summary>
    public static IReadOnlyList<string> ReadPhrases(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: lexicon file is missing");
        return File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
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
