using System.Globalization;

namespace Sitrep.Storage.Export;

/// <summary>
/// Incidents in ACLED's export layout: its column names in its order, so files load wherever ACLED data does.
/// Columns Sitrep does not code (numeric iso, region, admin3, tags, source_scale) are left empty.
/// Two columns follow ACLED's 31: review_status and reviewed_fields (the fields an analyst corrected, ';'-separated).
/// </summary>
public static class AcledCsv
{
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Sitrep's own columns, after ACLED's so tools that read ACLED's by position still work.</summary>
    public static readonly string[] ReviewColumns = ["review_status", "reviewed_fields"];

    public static void Write(TextWriter w, IEnumerable<IncidentRow> rows)
    {
        w.WriteLine(string.Join(',', Columns.Concat(ReviewColumns)));
        foreach (var r in rows)
            w.WriteLine(string.Join(',', Values(r).Append(r.ReviewStatus).Append(string.Join(';', r.ReviewedFields)).Select(Escape)));
    }

    public static string EventIdCnty(IncidentRow r) => $"{(string.IsNullOrEmpty(r.Iso3) ? "XXX" : r.Iso3)}{r.Id}";

    private static IEnumerable<string> Values(IncidentRow r)
    {
        var inv = CultureInfo.InvariantCulture;
        yield return EventIdCnty(r);
        yield return r.EventDate;
        yield return r.EventDate.Length >= 4 && char.IsDigit(r.EventDate[0]) ? r.EventDate[..4] : "";
        yield return r.TimePrecision.ToString(inv);
        yield return DisorderType(r);
        yield return r.EventType;
        yield return r.SubEventType;
        yield return r.Actor1;
        yield return r.AssocActor1 ?? "";
        yield return r.Inter1.ToString(inv);
        yield return r.Actor2 ?? "";
        yield return r.AssocActor2 ?? "";
        yield return r.Inter2 == 0 ? "" : r.Inter2.ToString(inv);
        yield return r.Interaction.ToString(inv);
        yield return r.Inter2 == 7 || r.Inter1 == 7 ? "Civilian targeting" : "";
        yield return "";
        yield return "";
        yield return r.Country ?? "";
        yield return r.Admin1 ?? "";
        yield return r.Admin2 ?? "";
        yield return "";
        yield return r.Location ?? "";
        yield return r.Latitude?.ToString("0.####", inv) ?? "";
        yield return r.Longitude?.ToString("0.####", inv) ?? "";
        yield return r.GeoPrecision?.ToString(inv) ?? "";
        yield return r.Sources;
        yield return "";
        yield return r.Notes;
        yield return r.Fatalities.ToString(inv);
        yield return "";
        yield return DateTimeOffset.TryParse(r.UpdatedAt, inv, DateTimeStyles.AssumeUniversal, out var t) ? t.ToUnixTimeSeconds().ToString(inv) : "";
    }

    /// <summary>ACLED's disorder_type follows from the sub-event type.</summary>
    public static string DisorderType(IncidentRow r) => r.EventType switch
    {
        "Protests" when r.SubEventType.StartsWith("Excessive force", StringComparison.Ordinal) => "Political violence; Demonstrations",
        "Protests" => "Demonstrations",
        "Riots" when r.SubEventType == "Mob violence" => "Political violence",
        "Riots" => "Demonstrations",
        "Strategic developments" => "Strategic developments",
        "" => "",
        _ => "Political violence",
    };

    private static string Escape(string v) =>
        v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + v.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : v;
}
