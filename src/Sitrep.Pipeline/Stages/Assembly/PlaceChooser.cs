using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Picks where a mention's event happened: the most specific resolved place in its clause, else in its
/// sentence. Places named as an origin ("fighters from X") or as country evidence ("Syrian") are not locations.
/// </summary>
public sealed class PlaceChooser(Document doc, ClauseMap clauses)
{
    public PlaceMention? For(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return null;
        var sentence = doc.Sentences[m.Sentence].Span;
        var clause = clauses.ClauseAt(sentence, m.Trigger.Start);
        return doc.Places
            .Where(p => p.Resolved is not null && !p.IsCountryEvidenceOnly && sentence.Contains(p.Span.Start))
            .Where(p => !IsOrigin(p))
            .OrderBy(p => clause.Contains(p.Span.Start) ? 0 : 1)
            .ThenByDescending(p => PlaceRank.Specificity(p.Resolved!.Kind))
            .ThenBy(p => Math.Abs(p.Span.Start - m.Trigger.Start))
            .FirstOrDefault();
    }

    private bool IsOrigin(PlaceMention p)
    {
        var from = Math.Max(0, p.Span.Start - 6);
        var before = doc.Text[from..p.Span.Start].TrimEnd().ToLowerInvariant();
        return before.EndsWith(" from", StringComparison.Ordinal) || before == "from";
    }

    /// <summary>The best of several mentions' places: the most specific; ties go to the earliest.</summary>
    public static PlaceMention? Best(IEnumerable<PlaceMention?> places) =>
        places.Where(p => p?.Resolved is not null)
            .Select((p, i) => (p: p!, i))
            .OrderByDescending(x => PlaceRank.Specificity(x.p.Resolved!.Kind))
            .ThenBy(x => x.i)
            .Select(x => x.p)
            .FirstOrDefault();

    /// <summary>
    /// Where the report as a whole is: its most-named first-level region inside the country (used when an
    /// event's own sentences name only the country, or nothing), else the country itself.
    /// </summary>
    public PlaceMention? Focus(string? iso2)
    {
        iso2 ??= doc.FocusCountry;
        var inCountry = doc.Places.Where(p => p.Resolved is { } r && (iso2 is null || string.Equals(r.Iso2, iso2, StringComparison.OrdinalIgnoreCase))).ToList();
        var region = inCountry.Where(p => p.Resolved!.Kind == PlaceKind.Admin1 && !p.IsCountryEvidenceOnly)
            .GroupBy(p => p.Resolved!.Id)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.First()).FirstOrDefault();
        if (region is not null) return region;
        return inCountry.Where(p => p.Resolved!.Kind == PlaceKind.Country).OrderBy(p => p.IsCountryEvidenceOnly ? 1 : 0).FirstOrDefault();
    }
}
