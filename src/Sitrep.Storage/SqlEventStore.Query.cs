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

    /// <summary>
    /// A condition on incident alias i: it has an event from a report whose text matches @text (bound to
    /// <paramref name="match"/>). <paramref name="rowsWanted"/> is how many rows in date order the query reads
    /// (offset + limit, or int.MaxValue for all), so a store can pick the form that answers fastest.
    /// </summary>
    protected abstract string TextCondition(string match, int rowsWanted);

    /// <summary>Matching events for a text search: a FROM clause naming events e (and what it joins), and the condition on @text.</summary>
    protected abstract (string From, string Condition) TextEvents { get; }

    /// <summary>A condition on incident alias i: its location lies in the box @min_lat, @min_lon, @max_lat, @max_lon.</summary>
    protected abstract string BoxCondition(BoundingBox box, int rowsWanted);

    /// <summary>An expression for the great-circle distance in km from incident alias i to @near_lat, @near_lon.</summary>
    protected abstract string DistanceExpression { get; }

    public EventPage QueryIncidents(EventQuery q) => Locked(() =>
    {
        var limit = Math.Clamp(q.Limit, 1, 100_000);
        var offset = Math.Max(0, q.Offset);
        var filter = Filter(q, (int)Math.Min(int.MaxValue, (long)offset + limit));
        var items = QueryIncidentRows($"SELECT {IncidentSelect} FROM incidents i{filter.Where} ORDER BY i.day DESC, i.id DESC LIMIT @limit OFFSET @offset", c =>
        {
            filter.Bind(c);
            Sql.Param(c, "limit", limit);
            Sql.Param(c, "offset", offset);
        });
        // Counting reads every match, so its conditions take the form that collects them all.
        return new EventPage(items, q.Offset, q.Limit, q.IncludeTotal ? Total(Filter(q, int.MaxValue)) : null);
    });

    /// <summary>
    /// How many incidents match. A text search is counted only up to <see cref="EventPage.TotalLimit"/> (null beyond):
    /// counting every incident behind a common word means joining hundreds of thousands of reports to their events.
    /// </summary>
    private long? Total(FilterParts filter)
    {
        if (filter.TextIndex < 0)
        {
            using var all = Command($"SELECT count(*) FROM incidents i{filter.Where}");
            filter.Bind(all);
            return Convert.ToInt64(all.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        // Matching events are read as they come and their incidents counted, up to a few rows per incident; a store
        // streams them, so a common word stops early. When the rows run out first, the count is exact.
        var (from, match) = TextEvents;
        var conditions = string.Join(" AND ", filter.Conditions.Where((_, k) => k != filter.TextIndex).Prepend(match));
        var rows = 3L * (EventPage.TotalLimit + 1);
        var incidents = new HashSet<long>();
        using (var some = Command($"SELECT e.incident_id FROM {from} JOIN incidents i ON i.id = e.incident_id WHERE {conditions} LIMIT {rows}"))
        {
            filter.Bind(some);
            using var r = some.ExecuteReader();
            var read = 0L;
            while (r.Read())
            {
                read++;
                if (incidents.Add(Sql.Long(r, 0)) && incidents.Count > EventPage.TotalLimit) return null;
            }
            if (read < rows) return incidents.Count;
        }
        // Many matching events in few incidents: count the incidents themselves.
        using var exact = Command($"SELECT count(DISTINCT e.incident_id) FROM {from} JOIN incidents i ON i.id = e.incident_id WHERE {conditions}");
        filter.Bind(exact);
        var n = Convert.ToInt64(exact.ExecuteScalar(), CultureInfo.InvariantCulture);
        return n > EventPage.TotalLimit ? null : n;
    }

    public StoreStats Stats(EventQuery q) => Locked(() =>
    {
        var filter = Filter(q, int.MaxValue);
        var (where, bind) = (filter.Where, filter.Bind);
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

    /// <summary>The conditions of a query on incidents alias i, which of them is the text search, and their parameters.</summary>
    private sealed record FilterParts(List<string> Conditions, int TextIndex, Action<DbCommand> Bind)
    {
        public string Where => Conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", Conditions);
    }

    // Every incident in the store has at least one event: one left without any is deleted in the same transaction.
    private FilterParts Filter(EventQuery q, int rowsWanted)
    {
        var conds = new List<string>();
        var binds = new List<Action<DbCommand>>();
        var textIndex = -1;
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
            Add(CountryCondition(country.ToLowerInvariant()), ("country", country.ToLowerInvariant()));
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
            Add(BoxCondition(box, rowsWanted), ("min_lat", box.MinLatitude), ("min_lon", box.MinLongitude), ("max_lat", box.MaxLatitude), ("max_lon", box.MaxLongitude));
        if (q.Text is { } text && TextQuery(text) is { Length: > 0 } match)
        {
            Add(TextCondition(match, rowsWanted), ("text", match));
            textIndex = conds.Count - 1;
        }
        return new FilterParts(conds, textIndex, c => { foreach (var b in binds) b(c); });
    }

    /// <summary>
    /// The country filter matches the name, ISO2 or ISO3 code. Only the columns where some incident holds the value
    /// are asked, so the condition reads one index (a name never equals a code in practice) instead of three.
    /// </summary>
    private string CountryCondition(string country)
    {
        var columns = new[] { "country", "iso2", "iso3" };
        using var cmd = Command($"SELECT {string.Join(", ", columns.Select(c => $"(SELECT 1 FROM incidents WHERE lower({c}) = @country LIMIT 1)"))}");
        Sql.Param(cmd, "country", country);
        var used = new List<string>();
        using (var r = cmd.ExecuteReader())
            if (r.Read())
                for (var k = 0; k < columns.Length; k++)
                    if (!r.IsDBNull(k)) used.Add($"lower(i.{columns[k]}) = @country");
        return used.Count switch { 0 => "lower(i.country) = @country", 1 => used[0], _ => "(" + string.Join(" OR ", used) + ")" };
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

    /// <summary>
    /// How many matches make it faster to walk incidents newest first and test each than to collect every match and
    /// sort: walking costs about rowsWanted × all / matches tests, collecting about matches × cost of one. The costs of
    /// one test relative to one collected match (<paramref name="testCost"/>) were measured on a million-event store.
    /// Null when every match is wanted anyway.
    /// </summary>
    protected static long? WalkThreshold(int rowsWanted, long all, double testCost) =>
        rowsWanted == int.MaxValue || all <= 0 ? null : Math.Max(1, (long)Math.Sqrt(testCost * rowsWanted * all));

    /// <summary>Counts the rows of a query, stopping at <paramref name="cap"/>.</summary>
    protected long CountUpTo(string sql, long cap, Action<DbCommand> bind)
    {
        using var cmd = Command($"SELECT count(*) FROM ({sql} LIMIT {cap}) rows_seen");
        bind(cmd);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The largest id of a table: its size, near enough, read from the end of its index.</summary>
    protected long LargestId(string table)
    {
        using var cmd = Command($"SELECT max(id) FROM {table}");
        return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
    }

    private static string LikeLiteral(string s) =>
        s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
