using System.Text.Json;
using Json.Schema;

namespace Sitrep.Pipeline.Stages.Events;

/// <summary>
/// Reads a JSONL lexicon and checks every line against its schema in data/schemas, so a bad entry
/// is reported by file and line when the stage is built rather than misbehaving later.
/// </summary>
internal static class JsonlLexicon
{
    public static IReadOnlyList<JsonElement> Load(string dataFolder, string lexiconName, string schemaName)
    {
        var path = Path.Combine(dataFolder, "lexicons", lexiconName);
        var schemaPath = Path.Combine(dataFolder, "schemas", schemaName);
        if (!File.Exists(path)) throw new InvalidDataException($"{path}: lexicon file is missing");
        if (!File.Exists(schemaPath)) throw new InvalidDataException($"{schemaPath}: schema file is missing");

        var schema = JsonSchema.FromText(File.ReadAllText(schemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var rows = new List<JsonElement>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            JsonElement row;
            try
            {
                using var doc = JsonDocument.Parse(line);
                row = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not valid JSON ({e.Message})");
            }
            var result = schema.Evaluate(row, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
                throw new InvalidDataException($"{path}:{lineNumber}: does not match {schemaName}: {FirstError(result)}");
            rows.Add(row);
        }
        return rows;
    }

    private static string FirstError(EvaluationResults result)
    {
        foreach (var detail in result.Details ?? [])
            if (detail.Errors is { Count: > 0 } errors)
                return $"{detail.InstanceLocation} {errors.Values.First()}";
        return "invalid entry";
    }

    public static string? OptionalString(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string RequiredString(this JsonElement row, string name) => row.GetProperty(name).GetString()!;

    public static bool Has(this JsonElement row, string name) => row.TryGetProperty(name, out _);

    public static bool Flag(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    public static IReadOnlyList<string> StringList(this JsonElement row, string name) =>
        row.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(e => e.GetString()!)]
            : [];
}
