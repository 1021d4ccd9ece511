using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Places.Evaluation;

/// <summary>
/// One corpus' figures. Shares are of <see cref="Total"/>: a gold item the system did not find counts as wrong.
/// <see cref="Exact"/> means: same span (toponym corpora), same name key (location strings), same admin1 (province corpora).
/// </summary>
public sealed record GeoScore(string Corpus, int Total, int Found, int Exact, int? CountryMatch, int? Within25, int? Within161,
    double? MedianKm, IReadOnlyList<string> Misses)
{
    /// <summary>Extra figures a corpus has (e.g. the share weighted by report lines).</summary>
    public IReadOnlyDictionary<string, string> Notes { get; init; } = new Dictionary<string, string>();

    public static string Share(int? n, int total) => n is null ? "n/a" : total == 0 ? "0.0%" : (100.0 * n.Value / total).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public string ToText(int maxMisses = 50)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{Corpus}: {Total} gold items");
        sb.AppendLine($"  found            {Found,6}  {Share(Found, Total)}");
        sb.AppendLine($"  exact match      {Exact,6}  {Share(Exact, Total)}");
        if (CountryMatch is not null) sb.AppendLine($"  country match    {CountryMatch,6}  {Share(CountryMatch, Total)}");
        if (Within25 is not null) sb.AppendLine($"  within 25 km     {Within25,6}  {Share(Within25, Total)}");
        if (Within161 is not null) sb.AppendLine($"  within 161 km    {Within161,6}  {Share(Within161, Total)}");
        if (MedianKm is not null) sb.AppendLine($"  median km error  {MedianKm.Value.ToString("0.0", CultureInfo.InvariantCulture),6}  (of those found)");
        foreach (var (k, v) in Notes) sb.AppendLine($"  {k,-16} {v}");
        sb.AppendLine($"  misses ({Misses.Count}{(Misses.Count > maxMisses ? $", first {maxMisses}" : "")}):");
        foreach (var m in Misses.Take(maxMisses)) sb.AppendLine($"    {m}");
        return sb.ToString();
    }
}

/// <summary>Scores geoparsing against gold corpora; the geoparser is passed in so any pipeline can be scored.</summary>
public static class GeoScorer
{
    /// <summary>Toponyms with coordinates (GeoVirus): each gold span is matched by an overlapping resolved mention.</summary>
    public static GeoScore ScoreToponyms(string corpus, IEnumerable<GoldArticle> articles, Func<GoldArticle, IReadOnlyList<PlaceMention>> geoparse)
    {
        int total = 0, found = 0, exact = 0, w25 = 0, w161 = 0, local = 0, local25 = 0, local161 = 0, wide = 0, wide161 = 0;
        var errors = new List<double>();
        var misses = new List<string>();
        foreach (var a in articles)
        {
            var mentions = geoparse(a).Where(m => m.Resolved is not null && !m.IsCountryEvidenceOnly).ToList();
            foreach (var g in a.Toponyms)
            {
                total++;
                var span = new TextSpan(g.Start, g.End);
                var m = mentions.Where(x => x.Span.Overlaps(span)).OrderBy(x => Math.Abs(x.Span.Start - g.Start) + Math.Abs(x.Span.End - g.End)).FirstOrDefault();
                if (m is null)
                {
                    misses.Add($"article {a.Id} [{g.Start},{g.End}) '{g.Name}': not found");
                    continue;
                }
                found++;
                if (m.Span == span) exact++;
                var km = Geo.Km(g.Latitude, g.Longitude, m.Resolved!.Latitude, m.Resolved.Longitude);
                errors.Add(km);
                if (km <= 25) w25++;
                if (km <= 161) w161++;
                // Towns and sites apart from countries, world regions and first-level regions, whose single point is a convention.
                if (m.Resolved.Kind is PlaceKind.Populated or PlaceKind.Site or PlaceKind.Admin2)
                {
                    local++;
                    if (km <= 25) local25++;
                    if (km <= 161) local161++;
                }
                else
                {
                    wide++;
                    if (km <= 161) wide161++;
                }
                if (km > 161) misses.Add($"article {a.Id} [{g.Start},{g.End}) '{g.Name}': {m.Resolved.Name} ({m.Resolved.Iso2}, {m.Resolved.Kind}) is {km:0} km off");
            }
        }
        return new GeoScore(corpus, total, found, exact, null, w25, w161, Median(errors), misses)
        {
            Notes = new Dictionary<string, string>
            {
                ["towns and sites"] = $"{local} resolved: {GeoScore.Share(local25, local)} within 25 km, {GeoScore.Share(local161, local)} within 161 km",
                ["larger areas"] = $"{wide} resolved to countries, world regions or admin1 regions: {GeoScore.Share(wide161, wide)} within 161 km of the gold point",
            },
        };
    }

