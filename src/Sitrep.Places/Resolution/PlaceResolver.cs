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
    [GeneratedRegex(@"^[\s,]*(?:(?:province|governorate|district|county|region|state|city|town|village|camp|base)\b)?\s*(?:,|(?:\b(?:located|situated|lying)\s+)?\bin\b|\bof\b|\()\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContainerGap();

    public sealed record Outcome(string? FocusCountry, IReadOnlyDictionary<string, double> CountryVotes);

    /// <param name="actorVotes">Countries the report's named actors belong to ("Al-Shabaab", "the Somali army"): weak
    /// evidence of where it happened, added to what its place names say.</param>
    public Outcome Resolve(string text, IReadOnlyList<PlaceCandidate> candidates, string? focusHint = null,
        IReadOnlyDictionary<string, double>? actorVotes = null)
    {
        foreach (var c in candidates) c.Matches = c.Matches.Where(m => m.Entry.HasCoordinates).ToList();
        // One sense per report: a name the text once calls a province or district keeps that reading where it stands bare.
        foreach (var group in candidates.Where(c => c.DemonymOf is null).GroupBy(c => c.Key))
        {
            var cue = group.Select(c => c.KindCue).FirstOrDefault(k => k is "admin1" or "admin2");
            if (cue is null) continue;
            foreach (var c in group)
                if (c.KindCue is null && c.Matches.Any(m => m.Entry.Kind == (cue == "admin1" ? PlaceKind.Admin1 : PlaceKind.Admin2)))
                    c.KindCue = cue;
        }
        foreach (var c in candidates) Rank(c, null);

        var votes = CountryVotes(candidates, actorVotes);
        var focus = focusHint ?? (votes.Count > 0 && votes.Values.Max() >= 1 ? votes.MaxBy(p => p.Value).Key : null);
        var mentioned = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var c in candidates.Where(c => c.Best?.Entry.Kind == PlaceKind.Country || c.DemonymOf is not null))
        {
            var cc = c.DemonymOf ?? c.Best!.Value.Entry.CountryCode;
            if (!mentioned.TryGetValue(cc, out var keys)) mentioned[cc] = keys = [];
            keys.Add(c.Key);
        }
        LinkContainers(text, candidates);
        // A report firmly set in one country (its dateline alone is three votes) makes even a sizeable town abroad that
        // nothing else points to an unlikely reading ("the Khair Khana area of Kabul" is not Khanna in India).
        // A name the report comes back to is its own evidence, whatever the dateline says.
        var abroadLimit = focus is not null && votes.GetValueOrDefault(focus) >= FirmFocusVotes ? 250_000 : SmallTown;
        var mentions = candidates.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.Count());
        var context = new Context(focus, mentioned, Anchors(candidates)) { Lists = ListPeers(text, candidates) };
        foreach (var c in candidates)
        {
            if (c.Rule is "variant" or "unknown" && focus is not null && c.Matches.Count == 0 && (c.KindCue is not null || c.Qualifier is not null))
            {
                c.Matches = gazetteer.FuzzyLookup(c.Text, focus).Where(m => m.Entry.HasCoordinates).ToList();
                if (c.Matches.Count > 0) c.Rule = "fuzzy";
            }
            // "Wardak province" for the region GeoNames calls "Maidan Wardak": with the text's own cue, a region whose name
            // holds this one as whole words is a better reading than a town that merely looks alike.
            if (c.KindCue is "admin1" or "admin2" && c.DemonymOf is null)
            {
                var level = c.KindCue == "admin1" ? PlaceKind.Admin1 : PlaceKind.Admin2;
                if (!c.Matches.Any(m => m.Entry.Kind == level && m.Quality == MatchQuality.Exact))
                {
                    // The focus may rest on this very name's loose reading, so a region elsewhere is looked for too.
                    var regions = gazetteer.RegionsNamedInPart(c.Text, level, focus);
                    if (regions.Count == 0 && focus is not null) regions = gazetteer.RegionsNamedInPart(c.Text, level, null);
                    if (regions.Count == 1)
                    {
                        c.Matches = regions;
                        c.Rule = "region-in-part";
                    }
                }
            }
            // A loosely matched name outside the report's country is more likely a different place than a misspelling.
            if (c.Rule is "variant" or "fuzzy")
            {
                var inFocus = c.Matches.Where(m => focus is null ? c.Matches.Select(x => x.Entry.CountryCode).Distinct().Count() == 1 : m.Entry.CountryCode == focus).ToList();
                c.Matches = inFocus;
            }
            Rank(c, context);
            // "Daman district, Kandahar province": a match outside the region the text puts it in is another place.
            // Any reading of the region will do: "Scott County" names a county in several states.
            if (c.Container is { Best: { } holder } container && c.Best is { } found && !Inside(found.Entry, holder.Entry) &&
                !container.Matches.Any(m => m.Quality == MatchQuality.Exact && m.Entry.Kind == holder.Entry.Kind && Inside(found.Entry, m.Entry)) &&
                (c.KindCue is not null || container.KindCue is "admin1" or "admin2" ||
                 c.ContainerSaidIn && (focus is null || holder.Entry.CountryCode == focus)) &&
                found.Entry.Kind is PlaceKind.Populated or PlaceKind.Site or PlaceKind.Admin2)
            {
                c.Best = null;
                c.Matches = [];
                c.Confidence = 0;
                c.Rule = "unknown";
                c.LocationContext = true;
            }
            // A minor place abroad that nothing else in the report points to is more likely an unknown local name.
            // So is a region abroad read off the end of a longer unknown name ("Midlands" in "West Midlands", "Bay" in "Mahim Bay").
            if (focus is not null && c.Best is { } b && c.DemonymOf is null && b.Entry.CountryCode != focus && !context.MentionedBy(b.Entry.CountryCode, c) &&
                (b.Entry.Kind is PlaceKind.Populated or PlaceKind.Admin2 && b.Entry.Population < (mentions[c.Key] == 1 ? abroadLimit : SmallTown) ||
                 c.EndsLongerName && b.Entry.Kind == PlaceKind.Admin1) && !c.IsDateline)
            {
                c.Best = null;
                c.Matches = [];
                c.Confidence = 0;
                c.Rule = "unknown";
            }
        }
        // One sense per report: "Athens, Greece" once settles what a bare "Athens" means further on.
        foreach (var group in candidates.Where(c => c.DemonymOf is null).GroupBy(c => c.Key))
        {
            var settled = group.FirstOrDefault(c => c.Container?.Best is not null && c.Best is { } b && Inside(b.Entry, c.Container.Best.Value.Entry));
            if (settled?.Best is not { } reading) continue;
            foreach (var c in group)
                if (c != settled && c.Container is null && c.KindCue == settled.KindCue && c.Best is { } own && own.Entry != reading.Entry &&
                    c.Matches.FirstOrDefault(m => m.Entry == reading.Entry) is { Entry: not null } same)
                {
                    c.Best = same;
                    c.Confidence = Math.Max(c.Confidence, settled.Confidence);
                }
        }
        // The focus as the final readings support it (names dropped in the second pass no longer vote).
        var final = CountryVotes(candidates, actorVotes);
        if (focusHint is null && final.Count > 0 && final.Values.Max() >= 1) focus = final.MaxBy(p => p.Value).Key;
        return new Outcome(focus, final);
    }

    /// <summary>Ranks one candidate with no surrounding report.</summary>
    public void RankAlone(PlaceCandidate candidate) => Rank(candidate, null);

    private sealed record Context(string? Focus, Dictionary<string, HashSet<string>> Mentions, List<(PlaceCandidate Candidate, GazetteerEntry Entry)> Anchors)
    {
        /// <summary>For a name in a list ("British Columbia, Alberta, Ontario and New Brunswick"): the country and kind most of the others have.</summary>
        public Dictionary<PlaceCandidate, (string Country, PlaceKind Kind)> Lists { get; init; } = [];

        /// <summary>True when another name in the report (not this one) points to the country.</summary>
        public bool MentionedBy(string countryCode, PlaceCandidate self) =>
            Mentions.TryGetValue(countryCode, out var keys) && keys.Any(k => k != self.Key);
    }

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
        // A country's own name means the country, unless the report is about another country that has a
        // region of that name ("Georgia" in a report on the United States).
        var countryMatch = c.Matches.FirstOrDefault(m => m.Entry.Kind == PlaceKind.Country && m.Quality == MatchQuality.Exact);
        if (countryMatch.Entry is not null && c.KindCue is null or "admin1")
        {
            var focus = ctx?.Focus;
            var regionInFocus = c.Matches.FirstOrDefault(m => m.Entry.Kind == PlaceKind.Admin1 && m.Entry.CountryCode == focus);
            var countryEvidenced = ctx is not null && ctx.MentionedBy(countryMatch.Entry.CountryCode, c);
            var pick = focus is not null && focus != countryMatch.Entry.CountryCode && regionInFocus.Entry is not null && !countryEvidenced
                ? regionInFocus : countryMatch;
            if (!SamePlace(pick.Entry, best.Entry) || pick.Entry.Kind != best.Entry.Kind)
            {
                best = pick;
                second = top;
                top = Score(c, pick, ctx);
                second = Math.Min(second, top - 1);
            }
        }
        // A small town that shares its name with a region ("California", "Nevada") is rarely the one meant.
        if (best.Entry.Kind == PlaceKind.Populated && best.Entry.Population < 50_000 && best.Entry.FeatureCode is not ("PPLA" or "PPLC") &&
            c.KindCue is null or "admin1")
        {
            var region = c.Matches.Where(m => m.Entry.Kind == PlaceKind.Admin1 && m.Quality == MatchQuality.Exact)
                .OrderByDescending(m => Score(c, m, ctx)).FirstOrDefault();
            if (region.Entry is not null)
            {
                best = region;
                top = Score(c, region, ctx);
                second = top - 1;
            }
        }
        // A province and its capital share a name ("Kunduz", "Herat"): unless the text says "province", the town is meant.
        if (best.Entry.Kind == PlaceKind.Admin1 && c.KindCue is null && !c.Directional)
        {
            // Only a capital called so by its own name: "Oklahoma" is the state, though Oklahoma City is also listed under it.
            var capital = c.Matches.Where(m => m.Entry.Kind == PlaceKind.Populated && m.IsPrimaryName && m.Entry.CountryCode == best.Entry.CountryCode &&
                                               m.Entry.Admin1Code == best.Entry.Admin1Code && m.Entry.FeatureCode is "PPLA" or "PPLC")
                .OrderByDescending(m => m.Entry.Population).FirstOrDefault();
            if (capital.Entry is not null)
            {
                best = capital;
                top = Score(c, capital, ctx);
                second = top - 1;
            }
        }
        // A district named after its seat ("Maarat al-Numan"): unless the text says "district", the town is meant.
        if (best.Entry.Kind == PlaceKind.Admin2 && c.KindCue is null or "site" or "town")
        {
            var seat = c.Matches.Where(m => m.Entry.Kind == PlaceKind.Populated && m.Entry.CountryCode == best.Entry.CountryCode &&
                                            m.Entry.Admin1Code == best.Entry.Admin1Code &&
                                            (m.Entry.Admin2Code.Length == 0 || m.Entry.Admin2Code == best.Entry.Admin2Code) &&
                                            Geo.Km(m.Entry.Latitude, m.Entry.Longitude, best.Entry.Latitude, best.Entry.Longitude) < 60)
                .OrderByDescending(m => m.Entry.FeatureCode is "PPLA" or "PPLA2" or "PPLA3" or "PPLC")
                .ThenByDescending(m => m.Entry.Population).FirstOrDefault();
            if (seat.Entry is not null)
            {
                best = seat;
                top = Score(c, seat, ctx);
                second = top - 1;
            }
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
        if (!m.IsPrimaryName)
        {
            s -= 0.3;
            // "Rome" is an old name of Washington and "Atlanta" one of a Kansas town: a name that is another place's own
            // name means that place unless the other is far smaller.
            if (m.Quality == MatchQuality.Exact && !OwnName(m) && c.Matches.Any(x => x.Quality == MatchQuality.Exact && x.Entry != e && OwnName(x) &&
                    (x.Entry.Kind is not (PlaceKind.Populated or PlaceKind.Site) || x.Entry.Population * 10 >= e.Population)))
                s -= 3;
        }
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
        // "southern Idlib": where a province and its capital share the name, a compass word points to the province.
        if (c.Directional && c.KindCue is null && e.Kind == PlaceKind.Admin1) s += 2;
        if (ctx is null) return s;

        if (ctx.Focus is not null && e.CountryCode == ctx.Focus) s += 3;
        else if (ctx.MentionedBy(e.CountryCode, c)) s += 1.5;

        if (c.Container?.Best is { } container) s += Inside(e, container.Entry) ? 6 : -6;

        // The names of a list are alike: the reading that shares the others' country and kind fits it.
        if (ctx.Lists.TryGetValue(c, out var peers))
        {
            if (e.CountryCode == peers.Country) s += 2.5;
            if (e.Kind == peers.Kind) s += 1.5;
        }

        if (e.Kind is PlaceKind.Populated or PlaceKind.Site or PlaceKind.Admin2)
        {
            var nearest = double.MaxValue;
            foreach (var (other, entry) in ctx.Anchors)
            {
                if (other == c || other.Key == c.Key) continue;
                nearest = Math.Min(nearest, Geo.Km(e.Latitude, e.Longitude, entry.Latitude, entry.Longitude));
            }
            s += nearest < 30 ? 3 : nearest < 100 ? 2 : nearest < 300 ? 1 : 0;
            // Inside an admin region the report names, the more so when the same sentence names it.
            var inside = 0.0;
            foreach (var (other, entry) in ctx.Anchors)
                if (entry.Kind == PlaceKind.Admin1 && entry.CountryCode == e.CountryCode && entry.Admin1Code == e.Admin1Code && other != c)
                    inside = Math.Max(inside, other.Sentence == c.Sentence && c.Sentence >= 0 ? 3 : 1.5);
            s += inside;
        }
        return s;
    }

    // Region names are keyed with and without their type word ("Province of Laguna", "Laguna"): both are the region's own name.
    private static bool OwnName(GazetteerMatch m) =>
        m.IsPrimaryName || m.Entry.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Country or PlaceKind.WorldRegion;

    private static bool Inside(GazetteerEntry e, GazetteerEntry container) => container.Kind switch
    {
        PlaceKind.Country => e.CountryCode == container.CountryCode,
        PlaceKind.Admin1 => e.CountryCode == container.CountryCode && e.Admin1Code == container.Admin1Code,
        PlaceKind.Admin2 => e.CountryCode == container.CountryCode && e.Admin1Code == container.Admin1Code && e.Admin2Code == container.Admin2Code,
        _ => e.CountryCode == container.CountryCode,
    };

    // A name whose readings in two countries score alike ("Esperance" in Australia and in the United States) is no
    // evidence of either: left to vote, the larger namesake outvotes a demonym that says which one is meant.
    private const double AmbiguousBelow = 0.7;
    private const double FirmFocusVotes = 3;
    private const int SmallTown = 100_000;

    /// <summary>Votes for the report's focus country: the dateline, countries named as locations, demonyms, and sub-national places.</summary>
    private static Dictionary<string, double> CountryVotes(IEnumerable<PlaceCandidate> candidates, IReadOnlyDictionary<string, double>? actorVotes)
    {
        var votes = actorVotes is null ? new Dictionary<string, double>(StringComparer.Ordinal) : new Dictionary<string, double>(actorVotes, StringComparer.Ordinal);
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            if (c.Best is not { } best || best.Entry.Kind == PlaceKind.WorldRegion) continue;
            var cc = best.Entry.CountryCode;
            double w;
            if (c.IsDateline) w = 3;
            else if (c.DemonymOf is not null) w = 0.5;
            else if (best.Entry.Kind == PlaceKind.Country) w = c.LocationContext ? 1.5 : 0.3;
            // "Midlands" read off the end of "West Midlands" may be a region abroad that the report never meant.
            else if (c.EndsLongerName) w = 0;
            // A town named again is the same reading of the same name, not new evidence of its country.
            else w = c.Confidence >= AmbiguousBelow ? 2 * c.Confidence * (counted.Add(c.Key) ? 1 : 0.25) : 0;
            votes[cc] = votes.GetValueOrDefault(cc) + w;
        }
        return votes;
    }

    private static List<(PlaceCandidate, GazetteerEntry)> Anchors(IEnumerable<PlaceCandidate> candidates) =>
        candidates.Where(c => c.Best is { } b && c.DemonymOf is null && b.Entry.Kind is not (PlaceKind.Country or PlaceKind.WorldRegion) && c.Confidence >= 0.7)
            .Select(c => (c, c.Best!.Value.Entry)).ToList();

    [GeneratedRegex(@"^\s*(?:,|,?\s+and|,?\s+or)\s+$")]
    private static partial Regex ListGap();

    /// <summary>Runs of three or more names joined by commas and a last "and"/"or", each with what most of the others resolved to.</summary>
    private static Dictionary<PlaceCandidate, (string, PlaceKind)> ListPeers(string text, IReadOnlyList<PlaceCandidate> candidates)
    {
        var result = new Dictionary<PlaceCandidate, (string, PlaceKind)>();
        var start = 0;
        for (var k = 1; k <= candidates.Count; k++)
        {
            if (k < candidates.Count && candidates[k].Span.Start > candidates[k - 1].Span.End &&
                ListGap().IsMatch(text[candidates[k - 1].Span.End..candidates[k].Span.Start])) continue;
            if (k - start >= 3)
                for (var i = start; i < k; i++)
                {
                    var others = Enumerable.Range(start, k - start).Where(j => j != i && candidates[j].Best is not null && candidates[j].DemonymOf is null)
                        .Select(j => candidates[j].Best!.Value.Entry).ToList();
                    if (others.Count < 2) continue;
                    var country = others.GroupBy(e => e.CountryCode).OrderByDescending(g => g.Count()).First();
                    var kind = others.GroupBy(e => e.Kind).OrderByDescending(g => g.Count()).First();
                    if (country.Count() * 2 > others.Count && kind.Count() * 2 > others.Count) result[candidates[i]] = (country.Key, kind.Key);
                }
            start = k;
        }
        return result;
    }

    private static void LinkContainers(string text, IReadOnlyList<PlaceCandidate> candidates)
    {
        for (var k = 0; k + 1 < candidates.Count; k++)
        {
            var a = candidates[k];
            var b = candidates[k + 1];
            if (b.Best is not { } container || container.Entry.Kind is not (PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.Admin2)) continue;
            if (b.Span.Start - a.Span.End > 40) continue;
            // "Georgia, Oklahoma, Pennsylvania": a list of regions of one level, not one inside the next.
            if (a.Best is { } inner && inner.Entry.Kind == container.Entry.Kind) continue;
            var gap = text[a.Span.End..b.Span.Start];
            if (!ContainerGap().IsMatch(gap)) continue;
            a.Container = b;
            a.ContainerSaidIn = gap.Trim(' ', ',').Length > 0;
        }
    }
}
