using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Places.Recognition;

namespace Sitrep.Places.Resolution;

/// <summary>
/// Picks one gazetteer entry per candidate. A first pass ranks by what the entry is (country, region, capital,
/// population); the report's focus country, the countries it names, containers ("Andar district, Ghazni
/// province") and nearness to the report's other places then re-rank in a second pass.
/// </summary>
public sealed partial class PlaceResolver(Gazetteer gazetteer)
{
    [GeneratedRegex(@"^[\s,]*(?:(?:province|governorate|district|county|region|state|city|town|village|camp|base)\b)?\s*(?:,|\bin\b|\bof\b|\()\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContainerGap();

    public sealed record Outcome(string? FocusCountry, IReadOnlyDictionary<string, double> CountryVotes);

    public Outcome Resolve(string text, IReadOnlyList<PlaceCandidate> candidates, string? focusHint = null)
    {
        foreach (var c in candidates) c.Matches = c.Matches.Where(m => m.Entry.HasCoordinates).ToList();
        foreach (var c in candidates) Rank(c, null);

        var votes = CountryVotes(candidates);
        var focus = focusHint ?? (votes.Count > 0 && votes.Values.Max() >= 1 ? votes.MaxBy(p => p.Value).Key : null);
        var mentioned = candidates.Where(c => c.Best?.Entry.Kind == PlaceKind.Country || c.DemonymOf is not null)
            .Select(c => c.DemonymOf ?? c.Best!.Value.Entry.CountryCode).ToHashSet();
        LinkContainers(text, candidates);
        var context = new Context(focus, mentioned, Anchors(candidates));
        foreach (var c in candidates)
        {
            if (c.Rule is "variant" or "unknown" && focus is not null && c.Matches.Count == 0 && (c.KindCue is not null || c.Qualifier is not null))
            {
                c.Matches = gazetteer.FuzzyLookup(c.Text, focus).Where(m => m.Entry.HasCoordinates).ToList();
                if (c.Matches.Count > 0) c.Rule = "fuzzy";
            }
            // A loosely matched name outside the report's country is more likely a different place than a misspelling.
            if (c.Rule is "variant" or "fuzzy")
            {
                var inFocus = c.Matches.Where(m => focus is null ? c.Matches.Select(x => x.Entry.CountryCode).Distinct().Count() == 1 : m.Entry.CountryCode == focus).ToList();
                c.Matches = inFocus;
            }
            Rank(c, context);
        }
        return new Outcome(focus, votes);
    }

    /// <summary>Ranks one candidate with no surrounding report.</summary>
    public void RankAlone(PlaceCandidate candidate) => Rank(candidate, null);

    private sealed record Context(string? Focus, HashSet<string> Mentioned, List<(PlaceCandidate Candidate, GazetteerEntry Entry)> Anchors);

    private void Rank(PlaceCandidate c, Context? ctx)
    {
        if (c.DemonymOf is not null)
        {
            var country = gazetteer.CountryEntry(c.DemonymOf);
            c.Best = country is null ? null : new GazetteerMatch(country, MatchQuality.Exact, true);
            c.Confidence = 0.9;
            return;
        }
        if (c.Matches.Count == 0)
        {
            c.Best = null;
            c.Confidence = 0;
            return;
        }
        double top = double.MinValue, second = double.MinValue;
        GazetteerMatch best = default;
        foreach (var m in c.Matches)
        {
            var s = Score(c, m, ctx);
            if (s > top)
            {
                second = top;
                top = s;
                best = m;
            }
            else if (s > second && !SamePlace(m.Entry, best.Entry)) second = s;
        }
        c.Best = best;
        var margin = second == double.MinValue ? 4 : top - second;
        var quality = best.Quality switch { MatchQuality.Exact => 1.0, MatchQuality.Variant => 0.85, _ => 0.7 };
        c.Confidence = Math.Clamp((1 - 0.5 * Math.Exp(-margin / 1.5)) * quality, 0.05, 0.99);
    }

    // A town and the admin region named after it, a few km apart, are one answer for confidence purposes.
    private static bool SamePlace(GazetteerEntry a, GazetteerEntry b) =>
        a.CountryCode == b.CountryCode && Geo.Km(a.Latitude, a.Longitude, b.Latitude, b.Longitude) < 25;

    private double Score(PlaceCandidate c, GazetteerMatch m, Context? ctx)
    {
        var e = m.Entry;
        var s = e.Kind switch
        {
            PlaceKind.Country => 10,
            PlaceKind.WorldRegion => 9,
            PlaceKind.Admin1 => 6.5,
            PlaceKind.Admin2 => 3.5,
            PlaceKind.Site => e.Source == "sites" ? 6 : 2.5,
            _ => Math.Log10(e.Population + 10) + e.FeatureCode switch
            {
                "PPLC" => 1.5,
                "PPLA" => 0.8,
                "PPLA2" => 0.4,
                "PPLX" => -0.5,
                "PPLH" or "PPLQ" or "PPLW" => -2,
                _ => 0,
            },
        };
        if (!m.IsPrimaryName) s -= 0.3;
        s -= m.Quality switch { MatchQuality.Exact => 0, MatchQuality.Variant => 1.5, _ => 3 };
        s += (c.KindCue, e.Kind) switch
        {
            ("admin1", PlaceKind.Admin1) => 8,
            ("admin2", PlaceKind.Admin2) => 8,
            ("admin2", PlaceKind.Admin1) => 2,
            ("site", PlaceKind.Site) => 4,
            ("site", PlaceKind.Populated) => 1,
            ("town", PlaceKind.Populated) => 2,
            ("town", PlaceKind.Admin1 or PlaceKind.Admin2) => -3,
            _ => 0,
        };
        if (ctx is null) return s;

        if (ctx.Focus is not null && e.CountryCode == ctx.Focus && e.Kind != PlaceKind.Country) s += 3;
        else if (ctx.Mentioned.Contains(e.CountryCode) && e.Kind != PlaceKind.Country) s += 1.5;

        if (c.Container?.Best is { } container)
        {
            var ce = container.Entry;
            var inside = ce.Kind switch
            {
                PlaceKind.Country => e.CountryCode == ce.CountryCode,
                PlaceKind.Admin1 => e.CountryCode == ce.CountryCode && e.Admin1Code == ce.Admin1Code,
                PlaceKind.Admin2 => e.CountryCode == ce.CountryCode && e.Admin1Code == ce.Admin1Code && e.Admin2Code == ce.Admin2Code,
                _ => e.CountryCode == ce.CountryCode,
            };
            s += inside ? 6 : -6;
        }

        if (e.Kind is PlaceKind.Populated or PlaceKind.Site or PlaceKind.Admin2)
        {
            var nearest = double.MaxValue;
            foreach (var (other, entry) in ctx.Anchors)
            {
                if (other == c || NameKey.Exact(other.Text) == NameKey.Exact(c.Text)) continue;
                nearest = Math.Min(nearest, Geo.Km(e.Latitude, e.Longitude, entry.Latitude, entry.Longitude));
            }
            s += nearest < 30 ? 3 : nearest < 100 ? 2 : nearest < 300 ? 1 : 0;
            // Inside an admin region the report names.
            foreach (var (other, entry) in ctx.Anchors)
                if (entry.Kind == PlaceKind.Admin1 && entry.CountryCode == e.CountryCode && entry.Admin1Code == e.Admin1Code && other != c)
                {
                    s += 1.5;
                    break;
                }
        }
        return s;
    }

    /// <summary>Votes for the report's focus country: the dateline, countries named as locations, demonyms, and sub-national places.</summary>
    private static Dictionary<string, double> CountryVotes(IEnumerable<PlaceCandidate> candidates)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Best is not { } best || best.Entry.Kind == PlaceKind.WorldRegion) continue;
            var cc = best.Entry.CountryCode;
            double w;
            if (c.IsDateline) w = 3;
            else if (c.DemonymOf is not null) w = 0.5;
            else if (best.Entry.Kind == PlaceKind.Country) w = c.LocationContext ? 1.5 : 0.3;
            else w = c.Confidence >= 0.5 ? 2 * c.Confidence : 0;
            votes[cc] = votes.GetValueOrDefault(cc) + w;
        }
        return votes;
    }

    private static List<(PlaceCandidate, GazetteerEntry)> Anchors(IEnumerable<PlaceCandidate> candidates) =>
        candidates.Where(c => c.Best is { } b && c.DemonymOf is null && b.Entry.Kind is not (PlaceKind.Country or PlaceKind.WorldRegion) && c.Confidence >= 0.7)
            .Select(c => (c, c.Best!.Value.Entry)).ToList();

    private static void LinkContainers(string text, IReadOnlyList<PlaceCandidate> candidates)
    {
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var a = candidates[k];
            var b = candidates[k + 1];
            if (b.Best is not { } container || container.Entry.Kind is not (PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2)) continue;
            if (b.Span.Start - a.Span.End > 40) continue;
            if (ContainerGap().IsMatch(text[a.Span.End..b.Span.Start])) a.Container = b;
        }
    }
}
