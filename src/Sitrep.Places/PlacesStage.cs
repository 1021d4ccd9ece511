using Sitrep.Core;
using Sitrep.Places.Evaluation;
using Sitrep.Places.Recognition;
using Sitrep.Places.Resolution;

namespace Sitrep.Places;

/// <summary>
/// Finds place names and resolves them to gazetteer entries with an ACLED precision; sets the report's focus country.
/// </summary>
public sealed class PlacesStage : IStage
{
    private readonly PlaceRecognizer _recognizer;
    private readonly PlaceResolver _resolver;

    public PlacesStage(Gazetteer gazetteer, PlaceLexicon lexicon)
    {
        Gazetteer = gazetteer;
        _recognizer = new PlaceRecognizer(gazetteer, lexicon);
        _resolver = new PlaceResolver(gazetteer);
    }

    public string Name => "places";
    public Gazetteer Gazetteer { get; }

    /// <summary>Loads the built-in gazetteer from the data folder and merges the extended GeoNames folders over it.</summary>
    public static PlacesStage Create(string dataFolder, IEnumerable<string> gazetteerFolders) =>
        new(GazetteerLoader.Load(dataFolder, gazetteerFolders), PlaceLexicon.Load(dataFolder));

    public void Process(Document document)
    {
        if (!document.IsReadable) return;
        var candidates = _recognizer.Find(document);
        var outcome = _resolver.Resolve(document.Text, candidates, actorVotes: ActorCountryVotes(document));
        document.FocusCountry ??= outcome.FocusCountry;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            // "Pont-Sonde" split at its hyphen with neither half known: one unknown name, kept whole.
            if (c.Best is null && k + 1 < candidates.Count && candidates[k + 1] is { Best: null } tail &&
                tail.Span.Start == c.Span.End + 1 && document.Text[c.Span.End] == '-')
            {
                k++;
                if (!UsedAsLocation(c) && !UsedAsLocation(tail)) continue;
                var whole = new TextSpan(c.Span.Start, tail.Span.End);
                document.Places.Add(ToMention(UsedAsLocation(c) ? c : tail) with { Span = whole, Text = document.Slice(whole) });
                continue;
            }
            if (c.Best is null && !UsedAsLocation(c)) continue;
            document.Places.Add(ToMention(c));
        }
    }

    // Each named party is half a vote for its country, at most one per country: a state's forces abroad are common, so
    // actors alone never outweigh a place the text names.
    private const double ActorVote = 0.5, MaxActorVotes = 1.0;

    private static Dictionary<string, double> ActorCountryVotes(Document document)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var a in document.Actors.Where(a => a.HomeCountry is { Length: > 0 } && !a.IsSourceOnly && !a.IsGeneric).DistinctBy(a => a.CanonicalName))
        {
            var cc = a.HomeCountry!.ToUpperInvariant();
            votes[cc] = Math.Min(MaxActorVotes, votes.GetValueOrDefault(cc) + ActorVote);
        }
        return votes;
    }

    /// <summary>A name left without a place keeps its text only where the report uses it as a location.</summary>
    private static bool UsedAsLocation(PlaceCandidate c) => c.KindCue is not null || c.Qualifier is not null || c.LocationContext;

    /// <summary>
    /// Resolves a bare location string ("Dayr Az Zawr", "Near Al Baghdadi"), optionally within one country:
    /// exact key, then variant spelling, then guarded spelling distance inside that country.
    /// </summary>
    public NameResolution? ResolveName(string name, string? countryIso2 = null)
    {
        var cleaned = name.Trim();
        foreach (var prefix in new[] { "near ", "vicinity of ", "outskirts of " })
            if (cleaned.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) cleaned = cleaned[prefix.Length..].Trim();
        // "A and B", "A in B Province": the first named place is the location.
        foreach (var joiner in new[] { " and ", " in ", ", " })
        {
            var at = cleaned.IndexOf(joiner, StringComparison.OrdinalIgnoreCase);
            if (at > 0) cleaned = cleaned[..at];
        }
        bool Fits(GazetteerMatch m) => m.Entry.HasCoordinates && (countryIso2 is null || m.Entry.CountryCode == countryIso2);
        var matches = Gazetteer.Lookup(cleaned, loose: false).Where(Fits).ToList();
        if (matches.Count == 0) matches = Gazetteer.Lookup(cleaned, loose: true).Where(m => m.Quality == MatchQuality.Variant && Fits(m)).ToList();
        if (matches.Count == 0 && countryIso2 is not null) matches = Gazetteer.FuzzyLookup(cleaned, countryIso2).Where(Fits).ToList();
        if (matches.Count == 0) return null;
        var candidate = new PlaceCandidate { Span = new TextSpan(0, cleaned.Length), Text = cleaned, Matches = matches };
        _resolver.RankAlone(candidate);
        return candidate.Best is { } b ? new NameResolution(Gazetteer.ToPlace(b.Entry), b.Quality, candidate.Confidence) : null;
    }

    private PlaceMention ToMention(PlaceCandidate c)
    {
        var place = c.Best is { } b ? Gazetteer.ToPlace(b.Entry) : null;
        var precision = Precision(c);
        var rule = c.DemonymOf is not null ? "places:demonym" : c.Best is { } m ? m.Quality switch
        {
            MatchQuality.Exact => c.Rule == "abbreviation" ? "places:abbreviation" : "places:gazetteer",
            MatchQuality.Variant => c.Rule == "region-in-part" ? "places:region-named-in-part" : "places:variant-spelling",
            _ => "places:fuzzy-spelling",
        } : "places:unknown-name";
        var confidence = c.Best is null ? 0.3 : c.Confidence;
        return new PlaceMention(c.Span, c.Text, place, precision, Provenance.Rule(rule, Math.Round(confidence, 3)))
        {
            Sentence = c.Sentence,
            IsCountryEvidenceOnly = c.DemonymOf is not null,
            Qualifier = c.Qualifier ?? (c.Best is null ? c.KindCue : null),
        };
    }

    private static GeoPrecision Precision(PlaceCandidate c)
    {
        var kind = c.Best?.Entry.Kind;
        if (c.DemonymOf is not null || kind is PlaceKind.Country or PlaceKind.WorldRegion or PlaceKind.Admin1 or PlaceKind.Admin2)
            return GeoPrecision.Region;
        if (kind is null && c.KindCue is "admin1" or "admin2") return GeoPrecision.Region;
        if (c.Qualifier is "near" or "outskirts" or "countryside" or "between") return GeoPrecision.Near;
        // "X province" naming a town that shares the province's name: only the province is known.
        if (c.KindCue is "admin1") return GeoPrecision.Region;
        if (c.KindCue is "admin2") return GeoPrecision.Near;
        return GeoPrecision.Exact;
    }
}
