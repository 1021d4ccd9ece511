using Sitrep.Storage.Reviews;

namespace Sitrep.Storage;

/// <summary>A rectangle on the map, in degrees.</summary>
public sealed record BoundingBox(double MinLatitude, double MinLongitude, double MaxLatitude, double MaxLongitude)
{
    /// <summary>The box that holds every point within km of a centre (used to narrow a radius search first).</summary>
    public static BoundingBox Around(double latitude, double longitude, double km)
    {
        var dLat = km / 111.32;
        var cos = Math.Max(Math.Cos(latitude * Math.PI / 180), 0.01);
        var dLon = km / (111.32 * cos);
        return new(latitude - dLat, longitude - dLon, latitude + dLat, longitude + dLon);
    }
}

public sealed record Near(double Latitude, double Longitude, double Km);

/// <summary>Filters and paging over incidents. Null means "any". Text matches report text.</summary>
public sealed record EventQuery
{
    public string? Country { get; init; }
    public string? Admin1 { get; init; }
    public string? EventType { get; init; }
    public string? SubEventType { get; init; }
    public string? Actor { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public Near? Near { get; init; }
    public BoundingBox? Box { get; init; }
    public string? Text { get; init; }
    /// <summary>Which reviewed incidents to keep; by default all but those an analyst rejected.</summary>
    public ReviewFilter Review { get; init; } = ReviewFilter.NotRejected;
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
    /// <summary>Count every match too (a second query; a text search is counted up to EventPage.TotalLimit).</summary>
    public bool IncludeTotal { get; init; }
}

/// <summary>One incident as a row: the ACLED fields of the merged record plus UCDP's fatality range.</summary>
public sealed record IncidentRow
{
    public long Id { get; init; }
    public string EventDate { get; init; } = "";
    public int TimePrecision { get; init; } = 1;
    public string EventType { get; init; } = "";
    public string SubEventType { get; init; } = "";
    public string Actor1 { get; init; } = "";
    [System.Text.Json.Serialization.JsonPropertyName("assoc_actor_1")]
    public string? AssocActor1 { get; init; }
    public int Inter1 { get; init; }
    public string? Actor2 { get; init; }
    [System.Text.Json.Serialization.JsonPropertyName("assoc_actor_2")]
    public string? AssocActor2 { get; init; }
    public int Inter2 { get; init; }
    public int Interaction { get; init; }
    public string? Country { get; init; }
    public string? Iso2 { get; init; }
    public string? Iso3 { get; init; }
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public string? Location { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public int? GeoPrecision { get; init; }
    public int Fatalities { get; init; }
    public int FatalitiesLow { get; init; }
    public int FatalitiesBest { get; init; }
    public int FatalitiesHigh { get; init; }
    public string Sources { get; init; } = "";
    public string Notes { get; init; } = "";
    public int ReportCount { get; init; }
    public int EventCount { get; init; }
    public string UpdatedAt { get; init; } = "";
    /// <summary>unreviewed, confirmed, corrected or rejected: the latest analyst's decision.</summary>
    public string ReviewStatus { get; init; } = "unreviewed";
    /// <summary>The fields whose value an analyst set (the machine's value is in the incident's reviews).</summary>
    public IReadOnlyList<string> ReviewedFields { get; init; } = [];
}

/// <summary>A page of incidents. Total (when asked for) is exact, except that a text search matching more than <see cref="TotalLimit"/> incidents has none.</summary>
public sealed record EventPage(IReadOnlyList<IncidentRow> Items, int Offset, int Limit, long? Total)
{
    public const int TotalLimit = 1_000;
}

/// <summary>A report's event as stored, with what it was merged on.</summary>
public sealed record StoredEvent(long Id, long ReportId, long IncidentId, Sitrep.Core.EventRecord Record, MergeExplanation? Merge)
{
    /// <summary>Each piece of evidence inside the sentence it came from, for showing the source with the span marked.</summary>
    public IReadOnlyList<EvidenceSentence> Sentences { get; init; } = [];
}

/// <summary>A field's evidence: the whole sentence, and where in that sentence (Start, End) the evidence lies.</summary>
public sealed record EvidenceSentence(string Field, string Sentence, int Start, int End, string By, double Confidence);

/// <summary>Why an event joined an incident: the event it matched best and each feature's score.</summary>
public sealed record MergeExplanation(long MatchedEventId, double Score, IReadOnlyList<FeatureMatch> Features);

public sealed record FeatureMatch(string Feature, double Score, string Detail);

public sealed record ReportSummary(long Id, string ExternalId, string? Title, string? Source, string? Url, DateOnly? Published,
    string PipelineVersion, string CodedAt);

/// <summary>
/// An incident with its reports and events. Incident holds the reviewed values; Machine the record as the pipeline coded it;
/// Reviews the audit trail, oldest first.
/// </summary>
public sealed record IncidentDetail(IncidentRow Incident, IReadOnlyList<ReportSummary> Reports, IReadOnlyList<StoredEvent> Events,
    IncidentRow Machine, IReadOnlyList<IncidentReview> Reviews);

public sealed record CountBy(string Key, long Incidents, long Fatalities);

public sealed record StoreStats(IReadOnlyList<CountBy> ByDay, IReadOnlyList<CountBy> ByCountry, IReadOnlyList<CountBy> ByType,
    IReadOnlyList<CountBy> ByActor);
