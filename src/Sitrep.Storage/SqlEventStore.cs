using System.Data.Common;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Storage.Incidents;

namespace Sitrep.Storage;

/// <summary>
/// The store logic both databases share: the job queue, one transaction per report, incident matching and
/// queries. Subclasses supply the dialect: how to lock, claim a job, search text and search the map.
/// </summary>
public abstract partial class SqlEventStore : IEventStore
{
    private readonly object _gate = new();
    private readonly SubEventFamilies _families = SubEventFamilies.Load();

    protected SqlEventStore(DbConnection connection, string description, IncidentMatcher? matcher)
    {
        Connection = connection;
        Description = description;
        Matcher = matcher ?? new IncidentMatcher();
    }

    protected DbConnection Connection { get; }
    public IncidentMatcher Matcher { get; }
    public string Description { get; }

    /// <summary>Starts a write transaction, waiting for other writers as long as the store allows.</summary>
    protected abstract DbTransaction BeginWrite();

    /// <summary>Appended to the query that picks the next queued job, so concurrent workers never take the same one.</summary>
    protected abstract string ClaimSuffix { get; }

    /// <summary>Serializes incident decisions for these families among concurrent writers until the transaction ends.</summary>
    protected abstract void LockFamilies(IEnumerable<string> families, DbTransaction tx);

    /// <summary>Keeps any spatial index of incidents in step with the incidents table.</summary>
    protected abstract void IndexIncidentLocation(long id, double? latitude, double? longitude, DbTransaction tx);

    /// <summary>Turns a database error into one a user can act on.</summary>
    protected virtual Exception Translate(Exception e) => e;

