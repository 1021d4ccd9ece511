using System.Text.RegularExpressions;
using Sitrep.Pipeline.Stages.Events;
using FactualityKind = Sitrep.Core.Factuality;

namespace Sitrep.Pipeline.Stages.Factuality;

public enum CuePosition { Before, After, Either }

/// <summary>A word or phrase that makes a mention it governs something other than a reported fact.</summary>
public sealed record FactualityCue(string Id, FactualityKind Kind, Regex Pattern, CuePosition Position, int MaxWords, bool UnlessDated)
{
    /// <summary>Cues with a 'year' group apply only to years before the reference date's.</summary>
    public bool NamesYear => Pattern.GetGroupNames().Contains("year");
}

/// <summary>The cues, clause barriers and settings of factuality.jsonl.</summary>
public sealed class FactualityLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    public IReadOnlyList<FactualityCue> Cues { get; }
    public Regex StrongBarrier { get; }
    public Regex AnyBarrier { get; }
    public int HistoricalMinAgeDays { get; }

    private FactualityLexicon(IReadOnlyList<FactualityCue> cues, Regex strong, Regex any, int minAge)
    {
        Cues = cues;
        StrongBarrier = strong;
        AnyBarrier = any;
        HistoricalMinAgeDays = minAge;
    }

    public static FactualityLexicon Load(string dataFolder)
    {
        var cues = new List<FactualityCue>();
        var strong = new List<string>();
        var weak = new List<string>();
        var minAge = 365;
        foreach (var row in JsonlLexicon.Load(dataFolder, "factuality.jsonl", "factuality.schema.json"))
        {
            switch (row.RequiredString("kind"))
            {
                case "cue":
                    var id = row.RequiredString("id");
                    cues.Add(new FactualityCue(id, ParseKind(row.RequiredString("factuality")), Compile(row.RequiredString("pattern"), id),
                        row.RequiredString("position") switch { "before" => CuePosition.Before, "after" => CuePosition.After, _ => CuePosition.Either },
                        row.GetProperty("max_words").GetInt32(), row.Flag("unless_dated")));
                    break;
                case "barrier":
                    (row.RequiredString("strength") == "strong" ? strong : weak).Add($"(?:{row.RequiredString("pattern")})");
                    break;
                case "setting":
                    minAge = (int)row.GetProperty("value").GetDouble();
                    break;
            }
        }
        var strongRegex = Compile(strong.Count == 0 ? "(?!)" : string.Join("|", strong), "barriers");
        var anyRegex = Compile(string.Join("|", strong.Concat(weak).DefaultIfEmpty("(?!)")), "barriers");
        return new FactualityLexicon(cues, strongRegex, anyRegex, minAge);
    }

    private static FactualityKind ParseKind(string s) => s switch
    {
        "negated" => FactualityKind.Negated,
        "hypothetical" => FactualityKind.Hypothetical,
        "predicted" => FactualityKind.Predicted,
        "habitual" => FactualityKind.Habitual,
        "historical" => FactualityKind.Historical,
        _ => throw new InvalidDataException($"factuality.jsonl: unknown factuality '{s}'"),
    };

    private static Regex Compile(string pattern, string owner)
    {
        try { return new Regex(pattern, Options, MatchTimeout); }
        catch (ArgumentException e) { throw new InvalidDataException($"factuality.jsonl: '{owner}' has a bad pattern: {e.Message}"); }
    }
}
