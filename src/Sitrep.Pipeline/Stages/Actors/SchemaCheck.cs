using System.Text.Json;
using Json.Schema;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>Checks JSON values against one schema file and words each failure as "where: what".</summary>
internal sealed class SchemaCheck
{
    private static readonly EvaluationOptions Quick = new() { OutputFormat = OutputFormat.Flag };
    private static readonly EvaluationOptions Detailed = new() { OutputFormat = OutputFormat.List };
    private readonly JsonSchema schema;

    private SchemaCheck(JsonSchema schema) => this.schema = schema;

    public static SchemaCheck Load(string path) =>
        new(JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public List<string> Problems(JsonElement value)
    {
        var problems = new List<string>();
        // Most lines are valid: a yes/no check first, the detailed report only for lines that fail.
        if (schema.Evaluate(value, Quick).IsValid) return problems;
        var results = schema.Evaluate(value, Detailed);
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null) continue;
            var where = detail.InstanceLocation.ToString();
            foreach (var (_, message) in detail.Errors)
                problems.Add(string.IsNullOrEmpty(where) ? message : $"{where.TrimStart('/')}: {message}");
        }
        if (problems.Count == 0 && results.Errors is { } top)
            foreach (var (_, message) in top) problems.Add(message);
        if (problems.Count == 0) problems.Add("does not match its schema");
        return problems;
    }
}
