namespace Sitrep.Core;

/// <summary>ACLED geo_precision: 1 the named town or site, 2 near or part of a place, 3 only a larger region.</summary>
public enum GeoPrecision { Exact = 1, Near = 2, Region = 3 }

/// <summary>WorldRegion: a continent or similar ("Africa", "Middle East").</summary>
public enum PlaceKind { Country, Admin1, Admin2, Populated, Site, WorldRegion }

/// <summary>A gazetteer entry.</summary>
public sealed record Place(string Id, string Name, PlaceKind Kind, string Iso2, string Iso3, string Country,
    string? Admin1, string? Admin2, double Latitude, double Longitude, long Population = 0);

/// <summary>A place name in the text and what it resolved to (null when no gazetteer knows it).</summary>
public sealed record PlaceMention(TextSpan Span, string Text, Place? Resolved, GeoPrecision Precision, Provenance By)
{
    public int Sentence { get; init; } = -1;
    /// <summary>True for demonyms and other country evidence that is not itself a location ("Syrian").</summary>
    public bool IsCountryEvidenceOnly { get; init; }
    /// <summary>"near", "outskirts", "countryside", "between"... when the text qualifies the place.</summary>
    public string? Qualifier { get; init; }
}
