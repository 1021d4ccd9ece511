using System.Data.Common;
using System.Globalization;
using Sitrep.Storage.Reviews;

namespace Sitrep.Storage;

public abstract partial class SqlEventStore
{
    protected const string IncidentSelect = """
        i.id, i.event_date, i.time_precision, i.event_type, i.sub_event_type, i.actor1, i.assoc_actor_1, i.inter1, i.actor2,
        i.assoc_actor_2, i.inter2, i.interaction, i.country, i.iso2, i.iso3, i.admin1, i.admin2, i.location, i.latitude, i.longitude,
        i.geo_precision, i.fatalities, i.fatalities_low, i.fatalities_best, i.fatalities_high, i.sources, i.notes, i.report_count,
        i.event_count, i.updated_at, i.review_status, i.reviewed_fields
        """;

    /// <summary>A condition on incident alias i: it has an event from a report whose text matches @text.</summary>
    protected abstract string TextCondition { get; }

    /// <summary>A condition on incident alias i: its location lies in the box @min_lat, @min_lon, @max_lat, @max_lon.</summary>
    protected abstract string BoxCondition { get; }

    /// <summary>An expression for the great-circle distance in km from incident alias i to @near_lat, @near_lon.</summary>
    protected abstract string DistanceExpression { get; }