    /// <summary>Location strings with a stated country (CENTCOM): does the name resolve to a place in that country?</summary>
    public static GeoScore ScoreLocationStrings(string corpus, IEnumerable<GoldLocationString> items, Func<GoldLocationString, NameResolution?> resolve,
        Func<string, string?> countryCode)
    {
        int total = 0, found = 0, exact = 0, inCountry = 0, lines = 0, linesInCountry = 0;
        var misses = new List<string>();
        foreach (var item in items)
        {
            total++;
            lines += item.Occurrences;
            var r = resolve(item);
            var iso2 = item.Country is null ? null : countryCode(item.Country);
            if (r is null)
            {
                misses.Add($"'{item.Location}' ({item.Country ?? "country unknown"}, {item.Occurrences} lines): not found");
                continue;
            }
            found++;
            if (r.Quality == MatchQuality.Exact) exact++;
            if (iso2 is null || r.Place.Iso2 == iso2)
            {
                inCountry++;
                linesInCountry += item.Occurrences;
            }
            else misses.Add($"'{item.Location}' ({item.Country}, {item.Occurrences} lines): resolved to {r.Place.Name}, {r.Place.Iso2}");
        }
        return new GeoScore(corpus, total, found, exact, inCountry, null, null, null, misses)
        {
            Notes = new Dictionary<string, string> { ["by lines"] = $"{linesInCountry}/{lines} in the stated country ({GeoScore.Share(linesInCountry, lines)})" },
        };
    }

    /// <summary>Reports with gold admin1 regions (ISAF provinces): is the predicted admin1 one of them?</summary>
    public static GeoScore ScoreAdmin1(string corpus, IEnumerable<GoldReport> reports, Func<GoldReport, Place?> mainPlace)
    {
        int total = 0, found = 0, exact = 0;
        var misses = new List<string>();
        foreach (var r in reports)
        {
            if (r.Admin1.Count == 0) continue;
            total++;
            var p = mainPlace(r);
            var admin1 = p?.Kind == PlaceKind.Admin1 ? p.Name : p?.Admin1;
            if (admin1 is null)
            {
                misses.Add($"{r.Id}: gold {string.Join("/", r.Admin1)}, no admin1 found");
                continue;
            }
            found++;
            if (r.Admin1.Any(g => SameRegionName(g, admin1))) exact++;
            else misses.Add($"{r.Id}: gold {string.Join("/", r.Admin1)}, found {admin1} ({p!.Name})");
        }
        return new GeoScore(corpus, total, found, exact, null, null, null, null, misses);
    }

    /// <summary>Region names compared through their spelling keys ("Paktya" = "Paktia", "Oruzgan" = "Uruzgan").</summary>
    public static bool SameRegionName(string a, string b)
    {
        var ka = NameKey.Loose(StripRegionWord(a));
        var kb = NameKey.Loose(StripRegionWord(b));
        if (ka == kb || EditDistance.Bounded(ka, kb, 1) <= 1) return true;
        // "Maidan Wardak" and "Wardak": one name is a word of the other.
        var wa = NameKey.Exact(StripRegionWord(a)).Split(' ').Select(NameKey.LooseFromExact).ToHashSet();
        var wb = NameKey.Exact(StripRegionWord(b)).Split(' ').Select(NameKey.LooseFromExact).ToHashSet();
        return (wa.Count > 1 || wb.Count > 1) && (wa.IsSubsetOf(wb) || wb.IsSubsetOf(wa));
    }

    private static string StripRegionWord(string s)
    {
        foreach (var w in new[] { " province", " governorate", " district", " region", " state" })
            if (s.EndsWith(w, StringComparison.OrdinalIgnoreCase)) return s[..^w.Length];
        return s;
    }

    private static double? Median(List<double> xs)
    {
        if (xs.Count == 0) return null;
        xs.Sort();
        return xs.Count % 2 == 1 ? xs[xs.Count / 2] : (xs[xs.Count / 2 - 1] + xs[xs.Count / 2]) / 2;
    }
}

/// <summary>A name resolved on its own (no surrounding text), with how the name met the entry.</summary>
public sealed record NameResolution(Place Place, MatchQuality Quality, double Confidence);
