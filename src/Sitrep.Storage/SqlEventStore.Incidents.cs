using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Storage.Incidents;
using Sitrep.Storage.Reviews;

namespace Sitrep.Storage;

public abstract partial class SqlEventStore
{
    /// <summary>The widest date range an event can cover, so candidate searches can bound day_low in their indexes.</summary>
    private const int MaxDaySpan = 62;

    /// <param name="locked">Families whose lock the transaction already holds.</param>
    private void WriteEvents(long reportId, string? source, string reportText, IReadOnlyList<EventRecord> events, DbTransaction tx, HashSet<string>? locked = null)
    {
        if (events.Count == 0) return;
        var families = events.Select(e => _families.Of(e.SubEventType)).ToList();
        LockFamilies(families.Where(f => locked is null || !locked.Contains(f)).Distinct().Order(StringComparer.Ordinal), tx);
        var keptApart = KeptApart(reportId, tx);
        var usedByThisReport = new HashSet<long>();
        var touched = new List<long>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var features = MatchFeatures.From(e, families[i], reportText, reportId: reportId);
            var (incidentId, explanation, alsoMatched) = BestIncident(features, keptApart, usedByThisReport, tx);
            if (incidentId is { } joined)
            {
                if (!touched.Contains(joined)) touched.Add(joined);
            }
            else incidentId = IncidentOf(reportId, source, e, tx);
            usedByThisReport.Add(incidentId.Value);
            InsertEvent(reportId, incidentId.Value, i, e, features, explanation, tx);
            foreach (var loner in alsoMatched)
                AbsorbLoner(loner, incidentId.Value, reportId, i, tx);
        }
        foreach (var id in touched) RefreshIncident(id, tx);
    }

    /// <summary>
    /// A new incident for one event. No other event of the report can join it (a report's events never share an
    /// incident), so its record is final: built from the event in hand and written once, not re-read and updated.
    /// </summary>
    private long IncidentOf(long reportId, string? source, EventRecord e, DbTransaction tx)
    {
        var row = IncidentSummary.Build(0, [new IncidentMember(e, source, reportId)], Sql.Now());
        var cmd = Reused(InsertIncidentSql, tx);
        BindIncident(cmd, row);
        var id = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        IndexIncidentLocation(id, row.Latitude, row.Longitude, tx);
        return id;
    }

    private static readonly string[] IncidentColumns =
    [
        "event_date", "day", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
        "inter2", "interaction", "country", "iso2", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities",
        "fatalities_low", "fatalities_best", "fatalities_high", "sources", "notes", "report_count", "event_count", "updated_at",
        "review_status", "reviewed_fields",
    ];

    private static readonly string InsertIncidentSql =
        $"INSERT INTO incidents ({string.Join(", ", IncidentColumns)}) VALUES ({string.Join(", ", IncidentColumns.Select(c => "@" + c))}) RETURNING id";

    private static readonly string UpdateIncidentSql = $"UPDATE incidents SET {string.Join(", ", IncidentColumns.Select(c => $"{c} = @{c}"))} WHERE id = @id";

    private static void BindIncident(DbCommand cmd, IncidentRow row)
    {
        Sql.Param(cmd, "event_date", row.EventDate);
        Sql.Param(cmd, "day", MatchFeatures.ParseDay(row.EventDate));
        Sql.Param(cmd, "time_precision", row.TimePrecision);
        Sql.Param(cmd, "event_type", row.EventType);
        Sql.Param(cmd, "sub_event_type", row.SubEventType);
        Sql.Param(cmd, "actor1", row.Actor1);
        Sql.Param(cmd, "assoc_actor_1", row.AssocActor1);
        Sql.Param(cmd, "inter1", row.Inter1);
        Sql.Param(cmd, "actor2", row.Actor2);
        Sql.Param(cmd, "assoc_actor_2", row.AssocActor2);
        Sql.Param(cmd, "inter2", row.Inter2);
        Sql.Param(cmd, "interaction", row.Interaction);
        Sql.Param(cmd, "country", row.Country);
        Sql.Param(cmd, "iso2", row.Iso2);
        Sql.Param(cmd, "iso3", row.Iso3);
        Sql.Param(cmd, "admin1", row.Admin1);
        Sql.Param(cmd, "admin2", row.Admin2);
        Sql.Param(cmd, "location", row.Location);
        Sql.Param(cmd, "latitude", row.Latitude);
        Sql.Param(cmd, "longitude", row.Longitude);
        Sql.Param(cmd, "geo_precision", row.GeoPrecision);
        Sql.Param(cmd, "fatalities", row.Fatalities);
        Sql.Param(cmd, "fatalities_low", row.FatalitiesLow);
        Sql.Param(cmd, "fatalities_best", row.FatalitiesBest);
        Sql.Param(cmd, "fatalities_high", row.FatalitiesHigh);
        Sql.Param(cmd, "sources", row.Sources);
        Sql.Param(cmd, "notes", row.Notes);
        Sql.Param(cmd, "report_count", row.ReportCount);
        Sql.Param(cmd, "event_count", row.EventCount);
        Sql.Param(cmd, "updated_at", row.UpdatedAt);
        Sql.Param(cmd, "review_status", row.ReviewStatus);
        Sql.Param(cmd, "reviewed_fields", string.Join(';', row.ReviewedFields));
    }

    private const string CandidateSelect = """
        SELECT id, report_id, incident_id, family, day_low, day_high, latitude, longitude, geo_precision, iso2, admin1, actor_key, tokens,
               sub_event_type, fatalities
        FROM events WHERE family = @family AND day_low >= @from AND day_low <= @high AND day_high >= @low AND report_id <> @report
        """;

    /// <summary>
    /// The query for every stored event the matcher could accept for <paramref name="f"/>: same family, overlapping
    /// dates, and a place it allows. Those are events within reach on the map (the grid cells around it), events
    /// without coordinates in a compatible region, and, when one of the two is placed only to its region, events in
    /// the same region. Each part reads its own index; without a usable place it is family and dates alone.
    /// </summary>
    private DbCommand CandidateQuery(MatchFeatures f, DbTransaction tx)
    {
        var region = MatchCells.Region(f.Admin1);
        var parts = new List<string>();
        IReadOnlyList<long>? cells = null;
        if (f.Latitude is { } lat && f.Longitude is { } lon)
        {
            cells = MatchCells.Around(lat, lon, Matcher.MaxKm);
            if (cells is not null)
            {
                // Cells around the point, and the cell of coordinates off the globe (the matcher still measures those).
                parts.Add($"cell IN ({string.Join(", ", cells.Select((_, i) => "@c" + i))}, {MatchCells.OffTheGlobe})");
                parts.Add(region.Length == 0 ? "cell IS NULL"
                    : f.GeoPrecision == 3 ? "region IN (@region, '')"
                    : $"region IN (@region, '') AND {LooseRegionCondition}");
            }
        }
        else if (region.Length > 0) parts.Add("region IN (@region, '')");

        // UNION ALL keeps each part on its own index (a plain UNION can lead SQLite to one sorted scan of family and dates);
        // an event both parts return is read twice and counted once.
        var cmd = Reused(parts.Count == 0 ? CandidateSelect : string.Join(" UNION ALL ", parts.Select(p => $"{CandidateSelect} AND {p}")), tx);
        Sql.Param(cmd, "family", f.Family);
        Sql.Param(cmd, "from", f.DayLow!.Value - MaxDaySpan);
        Sql.Param(cmd, "high", f.DayHigh!.Value);
        Sql.Param(cmd, "low", f.DayLow.Value);
        Sql.Param(cmd, "report", f.ReportId);
        if (parts.Count > 0 && region.Length > 0) Sql.Param(cmd, "region", region);
        if (parts.Count > 0 && cells is not null)
            for (var i = 0; i < cells.Count; i++) Sql.Param(cmd, "c" + i, cells[i]);
        return cmd;
    }

    /// <summary>Events a distant event can still match by region: those without coordinates or placed only to their region (the events_loose index).</summary>
    private const string LooseRegionCondition = "(cell IS NULL OR geo_precision = 3)";

    /// <summary>A stored event the new one matches, in an incident other than the one it joins.</summary>
    private readonly record struct OtherMatch(long Incident, long Report, MergeExplanation Why);

    private (long? Incident, MergeExplanation? Why, List<OtherMatch> AlsoMatched) BestIncident(MatchFeatures f, HashSet<long> keptApart, HashSet<long> usedByThisReport, DbTransaction tx)
    {
        if (f.DayLow is null) return (null, null, []);
        var candidates = new List<MatchFeatures>();
        var seen = new HashSet<long>();
        using (var r = CandidateQuery(f, tx).ExecuteReader())
        {
            while (r.Read())
                if (seen.Add(Sql.Long(r, 0)))
                    candidates.Add(new MatchFeatures(Sql.Long(r, 0), Sql.Long(r, 1), Sql.Long(r, 2), r.GetString(3), Sql.IntOrNull(r, 4), Sql.IntOrNull(r, 5),
                        Sql.DoubleOrNull(r, 6), Sql.DoubleOrNull(r, 7), Sql.IntOrNull(r, 8), Sql.Str(r, 9), Sql.Str(r, 10), Sql.Str(r, 11) ?? "", Sql.Str(r, 12) ?? "",
                        Sql.Str(r, 13) ?? "", Sql.IntOrNull(r, 14) ?? 0));
        }
        // Equal scores go to the earliest stored event, whatever order the database returned the rows in.
        candidates.Sort((a, b) => a.EventId.CompareTo(b.EventId));
        var scored = candidates.Where(c => !usedByThisReport.Contains(c.IncidentId))
            .Select(c => new OtherMatch(c.IncidentId, c.ReportId, Matcher.Compare(f, c)!))
            .Where(x => x.Why is not null && Matcher.IsMatch(x.Why))
            .OrderByDescending(x => x.Why.Score).ToList();
        if (scored.Count == 0) return (null, null, []);
        // An incident holding this report's own events or a report the user split from it is off limits. The report's
        // own events in the store are the ones written in this call (recoding deletes the old ones first), so their
        // incidents are already left out above; only split-off reports need a look at the store.
        HashSet<long> blocked = keptApart.Count == 0 ? [] : IncidentsHoldingReports(scored.Select(s => s.Incident).Distinct(), keptApart, tx);
        var allowed = scored.Where(s => !blocked.Contains(s.Incident)).ToList();
        if (allowed.Count == 0) return (null, null, []);
        var best = allowed[0];
        return (best.Incident, best.Why, allowed.Where(s => s.Incident != best.Incident).DistinctBy(s => s.Incident).ToList());
    }

    /// <summary>
    /// An incident of a single report that the new event also matches joins the new event's incident: had that report
    /// arrived after this one, it would have matched here, so the store's incidents do not depend on the order reports
    /// come in. Incidents of several reports, reviewed ones and reports an analyst kept apart are left alone.
    /// </summary>
    private void AbsorbLoner(OtherMatch loner, long into, long reportId, int seq, DbTransaction tx)
    {
        // The matched event is loner.Report's and lies in this incident, so one report in all means that one alone.
        using (var cmd = Command("SELECT COUNT(DISTINCT report_id) FROM events WHERE incident_id = @i", tx))
        {
            Sql.Param(cmd, "i", loner.Incident);
            if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) != 1) return;
        }
        using (var cmd = Command("SELECT COUNT(*) FROM events WHERE incident_id = @i AND report_id = @r", tx))
        {
            Sql.Param(cmd, "i", into);
            Sql.Param(cmd, "r", loner.Report);
            if (Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) != 0) return;
        }
        if (ReviewsOf(loner.Incident, tx).Count > 0) return;
        var apart = KeptApart(loner.Report, tx);
        if (apart.Count > 0 && IncidentsHoldingReports([into], apart, tx).Count > 0) return;
        long matched;
        using (var cmd = Command("SELECT id FROM events WHERE report_id = @r AND seq = @s", tx))
        {
            Sql.Param(cmd, "r", reportId);
            Sql.Param(cmd, "s", seq);
            matched = Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        using (var move = Command("UPDATE events SET incident_id = @into, merge_json = @why WHERE incident_id = @i", tx))
        {
            Sql.Param(move, "into", into);
            Sql.Param(move, "why", JsonSerializer.Serialize(loner.Why with { MatchedEventId = matched }, SitrepJson.Options));
            Sql.Param(move, "i", loner.Incident);
            move.ExecuteNonQuery();
        }
        RefreshIncident(loner.Incident, tx);
    }

    /// <summary>Gives events stored before the match cells existed their cell and region, a few thousand per transaction.</summary>
    protected void FillMatchKeys()
    {
        while (true)
        {
            using var tx = BeginWrite();
            var rows = new List<(long Id, double? Lat, double? Lon, string? Admin1)>();
            using (var select = Command("SELECT id, latitude, longitude, admin1 FROM events WHERE region IS NULL ORDER BY id LIMIT 5000", tx))
            using (var r = select.ExecuteReader())
                while (r.Read()) rows.Add((Sql.Long(r, 0), Sql.DoubleOrNull(r, 1), Sql.DoubleOrNull(r, 2), Sql.Str(r, 3)));
            foreach (var (id, lat, lon, admin1) in rows)
            {
                var update = Reused("UPDATE events SET cell = @cell, region = @region WHERE id = @id", tx);
                Sql.Param(update, "cell", MatchCells.Of(lat, lon));
                Sql.Param(update, "region", MatchCells.Region(admin1));
                Sql.Param(update, "id", id);
                update.ExecuteNonQuery();
            }
            tx.Commit();
            if (rows.Count == 0) return;
        }
    }

    private HashSet<long> IncidentsHoldingReports(IEnumerable<long> incidents, HashSet<long> reports, DbTransaction tx)
    {
        var blocked = new HashSet<long>();
        var ids = incidents.ToList();
        if (ids.Count == 0 || reports.Count == 0) return blocked;
        using var cmd = Command($"SELECT DISTINCT incident_id, report_id FROM events WHERE incident_id IN ({string.Join(",", ids)})", tx);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            if (reports.Contains(Sql.Long(r, 1))) blocked.Add(Sql.Long(r, 0));
        return blocked;
    }

    private HashSet<long> KeptApart(long reportId, DbTransaction tx)
    {
        var set = new HashSet<long>();
        var cmd = Reused("SELECT report_a, report_b FROM kept_apart WHERE report_a = @r OR report_b = @r", tx);
        Sql.Param(cmd, "r", reportId);
        using var r = cmd.ExecuteReader();
        while (r.Read()) set.Add(Sql.Long(r, 0) == reportId ? Sql.Long(r, 1) : Sql.Long(r, 0));
        return set;
    }

    private long NewIncident(DbTransaction tx)
    {
        var cmd = Reused("INSERT INTO incidents (event_date, event_type, sub_event_type, actor1, updated_at) VALUES ('', '', '', '', @now) RETURNING id", tx);
        Sql.Param(cmd, "now", Sql.Now());
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static readonly string InsertEventSql = $"""
        INSERT INTO events (report_id, incident_id, seq, family, day_low, day_high, actor_key, tokens, merge_json, cell, region, {string.Join(", ", EventColumns.Names)})
        VALUES (@report_id, @incident_id, @seq, @family, @day_low, @day_high, @actor_key, @tokens, @merge_json, @cell, @region, {string.Join(", ", EventColumns.Names.Select(n => "@" + n))})
        """;

    private void InsertEvent(long reportId, long incidentId, int seq, EventRecord e, MatchFeatures f, MergeExplanation? why, DbTransaction tx)
    {
        var cmd = Reused(InsertEventSql, tx);
        Sql.Param(cmd, "report_id", reportId);
        Sql.Param(cmd, "incident_id", incidentId);
        Sql.Param(cmd, "seq", seq);
        Sql.Param(cmd, "family", f.Family);
        Sql.Param(cmd, "day_low", f.DayLow);
        Sql.Param(cmd, "day_high", f.DayHigh);
        Sql.Param(cmd, "actor_key", f.Actors);
        Sql.Param(cmd, "tokens", f.Tokens);
        Sql.Param(cmd, "merge_json", why is null ? null : JsonSerializer.Serialize(why, SitrepJson.Options));
        Sql.Param(cmd, "cell", MatchCells.Of(e.Latitude, e.Longitude));
        Sql.Param(cmd, "region", MatchCells.Region(e.Admin1));
        EventColumns.AddParameters(cmd, e);
        cmd.ExecuteNonQuery();
    }

    private List<long> IncidentsOfReport(long reportId, DbTransaction tx)
    {
        using var cmd = Command("SELECT DISTINCT incident_id FROM events WHERE report_id = @r", tx);
        Sql.Param(cmd, "r", reportId);
        using var r = cmd.ExecuteReader();
        var list = new List<long>();
        while (r.Read()) list.Add(Sql.Long(r, 0));
        return list;
    }

    private static readonly string EventsOfIncidentSql = $"""
        SELECT e.id, e.report_id, e.incident_id, e.merge_json, r.source, r.external_id, {EventColumns.SelectList("e")}
        FROM events e JOIN reports r ON r.id = e.report_id WHERE e.incident_id = @i ORDER BY e.id
        """;

    // What an incident's record is built from: evidence and merge reasons are left out, so refreshing a large incident
    // does not parse them for every member.
    private static readonly string MembersOfIncidentSql = $"""
        SELECT e.id, e.report_id, e.incident_id, NULL, r.source, r.external_id, {EventColumns.SelectList("e", "evidence_json")}
        FROM events e JOIN reports r ON r.id = e.report_id WHERE e.incident_id = @i ORDER BY e.id
        """;

    private List<(StoredEvent Event, string? Source)> EventsOfIncident(long incidentId, DbTransaction? tx, bool membersOnly = false)
    {
        var cmd = Reused(membersOnly ? MembersOfIncidentSql : EventsOfIncidentSql, tx);
        Sql.Param(cmd, "i", incidentId);
        using var r = cmd.ExecuteReader();
        var list = new List<(StoredEvent, string?)>();
        while (r.Read())
        {
            var record = EventColumns.Read(r, 6, Sql.Long(r, 1));
            record.ReportId = r.GetString(5);
            var why = Sql.Str(r, 3) is { } json ? JsonSerializer.Deserialize<MergeExplanation>(json, SitrepJson.Options) : null;
            list.Add((new StoredEvent(Sql.Long(r, 0), Sql.Long(r, 1), Sql.Long(r, 2), record, why), Sql.Str(r, 4)));
        }
        return list;
    }

    /// <summary>Recomputes an incident's record from its events, or deletes it when none is left.</summary>
    private void RefreshIncident(long id, DbTransaction tx)
    {
        var members = EventsOfIncident(id, tx, membersOnly: true);
        if (members.Count == 0)
        {
            using var del = Command("DELETE FROM incidents WHERE id = @id", tx);
            Sql.Param(del, "id", id);
            del.ExecuteNonQuery();
            IndexIncidentLocation(id, null, null, tx);
            return;
        }
        var machine = IncidentSummary.Build(id, members.Select(m => new IncidentMember(m.Event.Record, m.Source, m.Event.ReportId)).ToList(), Sql.Now());
        // The row shows what analysts corrected; the machine's values stay in the events and are rebuilt on request.
        var row = ReviewRules.Effective(machine, ReviewsOf(id, tx));
        var cmd = Reused(UpdateIncidentSql, tx);
        BindIncident(cmd, row);
        Sql.Param(cmd, "id", id);
        cmd.ExecuteNonQuery();
        IndexIncidentLocation(id, row.Latitude, row.Longitude, tx);
    }

    public long SplitEvent(long eventId) => Locked(() =>
    {
        using var tx = BeginWrite();
        long reportId, incidentId;
        using (var cmd = Command("SELECT report_id, incident_id FROM events WHERE id = @id", tx))
        {
            Sql.Param(cmd, "id", eventId);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) throw new InputException($"event {eventId}", "is not in the store");
            reportId = Sql.Long(r, 0);
            incidentId = Sql.Long(r, 1);
        }
        var others = EventsOfIncident(incidentId, tx, membersOnly: true).Select(m => m.Event.ReportId).Where(r => r != reportId).Distinct().ToList();
        if (others.Count == 0) { tx.Commit(); return incidentId; }
        var newId = NewIncident(tx);
        using (var move = Command("UPDATE events SET incident_id = @n, merge_json = NULL WHERE id = @id", tx))
        {
            Sql.Param(move, "n", newId); Sql.Param(move, "id", eventId);
            move.ExecuteNonQuery();
        }
        foreach (var other in others)
        {
            using var keep = Command("INSERT INTO kept_apart (report_a, report_b, decided_at) VALUES (@a, @b, @now) ON CONFLICT DO NOTHING", tx);
            Sql.Param(keep, "a", Math.Min(reportId, other)); Sql.Param(keep, "b", Math.Max(reportId, other)); Sql.Param(keep, "now", Sql.Now());
            keep.ExecuteNonQuery();
        }
        RefreshIncident(incidentId, tx);
        RefreshIncident(newId, tx);
        tx.Commit();
        return newId;
    });

    public IncidentDetail? GetIncident(long incidentId) => Locked(() =>
    {
        var row = QueryIncidentRows($"SELECT {IncidentSelect} FROM incidents i WHERE i.id = @id", c => Sql.Param(c, "id", incidentId)).FirstOrDefault();
        if (row is null) return null;
        var members = EventsOfIncident(incidentId, null);
        var ids = members.Select(m => m.Event.ReportId).Distinct().ToList();
        var reports = new List<ReportSummary>();
        var texts = new Dictionary<long, string>();
        using (var cmd = Command($"SELECT id, external_id, title, source, url, published, pipeline_version, coded_at, text FROM reports WHERE id IN ({string.Join(",", ids)}) ORDER BY id"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                reports.Add(new ReportSummary(Sql.Long(r, 0), r.GetString(1), Sql.Str(r, 2), Sql.Str(r, 3), Sql.Str(r, 4), Sql.Date(Sql.Str(r, 5)), r.GetString(6), r.GetString(7)));
                texts[Sql.Long(r, 0)] = r.GetString(8);
            }
        var events = members.Select(m => m.Event with { Sentences = EvidenceSentences.Of(m.Event.Record, texts.GetValueOrDefault(m.Event.ReportId)) }).ToList();
        var machine = IncidentSummary.Build(incidentId, members.Select(m => new IncidentMember(m.Event.Record, m.Source, m.Event.ReportId)).ToList(), row.UpdatedAt);
        return new IncidentDetail(row, reports, events, machine with { ReviewStatus = "unreviewed" }, ReviewsOf(incidentId, null));
    });

    public IncidentDetail? Review(long incidentId, ReviewDecision decision)
    {
        var stored = Locked(() =>
        {
            using var tx = BeginWrite();
            var current = QueryIncidentRows($"SELECT {IncidentSelect} FROM incidents i WHERE i.id = @id", c => { c.Transaction = tx; Sql.Param(c, "id", incidentId); })
                .FirstOrDefault();
            if (current is null || current.EventCount == 0) { tx.Rollback(); return false; }
            var now = Sql.Now();
            void Insert(string? field, string? oldValue, string? newValue)
            {
                using var cmd = Command("""
                    INSERT INTO reviews (incident_id, action, field, old_value, new_value, reviewer, note, reviewed_at)
                    VALUES (@incident, @action, @field, @old, @new, @reviewer, @note, @now)
                    """, tx);
                Sql.Param(cmd, "incident", incidentId); Sql.Param(cmd, "action", decision.Action); Sql.Param(cmd, "field", field);
                Sql.Param(cmd, "old", oldValue); Sql.Param(cmd, "new", newValue); Sql.Param(cmd, "reviewer", decision.Reviewer);
                Sql.Param(cmd, "note", decision.Note); Sql.Param(cmd, "now", now);
                cmd.ExecuteNonQuery();
            }
            if (decision.Changes.Count == 0) Insert(null, null, null);
            foreach (var c in decision.Changes) Insert(c.Field, ReviewRules.ValueOf(current, c.Field), c.Value);
            RefreshIncident(incidentId, tx);
            tx.Commit();
            return true;
        });
        return stored ? GetIncident(incidentId) : null;
    }

    private List<IncidentReview> ReviewsOf(long incidentId, DbTransaction? tx)
    {
        using var cmd = Command("SELECT id, incident_id, action, field, old_value, new_value, reviewer, note, reviewed_at FROM reviews WHERE incident_id = @i ORDER BY id", tx);
        Sql.Param(cmd, "i", incidentId);
        using var r = cmd.ExecuteReader();
        var list = new List<IncidentReview>();
        while (r.Read())
            list.Add(new IncidentReview(Sql.Long(r, 0), Sql.Long(r, 1), r.GetString(2), Sql.Str(r, 3), Sql.Str(r, 4), Sql.Str(r, 5), r.GetString(6),
                Sql.Str(r, 7), r.GetString(8)));
        return list;
    }

    /// <summary>
    /// After recoding a report, reviews of an incident that no longer exists follow the report's events when they now
    /// form exactly one incident; otherwise they stay in the audit trail under the old number.
    /// </summary>
    private void CarryReviews(long reportId, IEnumerable<long> formerIncidents, DbTransaction tx)
    {
        var now = IncidentsOfReport(reportId, tx);
        if (now.Count != 1) return;
        foreach (var old in formerIncidents.Where(o => o != now[0]))
        {
            using (var exists = Command("SELECT count(*) FROM incidents WHERE id = @id", tx))
            {
                Sql.Param(exists, "id", old);
                if (Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) continue;
            }
            using var move = Command("UPDATE reviews SET incident_id = @n WHERE incident_id = @o", tx);
            Sql.Param(move, "n", now[0]); Sql.Param(move, "o", old);
            if (move.ExecuteNonQuery() > 0) RefreshIncident(now[0], tx);
        }
    }
}
