using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

public class CrashAndConcurrencyTests
{
    private static string WriteBatch(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), "sitrep-store-tests", Guid.NewGuid().ToString("N") + ".jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var w = new StreamWriter(path);
        for (var i = 0; i < count; i++)
            w.WriteLine(JsonSerializer.Serialize(new
            {
                id = $"r{i}",
                text = $"Report {i}: residents of district {i % 40} said shots were fired near checkpoint {i} on Monday; {i % 7} people were hurt.",
                published = "2024-05-06",
                source = $"Outlet {i % 9}",
            }));
        return path;
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Killing_an_ingest_then_ingesting_again_stores_every_report_exactly_once(string kind)
    {
        const int total = 300;
        var batch = WriteBatch(total);
        var db = TestStores.NewLocation(kind);
        using (TestStores.Open(db)) { }

        using (var first = Cli.StartQuiet("ingest", batch, "--db", db))
        {
            var watch = Stopwatch.StartNew();
            long seen = 0;
            while (!first.HasExited && watch.Elapsed < TimeSpan.FromMinutes(5))
            {
                seen = CountReports(db);
                if (seen >= 10) break;
                Thread.Sleep(5);
            }
            Assert.False(first.HasExited, "the ingest finished before it could be interrupted");
            first.Kill();
            first.WaitForExit();
        }

        using (var store = TestStores.Open(db))
        {
            var counts = store.Counts();
            Assert.InRange(counts.Reports, 10, total - 1);
            // Nothing half-written: every stored report has its job marked done, and no job is done without its report.
            Assert.Equal(counts.Reports, Scalar(store, "SELECT count(*) FROM jobs WHERE status = 'done'"));
            Assert.Equal(0, Scalar(store, "SELECT count(*) FROM jobs j WHERE j.status = 'done' AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = j.report_id)"));
            if (kind == "sqlite")
            {
                using var check = store.Command("PRAGMA integrity_check");
                Assert.Equal("ok", check.ExecuteScalar());
            }
        }

        var (exit, _, err) = Cli.Run("ingest", batch, "--db", db);
        Assert.True(exit == 0, err);

        using (var store = TestStores.Open(db))
        {
            Assert.Equal(total, store.Counts().Reports);
            Assert.Equal(0, store.Counts().PendingJobs);
            Assert.Equal(total, Scalar(store, "SELECT count(DISTINCT external_id) FROM reports"));
            Assert.Equal(total, Scalar(store, "SELECT count(*) FROM jobs"));
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Two_workers_sharing_a_batch_never_code_the_same_report(string kind)
    {
        const int total = 240;
        var db = TestStores.NewLocation(kind);
        var reports = Enumerable.Range(0, total)
            .Select(i => SourceItem.Ok(new ReportSubmission($"s{i}", $"Shared report {i}: a convoy was stopped at crossing {i}.", Origin: "shared")))
            .ToList();
        var coded = new ConcurrentBag<(string Worker, string Report)>();
        using var start = new Barrier(2);

        void Work(string worker)
        {
            using var store = TestStores.Open(db);
            var ingestor = new Ingestor(store, s =>
            {
                coded.Add((worker, s.ExternalId));
                Thread.Sleep(1);
                return new CodedReport([], "v1");
            }, worker, TextWriter.Null) { ChunkSize = 40 };
            start.SignalAndWait();
            ingestor.Run(reports);
        }

        var a = Task.Factory.StartNew(() => Work("worker-a"), TaskCreationOptions.LongRunning);
        var b = Task.Factory.StartNew(() => Work("worker-b"), TaskCreationOptions.LongRunning);
        Task.WaitAll(a, b);

        Assert.Equal(total, coded.Count);
        Assert.Equal(total, coded.Select(c => c.Report).Distinct().Count());
        if (kind == "postgres")
        {
            // Both really worked in parallel (SQLite lets one writer in at a time, so there one may take every report).
            Assert.Contains(coded, c => c.Worker == "worker-a");
            Assert.Contains(coded, c => c.Worker == "worker-b");
        }
        using var check = TestStores.Open(db);
        Assert.Equal(total, check.Counts().Reports);
        Assert.All(check.Jobs(limit: total), j => Assert.Equal(1, j.Attempts));
    }

    [PostgresFact]
    public void Two_bulk_imports_whose_reports_touch_families_in_opposite_orders_both_finish()
    {
        var db = TestStores.NewLocation("postgres");
        // Each transaction holds a strike and a battle; one import meets the strike first, the other the battle.
        IEnumerable<(ReportSubmission, CodedReport)> Reports(string prefix, bool strikeFirst) => Enumerable.Range(0, 120).Select(i =>
        {
            var strike = (i % 2 == 0) == strikeFirst;
            var e = IncidentReports.Record($"{prefix}{i}", "2024-05-06", 1, strike ? "Air/drone strike" : "Armed clash",
                strike ? "Explosions/Remote violence" : "Battles", "Military Forces of Syria", null, 0, $"{prefix} report {i}", 30 + i * 0.5, 40, 1);
            return (new ReportSubmission($"{prefix}{i}", $"{prefix} report {i} tells its own story.", Origin: "import"), new CodedReport([e], "v1"));
        });
        using var start = new Barrier(2);
        int Import(string prefix, bool strikeFirst)
        {
            using var store = TestStores.Open(db);
            start.SignalAndWait();
            return store.Import(Reports(prefix, strikeFirst), reportsPerTransaction: 2);
        }
        var a = Task.Factory.StartNew(() => Import("a", true), TaskCreationOptions.LongRunning);
        var b = Task.Factory.StartNew(() => Import("b", false), TaskCreationOptions.LongRunning);
        Task.WaitAll(a, b);
        Assert.Equal(120, a.Result);
        Assert.Equal(120, b.Result);
    }

    [Fact]
    public void A_second_sqlite_writer_gets_a_clear_message_and_the_file_stays_intact()
    {
        var path = TestStores.NewLocation("sqlite");
        using (var store = SqliteEventStore.Open(path)) FakeEventStage.Ingest(store, IncidentReports.OneStrikeTenOutlets());

        using var holder = new SqliteConnection($"Data Source={path};Pooling=false");
        holder.Open();
        using (var store = SqliteEventStore.Open(path, TimeSpan.FromSeconds(1)))
        {
            using var held = holder.BeginTransaction(deferred: false);
            var e = Assert.Throws<StoreLockedException>(() => store.Enqueue(new ReportSubmission("x", "A new report arrives.")));
            Assert.Contains("store is locked by another writer", e.Message);
            Assert.Contains(path, e.Message);
            // Readers are not blocked by the writer (WAL).
            Assert.Equal(10, store.Counts().Reports);
            held.Rollback();
        }

        using var after = SqliteEventStore.Open(path);
        Assert.Equal(EnqueueResult.Queued, after.Enqueue(new ReportSubmission("x", "A new report arrives.")));
        using var check = after.Command("PRAGMA integrity_check");
        Assert.Equal("ok", check.ExecuteScalar());
    }

    [PostgresFact]
    public void PostgreSQL_tests_run_against_a_real_server()
    {
        using var store = TestStores.New("postgres");
        using var cmd = store.Command("SELECT version()");
        Assert.StartsWith("PostgreSQL", (string)cmd.ExecuteScalar()!);
    }

    /// <summary>A plain read that takes no write lock, so watching does not slow the ingest it watches.</summary>
    private static long CountReports(string db)
    {
        if (EventStores.IsPostgres(db))
        {
            using var pg = new Npgsql.NpgsqlConnection(db);
            pg.Open();
            using var q = new Npgsql.NpgsqlCommand("SELECT count(*) FROM reports", pg);
            return Convert.ToInt64(q.ExecuteScalar());
        }
        using var conn = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=false");
        conn.Open();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM reports";
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    private static long Scalar(SqlEventStore store, string sql)
    {
        using var cmd = store.Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar());
    }
}
