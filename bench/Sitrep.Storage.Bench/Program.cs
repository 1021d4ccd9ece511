using System.Diagnostics;
using System.Globalization;
using Sitrep.Storage;
using Sitrep.Storage.Bench;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;

// Prints ingest throughput and peak memory, and query latency percentiles, for SQLite and PostgreSQL.
// Usage: Sitrep.Storage.Bench [--scale 0.1] [--postgres CONNECTION] [--only sqlite|postgres] [--part ingest|queries]
var scale = 1.0;
string? postgres = Environment.GetEnvironmentVariable("SITREP_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");
string? only = null;
string? part = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--scale": scale = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--postgres": postgres = args[++i]; break;
        case "--only": only = args[++i]; break;
        case "--part": part = args[++i]; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}; options: --scale F, --postgres CONNECTION, --only sqlite|postgres, --part ingest|queries"); return 2;
    }
}

var kinds = new List<string>();
if (only is null or "sqlite") kinds.Add("sqlite");
if (only is null or "postgres")
{
    if (postgres is null) Console.WriteLine("postgres: skipped (give --postgres or set SITREP_BENCH_POSTGRES)");
    else kinds.Add("postgres");
}

int Scaled(int n) => Math.Max(100, (int)(n * scale));
Console.WriteLine($"scale {scale}; {Environment.ProcessorCount} cores; {RuntimeVersion()}; load average {LoadAverage()}");

foreach (var kind in kinds)
{
    foreach (var n in part is "queries" ? [] : new[] { Scaled(10_000), Scaled(100_000) })
    {
        using var store = NewStore(kind, postgres);
        var reports = new SyntheticReports(n);
        var codings = new Dictionary<string, CodedReport>();
        var items = Enumerable.Range(0, n).Select(i =>
        {
            var (report, coding) = reports.Next(i);
            lock (codings) codings[report.ExternalId] = coding;
            return SourceItem.Ok(report);
        });
        var ingestor = new Ingestor(store, s => { lock (codings) { var c = codings[s.ExternalId]; codings.Remove(s.ExternalId); return c; } }, "bench", TextWriter.Null);
        using var memory = new PeakMemory();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var totals = ingestor.Run(items);
        watch.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / totals.Coded;
        Console.WriteLine($"{kind,-8} ingest {n,7} reports: {totals.Coded / watch.Elapsed.TotalSeconds,6:0} reports/s wall ({watch.Elapsed.TotalSeconds:0.0} s), {cpuMs:0.00} ms CPU per report in this process, peak working set {memory.PeakMb:0} MB; one transaction per report, incident matching on");
    }

    if (part is "ingest") continue;
    var events = Scaled(1_000_000);
    using (var store = NewStore(kind, postgres))
    {
        var reports = new SyntheticReports(7);
        var watch = Stopwatch.StartNew();
        store.Import(Enumerable.Range(0, events).Select(reports.Next), 2000);
        Console.WriteLine($"{kind,-8} loaded {events} events in {watch.Elapsed.TotalSeconds:0} s ({events / watch.Elapsed.TotalSeconds:0}/s, 2000 reports per transaction)");
        var r = new Random(11);
        var map = Measure(200, () =>
        {
            var lat = 20 + r.NextDouble() * 19; var lon = 30 + r.NextDouble() * 19;
            return store.QueryIncidents(new EventQuery { Box = new BoundingBox(lat, lon, lat + 1, lon + 1), Limit = 500 }).Items.Count;
        });
        Console.WriteLine($"{kind,-8} map window 1x1 degree over {events} events: p50 {map.P50:0.0} ms, p99 {map.P99:0.0} ms, {map.MeanRows:0} rows on average (limit 500)");
        var text = Measure(200, () => store.QueryIncidents(new EventQuery { Text = SyntheticReports.SearchWord(r) + " " + SyntheticReports.SearchWord(r), Limit = 100 }).Items.Count);
        Console.WriteLine($"{kind,-8} text search (two words) over {events} events: p50 {text.P50:0.0} ms, p99 {text.P99:0.0} ms, {text.MeanRows:0} rows on average (limit 100)");
    }
}
return 0;

static SqlEventStore NewStore(string kind, string? postgres)
{
    if (kind == "sqlite")
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return SqliteEventStore.Open(Path.Combine(dir, "bench.db"));
    }
    var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
    using (var conn = new Npgsql.NpgsqlConnection(PostgresEventStore.ToConnectionString(postgres!)))
    {
        conn.Open();
        using var cmd = new Npgsql.NpgsqlCommand($"CREATE SCHEMA {schema}", conn);
        cmd.ExecuteNonQuery();
    }
    return PostgresEventStore.Open(new Npgsql.NpgsqlConnectionStringBuilder(PostgresEventStore.ToConnectionString(postgres!)) { SearchPath = schema }.ConnectionString);
}

static (double P50, double P99, double MeanRows) Measure(int runs, Func<int> query)
{
    query();
    var times = new List<double>();
    long rows = 0;
    for (var i = 0; i < runs; i++)
    {
        var w = Stopwatch.StartNew();
        rows += query();
        times.Add(w.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (times[runs / 2], times[Math.Min(runs - 1, (int)Math.Ceiling(runs * 0.99) - 1)], rows / (double)runs);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string RuntimeVersion() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

/// <summary>Samples the process working set every 50 ms; the figure is the largest seen.</summary>
sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public PeakMemory()
    {
        GC.Collect();
        _peak = Environment.WorkingSet;
        _timer = new Timer(_ => { var ws = Environment.WorkingSet; if (ws > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, ws); }, null, 0, 50);
    }

    public double PeakMb => Interlocked.Read(ref _peak) / (1024.0 * 1024);

    public void Dispose() => _timer.Dispose();
}
