using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Dates;

/// <summary>
/// Finds date expressions (absolute, year-less, weekdays, "yesterday", "last week", "in 2015") and resolves them
/// against the document's reference date. Never reads the clock: with no reference date, relative dates keep
/// what the text says and the document gets one warning that the year is unknown.
/// </summary>
public sealed class DatesStage(IReadOnlyList<DatePattern> patterns, DateResolver resolver) : IStage
{
    public const string NoReferenceWarning =
        "No publication date was given, so the year of relative and year-less dates is unknown (pass --published).";

    public string Name => "dates";

    public static DatesStage Create(PipelineOptions options)
    {
        var words = DateWords.Load(options);
        var numbers = LoadNumberWords(options);
        return new DatesStage(DatePattern.Load(options, words, numbers), new DateResolver(words, numbers));
    }

    internal static Dictionary<string, int> LoadNumberWords(PipelineOptions options) =>
        LexiconFile.Rows(options, "number-words.tsv", 2)
            .Where(r => r.Length < 3 || r[2].Trim() != "scale")
            .ToDictionary(r => r[0].Trim(), r => int.Parse(r[1]), StringComparer.OrdinalIgnoreCase);

    public void Process(Document document)
    {
        var reference = document.ReferenceDate;
        var candidates = new List<(DatePattern Pattern, System.Text.RegularExpressions.Match Match)>();
        foreach (var pattern in patterns)
            foreach (System.Text.RegularExpressions.Match m in pattern.Regex.Matches(document.Text))
                candidates.Add((pattern, m));

        // Longest first, then earliest: "Aug. 15, 2022" beats "Aug. 15"; overlapping shorter matches are dropped.
        var taken = new List<TextSpan>();
        bool neededReference = false;
        foreach (var (pattern, m) in candidates.OrderByDescending(c => c.Match.Length).ThenBy(c => c.Match.Index))
        {
            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (taken.Any(t => t.Overlaps(span))) continue;
            if (document.Dateline is { } dl && dl.Span.Overlaps(span)) continue;
            if (resolver.Resolve(pattern, m, reference) is not { } resolved) continue;
            taken.Add(span);
            neededReference |= resolved.NeededReference && reference is null;
            document.Dates.Add(new DateMention(span, m.Value, resolved.Date, KindOf(pattern),
                Provenance.Rule($"dates.{pattern.Name}", pattern.Confidence)) { Sentence = document.SentenceIndexAt(span.Start) });
        }
        document.Dates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        if (neededReference && !document.Warnings.Contains(NoReferenceWarning)) document.Warnings.Add(NoReferenceWarning);
    }

    private static DateKind KindOf(DatePattern p) => p.Rule switch
    {
        "date" or "calendar-year" => DateKind.Absolute,
        "named-month" => p.Name == "month-alone" ? DateKind.Vague : DateKind.Absolute,
        "weekday" => DateKind.Weekday,
        _ => DateKind.Relative,
    };
}
