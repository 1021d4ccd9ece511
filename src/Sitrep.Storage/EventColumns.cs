using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Storage;

/// <summary>How an EventRecord maps to the events table: one column per field, claims and evidence as JSON.</summary>
internal static class EventColumns
{
    private sealed record Column(string Name, Func<EventRecord, object?> Get, Action<EventRecord, object> Set);

    private static readonly Column[] Columns =
    [
        new("event_id", e => e.EventId, (e, v) => e.EventId = (string)v),
        new("event_date", e => e.EventDate, (e, v) => e.EventDate = (string)v),
        new("date_start", e => e.DateStart, (e, v) => e.DateStart = (string)v),
        new("date_end", e => e.DateEnd, (e, v) => e.DateEnd = (string)v),
        new("time_precision", e => e.TimePrecision, (e, v) => e.TimePrecision = Int(v)),
        new("event_type", e => e.EventType, (e, v) => e.EventType = (string)v),
        new("sub_event_type", e => e.SubEventType, (e, v) => e.SubEventType = (string)v),
        new("actor1", e => e.Actor1, (e, v) => e.Actor1 = (string)v),
        new("assoc_actor_1", e => e.AssocActor1, (e, v) => e.AssocActor1 = (string)v),
        new("inter1", e => e.Inter1, (e, v) => e.Inter1 = Int(v)),
        new("actor2", e => e.Actor2, (e, v) => e.Actor2 = (string)v),
        new("assoc_actor_2", e => e.AssocActor2, (e, v) => e.AssocActor2 = (string)v),
        new("inter2", e => e.Inter2, (e, v) => e.Inter2 = Int(v)),
        new("interaction", e => e.Interaction, (e, v) => e.Interaction = Int(v)),
        new("country", e => e.Country, (e, v) => e.Country = (string)v),
        new("iso2", e => e.Iso2, (e, v) => e.Iso2 = (string)v),
        new("iso3", e => e.Iso3, (e, v) => e.Iso3 = (string)v),
        new("admin1", e => e.Admin1, (e, v) => e.Admin1 = (string)v),
        new("admin2", e => e.Admin2, (e, v) => e.Admin2 = (string)v),
        new("location", e => e.Location, (e, v) => e.Location = (string)v),
        new("latitude", e => e.Latitude, (e, v) => e.Latitude = Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        new("longitude", e => e.Longitude, (e, v) => e.Longitude = Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        new("geo_precision", e => e.GeoPrecision, (e, v) => e.GeoPrecision = Int(v)),
        new("fatalities", e => e.Fatalities, (e, v) => e.Fatalities = Int(v)),
        new("fatalities_low", e => e.FatalitiesLow, (e, v) => e.FatalitiesLow = Int(v)),
        new("fatalities_high", e => e.FatalitiesHigh, (e, v) => e.FatalitiesHigh = Int(v)),
        new("plover_event", e => e.PloverEvent, (e, v) => e.PloverEvent = (string)v),
        new("plover_mode", e => e.PloverMode, (e, v) => e.PloverMode = (string)v),
        new("cameo_root", e => e.CameoRoot, (e, v) => e.CameoRoot = (string)v),
        new("notes", e => e.Notes, (e, v) => e.Notes = (string)v),
        new("confidence", e => e.Confidence, (e, v) => e.Confidence = Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        new("source", e => e.Source, (e, v) => e.Source = (string)v),
        new("url", e => e.Url, (e, v) => e.Url = (string)v),
        new("claims_json", e => JsonSerializer.Serialize(e.Claims, SitrepJson.Options),
            (e, v) => e.Claims = JsonSerializer.Deserialize<List<ClaimRecord>>((string)v, SitrepJson.Options) ?? []),
        new("evidence_json", e => JsonSerializer.Serialize(e.Evidence, SitrepJson.Options),
            (e, v) => e.Evidence = JsonSerializer.Deserialize<List<Evidence>>((string)v, SitrepJson.Options) ?? []),
    ];

    public static IEnumerable<string> Names => Columns.Select(c => c.Name);

    /// <summary>The columns in Read's order; those left out are selected as NULL and stay at their defaults.</summary>
    public static string SelectList(string alias, params string[] leaveOut) =>
        string.Join(", ", Columns.Select(c => leaveOut.Contains(c.Name) ? "NULL" : $"{alias}.{c.Name}"));

    public static void AddParameters(DbCommand cmd, EventRecord e)
    {
        foreach (var c in Columns) Sql.Param(cmd, c.Name, c.Get(e));
    }

    /// <summary>Reads the columns written by SelectList, starting at the given ordinal.</summary>
    public static EventRecord Read(DbDataReader r, int first, long reportId)
    {
        var e = new EventRecord();
        for (var i = 0; i < Columns.Length; i++)
        {
            if (r.IsDBNull(first + i)) continue;
            Columns[i].Set(e, r.GetValue(first + i));
        }
        e.ReportId = e.ReportId.Length > 0 ? e.ReportId : reportId.ToString(CultureInfo.InvariantCulture);
        return e;
    }

    private static int Int(object v) => Convert.ToInt32(v, CultureInfo.InvariantCulture);
}

/// <summary>Small ADO.NET helpers shared by the SQLite and PostgreSQL stores.</summary>
internal static class Sql
{
    /// <summary>Sets a parameter, adding it the first time a command uses it.</summary>
    public static void Param(DbCommand cmd, string name, object? value)
    {
        if (cmd.Parameters.Count > 0 && cmd.Parameters.Contains(name))
        {
            cmd.Parameters[name].Value = value ?? DBNull.Value;
            return;
        }
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }

    public static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);
    public static long Long(DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    public static long? LongOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Long(r, i);
    public static int Int(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
    public static int? IntOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Int(r, i);
    public static double? DoubleOrNull(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    public static DateOnly? Date(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
