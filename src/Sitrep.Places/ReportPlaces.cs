using Sitrep.Core;

namespace Sitrep.Places;

/// <summary>Chooses where an event happened from a report's place mentions (for assembly and evaluation).</summary>
public static class ReportPlaces
{
    /// <summary>
    /// The place of an event told in the given sentence (or the whole report when -1): the first location
    /// named there; a name no gazetteer knows falls back to the smallest area the report gives: a region
    /// (precision 3) or, when the report names only towns, the first of them (precision 2). Coordinates are never invented.
    /// </summary>
    public static (Place? Place, GeoPrecision Precision, PlaceMention? Mention) ForSentence(Document doc, int sentence = -1)
    {
        var locations = doc.Places.Where(m => !m.IsCountryEvidenceOnly && m.Qualifier != "dateline").ToList();
        var inSentence = sentence >= 0 ? locations.Where(m => m.Sentence == sentence).ToList() : locations;
        var named = inSentence.FirstOrDefault(m => m.Resolved is { Kind: not (PlaceKind.Country or PlaceKind.WorldRegion) });
        var unknown = inSentence.FirstOrDefault(m => m.Resolved is null);
        if (named is not null && (unknown is null || named.Span.Start < unknown.Span.Start))
            return (named.Resolved, named.Precision, named);
        var fallback = SmallestRegion(doc, locations);
        // Coded to the nearest town the report names (precision 2), else to the region (3).
        if (fallback is not null)
            return (fallback.Resolved, fallback.Resolved!.Kind is PlaceKind.Populated or PlaceKind.Site ? GeoPrecision.Near : GeoPrecision.Region, unknown ?? fallback);
        var country = inSentence.FirstOrDefault(m => m.Resolved is { Kind: PlaceKind.Country });
        if (country is not null) return (country.Resolved, GeoPrecision.Region, country);
        return (null, GeoPrecision.Region, unknown);
    }

    // Admin2 before admin1 before town before country, in the report's focus country when it has one.
    private static PlaceMention? SmallestRegion(Document doc, List<PlaceMention> locations)
    {
        var resolved = locations.Where(m => m.Resolved is not null && (doc.FocusCountry is null || m.Resolved.Iso2 == doc.FocusCountry)).ToList();
        return resolved.FirstOrDefault(m => m.Resolved!.Kind == PlaceKind.Admin2)
               ?? resolved.FirstOrDefault(m => m.Resolved!.Kind == PlaceKind.Admin1)
               ?? resolved.FirstOrDefault(m => m.Resolved!.Kind is PlaceKind.Populated or PlaceKind.Site);
    }
}
