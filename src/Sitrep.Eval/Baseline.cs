using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core;

namespace Sitrep.Eval;

/// <summary>The committed scores a change is compared with: field key → value (a share, 0-1).</summary>
public sealed record Baseline(SortedDictionary<string, double> Fields)
{
    /// <summary>A field may fall this far (one percentage point) below its baseline before the gate fails.</summary>
    public const double Tolerance = 0.01;

    public const string About = "Scorecard baseline written by `sitrep eval --write-baseline`. Each value is a share (0-1); " +
        "the gate (scripts/eval-gate) fails when a field falls more than one percentage point below it. Raise it by committing new numbers.";

    public static Baseline From(Scorecard card) =>
        new(new SortedDictionary<string, double>(card.AllFields.ToDictionary(f => f.Key, f => Math.Round(f.Value, 4)), StringComparer.Ordinal));

    public static Baseline Read(string path)
    {
        BaselineFile? file;
        try { file = JsonSerializer.Deserialize<BaselineFile>(File.ReadAllText(path), FileOptions); }
        catch (JsonException e) { throw new InputException(path, $"is not a valid baseline ({e.Message.Split('.')[0]})"); }
        catch (IOException e) { throw new InputException(path, $"cannot be read ({e.Message})"); }
        if (file?.Fields is null) throw new InputException(path, "has no \"fields\" object");
        return new(new SortedDictionary<string, double>(file.Fields, StringComparer.Ordinal));
    }

    public void Write(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(path, JsonSerializer.Serialize(new BaselineFile(About, Fields), FileOptions) + "\n");
    }

    private sealed record BaselineFile([property: JsonPropertyName("about")] string? About,
        [property: JsonPropertyName("fields")] SortedDictionary<string, double>? Fields);

    private static readonly JsonSerializerOptions FileOptions = new()
    {
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public enum Change { Up, Down, Same, New, Missing }

/// <summary>One field against its baseline.</summary>
public sealed record FieldComparison(string Key, double? Baseline, double? Current, Change Change, bool Fails)
{
    public double? Delta => Baseline is { } b && Current is { } c ? c - b : null;

    public string Mark => Change switch
    {
        Change.Up => "▲",
        Change.Down => "▼",
        Change.Same => "=",
        Change.New => "new",
        _ => "missing",
    };
}

/// <summary>Every field of a scorecard against the baseline; fails when any falls more than the tolerance or is missing.</summary>
public sealed record BaselineComparison(IReadOnlyList<FieldComparison> Fields)
{
    public bool Passed => Fields.All(f => !f.Fails);
    public IEnumerable<FieldComparison> Failures => Fields.Where(f => f.Fails);

    public FieldComparison? For(string key) => Fields.FirstOrDefault(f => f.Key == key);

    /// <summary>
    /// Compares a scorecard with the baseline. With <paramref name="corpora"/>, only the baseline's fields of those
    /// corpora are expected (a run limited to some corpora is not failed for the others).
    /// </summary>
    public static BaselineComparison Compare(Baseline baseline, Scorecard card, IReadOnlyCollection<string>? corpora = null)
    {
        // Values are written rounded to four places; differences below that are not changes.
        const double noise = 0.0005;
        var current = card.AllFields.ToDictionary(f => f.Key, f => f.Value);
        var rows = new List<FieldComparison>();
        foreach (var (key, b) in baseline.Fields)
        {
            if (corpora is not null && !corpora.Contains(CorpusOf(key))) continue;
            if (!current.TryGetValue(key, out var c))
            {
                rows.Add(new(key, b, null, Change.Missing, true));
                continue;
            }
            var change = c > b + noise ? Change.Up : c < b - noise ? Change.Down : Change.Same;
            rows.Add(new(key, b, c, change, b - c > Baseline.Tolerance + 1e-9));
        }
        foreach (var (key, c) in current)
            if (!baseline.Fields.ContainsKey(key)) rows.Add(new(key, null, c, Change.New, false));
        return new(rows);
    }

    public static string CorpusOf(string key) => key.Split('.')[0];
}