    public EventPage QueryIncidents(EventQuery q) => Locked(() =>
    {
        var (where, bind) = Filter(q);
        var items = QueryIncidentRows($"SELECT {IncidentSelect} FROM incidents i{where} ORDER BY i.day DESC, i.id DESC LIMIT @limit OFFSET @offset", c =>
        {
            bind(c);
            Sql.Param(c, "limit", Math.Clamp(q.Limit, 1, 100_000));
            Sql.Param(c, "offset", Math.Max(0, q.Offset));
        });
        long? total = null;
        if (q.IncludeTotal)
        {
            using var c = Command($"SELECT count(*) FROM incidents i{where}");
            bind(c);
            total = Convert.ToInt64(c.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return new EventPage(items, q.Offset, q.Limit, total);
    });

    public StoreStats Stats(EventQuery filter) => Locked(() =>
    {
        var (where, bind) = Filter(filter);
        List<CountBy> Group(string key, string order, int limit)
        {
            using var c = Command($"SELECT {key}, count(*), sum(i.fatalities) FROM incidents i{where} GROUP BY {key} ORDER BY {order} LIMIT {limit}");
            bind(c);
            using var r = c.ExecuteReader();
            var list = new List<CountBy>();
            while (r.Read()) list.Add(new CountBy(Sql.Str(r, 0) ?? "", Sql.Long(r, 1), r.IsDBNull(2) ? 0 : Sql.Long(r, 2)));
            return list;
        }
        return new StoreStats(
            Group("i.event_date", "1", 10_000),
            Group("i.country", "2 DESC, 1", 500),
            Group("i.event_type", "2 DESC, 1", 100),
            Group("i.actor1", "2 DESC, 1", 100));
    });

    private (string Where, Action<DbCommand> Bind) Filter(EventQuery q)
    {
        var conds = new List<string> { "i.event_count > 0" };
        var binds = new List<Action<DbCommand>>();
        void Add(string cond, params (string Name, object? Value)[] ps)
        {
            conds.Add(cond);
            binds.Add(c => { foreach (var (n, v) in ps) Sql.Param(c, n, v); });
        }
        switch (q.Review)
        {
            case ReviewFilter.NotRejected: conds.Add("i.review_status <> 'rejected'"); break;
            case ReviewFilter.Reviewed: conds.Add("i.review_status IN ('confirmed', 'corrected')"); break;
            case ReviewFilter.All: break;
            default: Add("i.review_status = @review", ("review", q.Review.ToString().ToLowerInvariant())); break;
        }
        if (q.Country is { Length: > 0 } country)
            Add("(lower(i.country) = @country OR lower(i.iso2) = @country OR lower(i.iso3) = @country)", ("country", country.ToLowerInvariant()));
        if (q.Admin1 is { Length: > 0 } admin1) Add("lower(i.admin1) = @admin1", ("admin1", admin1.ToLowerInvariant()));
        if (q.EventType is { Length: > 0 } type) Add("lower(i.event_type) = @type", ("type", type.ToLowerInvariant()));
        if (q.SubEventType is { Length: > 0 } sub) Add("lower(i.sub_event_type) = @sub", ("sub", sub.ToLowerInvariant()));
        if (q.Actor is { Length: > 0 } actor)
            // Wildcards in the name are matched literally, so "%" finds only actors named with a percent sign.
            Add("(lower(i.actor1) LIKE @actor ESCAPE '\\' OR lower(i.actor2) LIKE @actor ESCAPE '\\' OR lower(i.assoc_actor_1) LIKE @actor ESCAPE '\\' OR lower(i.assoc_actor_2) LIKE @actor ESCAPE '\\')",
                ("actor", "%" + LikeLiteral(actor.ToLowerInvariant()) + "%"));
        if (q.Since is { } since) Add("i.day >= @since", ("since", since.DayNumber));
        if (q.Until is { } until) Add("i.day <= @until", ("until", until.DayNumber));
        var box = q.Box;
        if (q.Near is { } near)
        {
            var around = BoundingBox.Around(near.Latitude, near.Longitude, near.Km);
            box = box is null ? around : new BoundingBox(Math.Max(box.MinLatitude, around.MinLatitude), Math.Max(box.MinLongitude, around.MinLongitude),
                Math.Min(box.MaxLatitude, around.MaxLatitude), Math.Min(box.MaxLongitude, around.MaxLongitude));
            Add($"{DistanceExpression} <= @near_km", ("near_lat", near.Latitude), ("near_lon", near.Longitude), ("near_km", near.Km));
        }
        if (box is not null)
            Add(BoxCondition, ("min_lat", box.MinLatitude), ("min_lon", box.MinLongitude), ("max_lat", box.MaxLatitude), ("max_lon", box.MaxLongitude));
        if (q.Text is { } text && TextQuery(text) is { Length: > 0 } match) Add(TextCondition, ("text", match));
        return (" WHERE " + string.Join(" AND ", conds), c => { foreach (var b in binds) b(c); });
    }

    /// <summary>The user's words as the database's text-search syntax expects them.</summary>
    protected virtual string TextQuery(string text) => text.Trim();

    protected List<IncidentRow> QueryIncidentRows(string sql, Action<DbCommand> bind)
    {
        using var cmd = Command(sql);
        bind(cmd);
        using var r = cmd.ExecuteReader();
        var list = new List<IncidentRow>();
        while (r.Read())
            list.Add(new IncidentRow
            {
                Id = Sql.Long(r, 0), EventDate = Sql.Str(r, 1) ?? "", TimePrecision = Sql.Int(r, 2), EventType = Sql.Str(r, 3) ?? "",
                SubEventType = Sql.Str(r, 4) ?? "", Actor1 = Sql.Str(r, 5) ?? "", AssocActor1 = Sql.Str(r, 6), Inter1 = Sql.Int(r, 7),
                Actor2 = Sql.Str(r, 8), AssocActor2 = Sql.Str(r, 9), Inter2 = Sql.Int(r, 10), Interaction = Sql.Int(r, 11),
                Country = Sql.Str(r, 12), Iso2 = Sql.Str(r, 13), Iso3 = Sql.Str(r, 14), Admin1 = Sql.Str(r, 15), Admin2 = Sql.Str(r, 16),
                Location = Sql.Str(r, 17), Latitude = Sql.DoubleOrNull(r, 18), Longitude = Sql.DoubleOrNull(r, 19), GeoPrecision = Sql.IntOrNull(r, 20),
                Fatalities = Sql.Int(r, 21), FatalitiesLow = Sql.Int(r, 22), FatalitiesBest = Sql.Int(r, 23), FatalitiesHigh = Sql.Int(r, 24),
                Sources = Sql.Str(r, 25) ?? "", Notes = Sql.Str(r, 26) ?? "", ReportCount = Sql.Int(r, 27), EventCount = Sql.Int(r, 28),
                UpdatedAt = Sql.Str(r, 29) ?? "", ReviewStatus = Sql.Str(r, 30) ?? "unreviewed",
                ReviewedFields = (Sql.Str(r, 31) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries),
            });
        return list;
    }

    private static string LikeLiteral(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
