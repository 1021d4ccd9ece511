using System.Reflection;
using System.Text.Json;

namespace Sitrep.Eval;

/// <summary>
/// The scorer's own data (mappings from corpus labels to Sitrep's codes, spelling variants, the seed
/// checklist), kept in eval/scoring/ and built into this library. It measures output; the pipeline never reads it.
/// </summary>
public static class ScoringData
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static T Load<T>(string name)
    {
        var resource = $"scoring/{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"scoring data '{resource}' is missing from the build");
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidOperationException($"scoring data '{resource}' is empty");
    }
}
