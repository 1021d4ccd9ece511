namespace Sitrep.Specs;

/// <summary>
/// The words an example's <c>covers:</c> line may use, grouped as the coverage table shows them.
/// Sub-event types and interaction codes are counted from the expectations themselves, not from tags.
/// </summary>
public static class CoverageTags
{
    public static readonly IReadOnlyList<(string Tag, string Meaning)> Dates =
    [
        ("yesterday", "\"yesterday\""),
        ("weekday", "a weekday name (\"Wednesday\", \"on Sunday\")"),
        ("overnight", "\"overnight\""),
        ("last-night", "\"last night\""),
        ("last-week", "\"last week\""),
        ("earlier-this-month", "\"earlier this month\""),
        ("date-with-year", "an absolute date with its year"),
        ("date-without-year", "an absolute date without a year"),
        ("no-published-date", "no published date: the year stays unknown unless the text or a dateline gives it"),
        ("dateline-date", "the reference date comes from the dateline"),
    ];

    public static readonly IReadOnlyList<(string Tag, string Meaning)> Tolls =
    [
        ("conflicting-tolls", "sources give different death tolls"),
        ("at-least", "\"at least N\""),
        ("vague-number", "\"dozens\", \"tens\", \"hundreds\", \"a dozen\""),
        ("up-to", "\"up to N\""),
        ("range", "a range (\"between 5 and 7\", \"8 to 10\")"),
        ("injuries", "injuries that must not count as deaths"),
    ];

    public static readonly IReadOnlyList<(string Tag, string Meaning)> Claims =
    [
        ("responsibility", "a claim of responsibility"),
        ("denial", "a denial"),
        ("attribution", "officials blame someone"),
        ("condemnation", "a condemnation"),
    ];

    public static readonly IReadOnlyList<(string Tag, string Meaning)> NonEvents =
    [
        ("habitual", "habitual background (\"have often been the target of\")"),
        ("history", "history (\"in 2015\")"),
        ("prediction", "a prediction"),
        ("threat", "a threat"),
        ("negation", "a negation (\"no casualties were reported\", \"did not strike\")"),
        ("hypothetical", "a hypothetical (\"if ... would\")"),
    ];

    public static readonly IReadOnlyList<(string Tag, string Meaning)> Structure =
    [
        ("two-events", "two events in one report"),
        ("same-event-twice", "one event mentioned twice: one record"),
        ("dateline", "a dateline (\"KABUL, Afghanistan (date)\", \"ADEN:\")"),
        ("press-release", "press-release furniture (release numbers, \"For Immediate Release\")"),
    ];

    public static IEnumerable<(string Group, IReadOnlyList<(string Tag, string Meaning)> Tags)> Groups =>
    [
        ("Dates", Dates), ("Tolls", Tolls), ("Claims", Claims), ("Non-events", NonEvents), ("Structure", Structure),
    ];

    public static bool IsKnown(string tag) => Groups.Any(g => g.Tags.Any(t => t.Tag == tag));
}
