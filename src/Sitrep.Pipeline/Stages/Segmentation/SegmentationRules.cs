using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Pipeline.Stages.Dates;

namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>The data segmentation works from, loaded once: abbreviations, boilerplate lines, dateline forms.</summary>
public sealed class SegmentationRules
{
    public required IReadOnlyDictionary<string, bool> Abbreviations { get; init; } // value: true = title (never ends a sentence)
    public required IReadOnlySet<string> SentenceOpeners { get; init; }
    public required IReadOnlyList<(BoilerplateKind Kind, Regex Line)> BoilerplateLines { get; init; }
    public required IReadOnlyList<Regex> Datelines { get; init; }
    public required Regex HeadlineVerb { get; init; }
    public required DateWords DateWords { get; init; }

    public static SegmentationRules Load(PipelineOptions options)
    {
        var dateWords = DateWords.Load(options);
        var abbreviations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var row in LexiconFile.Rows(options, "abbreviations.txt", 2))
            abbreviations[row[0].Trim()] = row[1].Trim() == "title";
        foreach (var month in dateWords.MonthAbbreviations) abbreviations.TryAdd(month, true);

        const RegexOptions lineOptions = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        return new SegmentationRules
        {
            Abbreviations = abbreviations,
            SentenceOpeners = LexiconFile.Lines(options, "sentence-openers.txt").Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal),
            BoilerplateLines = LexiconFile.Rows(options, "boilerplate-lines.tsv", 2)
                .Select(r => (Enum.Parse<BoilerplateKind>(r[0].Trim()), new Regex($"^(?:{r[1]})$", lineOptions)))
                .ToList(),
            Datelines = LexiconFile.Lines(options, "datelines.txt")
                .Select(l => new Regex(l, RegexOptions.Compiled | RegexOptions.CultureInvariant)).ToList(),
            HeadlineVerb = new Regex(LexiconFile.Lines(options, "headline-verbs.txt").First(), lineOptions),
            DateWords = dateWords,
        };
    }
}
