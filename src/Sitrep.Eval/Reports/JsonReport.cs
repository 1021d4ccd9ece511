using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Eval.Reports;

/// <summary>The scorecard for machines: every corpus, field, error kind and matrix, with the baseline comparison.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static string Write(Scorecard card, BaselineComparison? comparison) =>
        JsonSerializer.Serialize(new
        {
            scorecard = card,
            baseline = comparison is null ? null : new { passed = comparison.Passed, fields = comparison.Fields },
        }, Options);
}
