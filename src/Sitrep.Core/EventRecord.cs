using System.Text.Json.Serialization;

namespace Sitrep.Core;

/// <summary>Why a field holds its value: the text it came from, and the rule or model behind it.</summary>
public sealed record Evidence(string Field, int Start, int End, string Text, string By, double Confidence);

/// <summary>A claim as written in an event record.</summary>
public sealed record ClaimRecord(string Kind, string? Speaker, string Stance, string? Value, string Text, int Start, int End);

/// <summary>One event coded the ACLED way, with UCDP ranges, PLOVER/CAMEO codes, claims and evidence.</summary>
public sealed class EventRecord
{
    public string ReportId { get; set; } = "";
    public string EventId { get; set; } = "";
    public string EventDate { get; set; } = "";
    public string? DateStart { get; set; }
    public string? DateEnd { get; set; }
    public int TimePrecision { get; set; } = 1;
    public string EventType { get; set; } = "";
    public string SubEventType { get; set; } = "";
    public string Actor1 { get; set; } = "";
    [JsonPropertyName("assoc_actor_1")]
    public string? AssocActor1 { get; set; }
    public int Inter1 { get; set; }
    public string? Actor2 { get; set; }
    [JsonPropertyName("assoc_actor_2")]
    public string? AssocActor2 { get; set; }
    public int Inter2 { get; set; }
    public int Interaction { get; set; }
    public string? Country { get; set; }
    public string? Iso2 { get; set; }
    public string? Iso3 { get; set; }
    public string? Admin1 { get; set; }
    public string? Admin2 { get; set; }
    public string? Location { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public int? GeoPrecision { get; set; }
    public int Fatalities { get; set; }
    public int FatalitiesLow { get; set; }
    public int FatalitiesHigh { get; set; }
    public List<ClaimRecord> Claims { get; set; } = [];
    public string PloverEvent { get; set; } = "";
    public string? PloverMode { get; set; }
    public string CameoRoot { get; set; } = "";
    public string Notes { get; set; } = "";
    public double Confidence { get; set; }
    public string? Source { get; set; }
    public string? Url { get; set; }
    public List<Evidence> Evidence { get; set; } = [];
}
