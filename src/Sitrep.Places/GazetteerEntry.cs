using Sitrep.Core;

namespace Sitrep.Places;

/// <summary>One gazetteer row as loaded: a GeoNames place, an admin region, a country, a world region or a curated site.</summary>
public sealed class GazetteerEntry
{
    public required string Id { get; init; }
    public required string Name { get; set; }
    public required PlaceKind Kind { get; set; }
    /// <summary>GeoNames feature code (PPL, PPLA, PPLC, ADM1, AIRB, ...), or the curated site type.</summary>
    public string FeatureCode { get; set; } = "";
    public required string CountryCode { get; set; }
    public string Admin1Code { get; set; } = "";
    public string Admin2Code { get; set; } = "";
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public long Population { get; set; }
    /// <summary>Where the row came from (built-in, sites, or an extended folder's file), for provenance.</summary>
    public string Source { get; set; } = "";

    public bool HasCoordinates => !double.IsNaN(Latitude) && !double.IsNaN(Longitude);
    public string Admin1Key => Admin1Code.Length == 0 ? "" : $"{CountryCode}.{Admin1Code}";
    public string Admin2Key => Admin2Code.Length == 0 ? "" : $"{CountryCode}.{Admin1Code}.{Admin2Code}";
}

/// <summary>How a name met an entry: the same key, a looser transliteration key, or a small spelling distance.</summary>
public enum MatchQuality { Exact, Variant, Fuzzy }

/// <summary>A gazetteer entry found for a name.</summary>
public readonly record struct GazetteerMatch(GazetteerEntry Entry, MatchQuality Quality, bool IsPrimaryName);