    protected T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            try { return action(); }
            catch (Exception e) when (Translate(e) is var t && !ReferenceEquals(t, e)) { throw t; }
        }
    }

    public DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private readonly Dictionary<string, DbCommand> _reused = new(StringComparer.Ordinal);

    /// <summary>
    /// A command kept for the store's lifetime, for statements run once or more per event: the database parses and
    /// plans them once instead of every time. Callers hold the lock, never dispose it, and set every parameter on each
    /// use (Sql.Param replaces a value; clearing the parameters instead makes Npgsql reuse the old values once it has
    /// prepared the statement).
    /// </summary>
    protected DbCommand Reused(string sql, DbTransaction? tx)
    {
        if (!_reused.TryGetValue(sql, out var cmd)) _reused[sql] = cmd = Command(sql);
        cmd.Transaction = tx;
        return cmd;
    }

    public EnqueueResult Enqueue(ReportSubmission report) =>
        EnqueueMany([report]).Queued == 1 ? EnqueueResult.Queued : EnqueueResult.Duplicate;

    /// <summary>Queues reports in transactions of a few hundred; returns how many were new.</summary>
    public (int Queued, int Duplicates) EnqueueMany(IEnumerable<ReportSubmission> reports, int perTransaction = 500)
    {
        int queued = 0, duplicates = 0;
        foreach (var chunk in reports.Chunk(perTransaction))
        {
            Locked(() =>
            {
                using var tx = BeginWrite();
                foreach (var r in chunk)
                {
                    if (InsertJob(r, "pending", tx) is null) duplicates++; else queued++;
                }
                tx.Commit();
                return 0;
            });
        }
        return (queued, duplicates);
    }

    private long? InsertJob(ReportSubmission r, string status, DbTransaction tx)
    {
        var cmd = Reused("""
            INSERT INTO jobs (external_id, origin, text_hash, url, title, source, published, text, status, attempts, queued_at)
            VALUES (@external_id, @origin, @text_hash, @url, @title, @source, @published, @text, @status, 0, @now)
            ON CONFLICT DO NOTHING RETURNING id
            """, tx);
        Sql.Param(cmd, "external_id", r.ExternalId);
        Sql.Param(cmd, "origin", r.Origin);
        Sql.Param(cmd, "text_hash", ReportText.Hash(r.Text));
        Sql.Param(cmd, "url", ReportText.CanonicalUrl(r.Url));
        Sql.Param(cmd, "title", r.Title);
        Sql.Param(cmd, "source", r.Source);
        Sql.Param(cmd, "published", Sql.Iso(r.Published));
        Sql.Param(cmd, "text", r.Text);
        Sql.Param(cmd, "status", status);
        Sql.Param(cmd, "now", Sql.Now());
        var id = cmd.ExecuteScalar();
        return id is null or DBNull ? null : Convert.ToInt64(id, CultureInfo.InvariantCulture);
    }

    public JobOutcome? CodeNext(string worker, Func<ReportSubmission, CodedReport> code) => Locked(() =>
    {
        using var tx = BeginWrite();
        long jobId;
        ReportSubmission sub;
        using (var cmd = Command("SELECT id, external_id, origin, text, published, source, url, title FROM jobs WHERE status = 'pending' ORDER BY id LIMIT 1" + ClaimSuffix, tx))
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read()) { r.Close(); tx.Commit(); return null; }
            jobId = Sql.Long(r, 0);
            sub = new ReportSubmission(r.GetString(1), r.GetString(3), Sql.Date(Sql.Str(r, 4)), Sql.Str(r, 5), Sql.Str(r, 6), Sql.Str(r, 7), r.GetString(2));
        }

        CodedReport coding;
        try { coding = code(sub); }
        catch (Exception e)
        {
            var error = e is InputException ? e.Message : $"could not be coded ({e.GetType().Name}: {e.Message})";
            using var fail = Command("UPDATE jobs SET status = 'failed', worker = @w, attempts = attempts + 1, error = @e, finished_at = @now WHERE id = @id", tx);
            Sql.Param(fail, "w", worker); Sql.Param(fail, "e", error); Sql.Param(fail, "now", Sql.Now()); Sql.Param(fail, "id", jobId);
            fail.ExecuteNonQuery();
            tx.Commit();
            return new JobOutcome(jobId, sub.ExternalId, sub.Origin, null, 0, error);
        }

        var reportId = InsertReport(sub, coding, tx);
        WriteEvents(reportId, sub.Source, sub.Text, coding.Events, tx);
        FinishJob(jobId, worker, reportId, tx);
        tx.Commit();
        return new JobOutcome(jobId, sub.ExternalId, sub.Origin, reportId, coding.Events.Count, null);
    });

    private void FinishJob(long jobId, string worker, long reportId, DbTransaction tx)
    {
        // The text now lives in the report; the job keeps its hash so the same text is still recognised.
        var done = Reused("UPDATE jobs SET status = 'done', worker = @w, attempts = attempts + 1, report_id = @r, text = '', finished_at = @now WHERE id = @id", tx);
        Sql.Param(done, "w", worker); Sql.Param(done, "r", reportId); Sql.Param(done, "now", Sql.Now()); Sql.Param(done, "id", jobId);
        done.ExecuteNonQuery();
    }

    private long InsertReport(ReportSubmission sub, CodedReport coding, DbTransaction tx)
    {
        var cmd = Reused("""
            INSERT INTO reports (external_id, origin, url, text_hash, source, title, published, text, pipeline_version, coded_at, event_count)
            VALUES (@external_id, @origin, @url, @text_hash, @source, @title, @published, @text, @version, @now, @events)
            RETURNING id
            """, tx);
        Sql.Param(cmd, "external_id", sub.ExternalId);
        Sql.Param(cmd, "origin", sub.Origin);
        Sql.Param(cmd, "url", ReportText.CanonicalUrl(sub.Url));
        Sql.Param(cmd, "text_hash", ReportText.Hash(sub.Text));
        Sql.Param(cmd, "source", sub.Source);
        Sql.Param(cmd, "title", sub.Title);
        Sql.Param(cmd, "published", Sql.Iso(sub.Published));
        Sql.Param(cmd, "text", sub.Text);
        Sql.Param(cmd, "version", coding.PipelineVersion);
        Sql.Param(cmd, "now", Sql.Now());
        Sql.Param(cmd, "events", coding.Events.Count);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public int Import(IEnumerable<(ReportSubmission Report, CodedReport Coding)> reports, int reportsPerTransaction = 1000)
    {
        var stored = 0;
        foreach (var chunk in reports.Chunk(reportsPerTransaction))
        {
            stored += Locked(() =>
            {
                var n = 0;
                using var tx = BeginWrite();
                // Every family the chunk touches is locked first, in one order: taken report by report, the locks of a
                // long transaction would pile up in any order and could deadlock with another writer.
                var families = chunk.SelectMany(c => c.Coding.Events).Select(e => _families.Of(e.SubEventType)).Distinct()
                    .Order(StringComparer.Ordinal).ToList();
                LockFamilies(families, tx);
                var locked = families.ToHashSet(StringComparer.Ordinal);
                foreach (var (report, coding) in chunk)
                {
                    if (InsertJob(report, "pending", tx) is not { } jobId) continue;
                    var reportId = InsertReport(report, coding, tx);
                    WriteEvents(reportId, report.Source, report.Text, coding.Events, tx, locked);
                    FinishJob(jobId, "import", reportId, tx);
                    n++;
                }
                tx.Commit();
                return n;
            });
        }
        return stored;
    }

    public IEnumerable<StoredReport> Reports(long afterId = 0, int limit = 500) => Locked(() =>
    {
        var list = new List<StoredReport>();
        using var cmd = Command("SELECT id, external_id, text, published, source, url, title, origin, text_hash, pipeline_version, coded_at, event_count FROM reports WHERE id > @after ORDER BY id LIMIT @limit");
        Sql.Param(cmd, "after", afterId);
        Sql.Param(cmd, "limit", limit);
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new StoredReport(Sql.Long(r, 0), r.GetString(1), r.GetString(2), Sql.Date(Sql.Str(r, 3)), Sql.Str(r, 4), Sql.Str(r, 5),
                Sql.Str(r, 6), Sql.Str(r, 7) ?? "", r.GetString(8), r.GetString(9), r.GetString(10), Sql.Int(r, 11)));
        return (IEnumerable<StoredReport>)list;
    });

    public int Recode(long reportId, CodedReport coding) => Locked(() =>
    {
        using var tx = BeginWrite();
        string? source;
        string text;
        using (var cmd = Command("SELECT source, text FROM reports WHERE id = @id", tx))
        {
            Sql.Param(cmd, "id", reportId);
            using var r = cmd.ExecuteReader();
            if (!r.Read()) throw new InvalidOperationException($"report {reportId} is not in the store");
            source = Sql.Str(r, 0);
            text = r.GetString(1);
        }
        var affected = IncidentsOfReport(reportId, tx);
        using (var del = Command("DELETE FROM events WHERE report_id = @id", tx))
        {
            Sql.Param(del, "id", reportId);
            del.ExecuteNonQuery();
        }
        foreach (var incident in affected) RefreshIncident(incident, tx);
        WriteEvents(reportId, source, text, coding.Events, tx);
        CarryReviews(reportId, affected, tx);
        using (var upd = Command("UPDATE reports SET pipeline_version = @v, coded_at = @now, event_count = @n WHERE id = @id", tx))
        {
            Sql.Param(upd, "v", coding.PipelineVersion); Sql.Param(upd, "now", Sql.Now());
            Sql.Param(upd, "n", coding.Events.Count); Sql.Param(upd, "id", reportId);
            upd.ExecuteNonQuery();
        }
        tx.Commit();
        return coding.Events.Count;
    });

    public IReadOnlyList<IngestJob> Jobs(JobStatus? status = null, int limit = 100) => Locked(() =>
    {
        var sql = "SELECT id, external_id, origin, status, worker, attempts, error, report_id, queued_at, finished_at FROM jobs"
            + (status is null ? "" : " WHERE status = @s") + " ORDER BY id LIMIT @limit";
        using var cmd = Command(sql);
        if (status is { } s) Sql.Param(cmd, "s", s.ToString().ToLowerInvariant());
        Sql.Param(cmd, "limit", limit);
        var list = new List<IngestJob>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
            list.Add(new IngestJob(Sql.Long(r, 0), r.GetString(1), Sql.Str(r, 2) ?? "", Enum.Parse<JobStatus>(r.GetString(3), true),
                Sql.Str(r, 4), Sql.Int(r, 5), Sql.Str(r, 6), Sql.LongOrNull(r, 7), r.GetString(8), Sql.Str(r, 9)));
        return (IReadOnlyList<IngestJob>)list;
    });

    public StoreCounts Counts() => Locked(() =>
    {
        long Count(string sql) { using var c = Command(sql); return Convert.ToInt64(c.ExecuteScalar(), CultureInfo.InvariantCulture); }
        return new StoreCounts(Count("SELECT count(*) FROM reports"), Count("SELECT count(*) FROM events"), Count("SELECT count(*) FROM incidents"),
            Count("SELECT count(*) FROM jobs WHERE status = 'pending'"), Count("SELECT count(*) FROM jobs WHERE status = 'failed'"));
    });

    public bool MarkFeedItemSeen(string feedUrl, string itemKey) => Locked(() =>
    {
        using var tx = BeginWrite();
        using var cmd = Command("INSERT INTO feed_items (feed, item_key, seen_at) VALUES (@f, @k, @now) ON CONFLICT DO NOTHING", tx);
        Sql.Param(cmd, "f", feedUrl); Sql.Param(cmd, "k", itemKey); Sql.Param(cmd, "now", Sql.Now());
        var n = cmd.ExecuteNonQuery();
        tx.Commit();
        return n == 1;
    });

    public bool FeedItemSeen(string feedUrl, string itemKey) => Locked(() =>
    {
        using var cmd = Command("SELECT count(*) FROM feed_items WHERE feed = @f AND item_key = @k");
        Sql.Param(cmd, "f", feedUrl); Sql.Param(cmd, "k", itemKey);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    });

    public virtual void Dispose()
    {
        foreach (var cmd in _reused.Values) cmd.Dispose();
        _reused.Clear();
        Connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
