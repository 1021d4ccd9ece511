using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Bench;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;
using Sitrep.Web;

// The store's figures on SQLite and PostgreSQL, over synthetic reports (see SyntheticReports):
//   ingest:  reports per second and peak memory of `sitrep ingest` (real pipeline + store), for each --reports size;
//   queries: a store of --events events loaded in bulk, then map-window and text-search latency through IEventStore
//            and GET /api/events latency through the real web app on a 127.0.0.1 port.
const string Usage = """
    usage: Sitrep.Storage.Bench [--part ingest|queries|sample|all] [--reports 10000,100000] [--events 1000000]
                                [--only sqlite|postgres] [--postgres CONNECTION] [--store LOCATION] [--keep] [--runs 200]
      --part      what to measure (default all: ingest, then queries)
      --reports   report counts for the ingest figures (comma-separated)
      --events    events in the store the query figures are measured over
      --postgres  PostgreSQL connection (also SITREP_BENCH_POSTGRES or SITREP_TEST_POSTGRES); without it PostgreSQL is skipped
      --store     measure queries over this store (SQLite path or PostgreSQL connection), loading events only if it holds fewer;
                  it is kept
      --keep      keep the stores built for queries (default: delete them at the end)
      --runs      timed runs per query kind
    """;

var part = "all";
var reportSizes = new[] { 10_000, 100_000 };
var eventCount = 1_000_000;
string? postgres = Environment.GetEnvironmentVariable("SITREP_BENCH_POSTGRES") is { Length: > 0 } bp ? bp : Environment.GetEnvironmentVariable("SITREP_TEST_POSTGRES");
string? only = null, storeLocation = null;
var keep = false;
var runs = 200;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
        int Count(string s, string option) => int.TryParse(s.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n : throw new ArgumentException($"{option} '{s}' is not a positive whole number");
        switch (args[i])
        {
            case "--part": part = Value(); if (part is not ("ingest" or "queries" or "sample" or "all")) throw new ArgumentException($"--part '{part}' is not ingest, queries, sample or all"); break;
            case "--reports": reportSizes = Value().Split(',').Select(s => Count(s, "--reports")).ToArray(); break;
            case "--events": eventCount = Count(Value(), "--events"); break;
            case "--only": only = Value(); if (only is not ("sqlite" or "postgres")) throw new ArgumentException($"--only '{only}' is not sqlite or postgres"); break;
            case "--postgres": postgres = Value(); break;
            case "--store": storeLocation = Value(); break;
            case "--keep": keep = true; break;
            case "--runs": runs = Count(Value(), "--runs"); break;
            case "-h" or "--help": Console.WriteLine(Usage); return 0;
            default: throw new ArgumentException($"unknown option '{args[i]}'");
        }
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"bench: {e.Message}\n{Usage}");
    return 2;
}

var world = World.Load(DataFolder.Locate());
Console.WriteLine($"{Environment.ProcessorCount} cores; {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}; load average {LoadAverage()}; " +
    $"{world.Countries.Count} countries, {world.Countries.Sum(c => c.Towns.Length)} towns");

if (part == "sample")
{
    // What the generated reports look like and what the pipeline makes of them: to judge the benchmark's input.
    var pipeline = DefaultPipeline.Create(new PipelineOptions());
    var gen = new SyntheticReports(world, 3, 1000);
    for (var i = 0; i < 8; i++)
    {
        var (report, coding) = gen.Next();
        var coded = pipeline.Run(report.ToInput()).Events;
        Console.WriteLine($"--- {report.ExternalId} published {report.Published:yyyy-MM-dd} by {report.Source}: {report.Title}\n{report.Text}");
        foreach (var e in coding.Events) Console.WriteLine($"  generated: {Describe(e)}");
        foreach (var e in coded) Console.WriteLine($"  pipeline:  {Describe(e)}");
    }
    return 0;
}

var kinds = new List<string>();
if (storeLocation is not null) kinds.Add(EventStores.IsPostgres(storeLocation) ? "postgres" : "sqlite");
else
{
    if (only is null or "sqlite") kinds.Add("sqlite");
    if (only is null or "postgres")
    {
        if (postgres is null) Console.WriteLine("postgres: skipped (give --postgres or set SITREP_BENCH_POSTGRES)");
        else kinds.Add("postgres");
    }
}

if (part is "ingest" or "all")
{
    var clock = Stopwatch.StartNew();
    var pipeline = DefaultPipeline.Create(new PipelineOptions());
    var coder = Ingestor.PipelineCoder(pipeline);
    Console.WriteLine($"pipeline built in {clock.Elapsed.TotalSeconds:0.0} s (not counted below)");
    // Warm-up, so the first size does not pay for compiling the pipeline's code.
    var warm = new SyntheticReports(world, 99, 200);
    for (var i = 0; i < 200; i++) coder(warm.Next().Report);

    foreach (var kind in kinds)
        foreach (var n in reportSizes)
        {
            // A new, empty store each time (with --store, a new one beside it: a fresh schema in the same database).
            var (store, cleanup) = NewStore(kind, postgres ?? storeLocation);
            using (store)
            {
                var gen = new SyntheticReports(world, 1, n);
                var items = Enumerable.Range(0, n).Select(_ => SourceItem.Ok(gen.Next().Report));
                var ingestor = new Ingestor(store, coder, "bench", TextWriter.Null);
                GC.Collect();
                using var memory = new PeakMemory();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var totals = ingestor.Run(items);
                watch.Stop();
                var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, totals.Coded);
                var counts = store.Counts();
                Console.WriteLine($"{kind,-8} ingest {n,7} reports: {totals.Coded / watch.Elapsed.TotalSeconds,6:0.0} reports/s ({watch.Elapsed.TotalSeconds:0} s wall), " +
                    $"{cpuMs:0.00} ms CPU per report in this process, peak working set {memory.PeakMb:0} MB; {totals.Events} events in {counts.Incidents} incidents, " +
                    $"{totals.Errors} errors; real pipeline, one transaction per report");
            }
            cleanup();
        }
}

if (part is "queries" or "all")
{
    foreach (var kind in kinds)
    {
        var (store, cleanup) = storeLocation is not null ? (EventStores.Open(storeLocation), () => { }) : NewStore(kind, postgres);
        using (store)
        {
            var gen = new SyntheticReports(world, 7, (int)(eventCount / 1.25));
            var have = store.Counts().Events;
            if (have < eventCount)
            {
                Load(kind, store, gen, eventCount - have);
                if (kind == "postgres")
                {
                    // What PostgreSQL's documentation asks after a bulk load (autovacuum gets there too, later): fresh
                    // planner statistics and a visibility map, so counts can read indexes alone.
                    var watch = Stopwatch.StartNew();
                    using var vacuum = store.Command("VACUUM (ANALYZE)");
                    vacuum.CommandTimeout = 0;
                    vacuum.ExecuteNonQuery();
                    Console.WriteLine($"{kind,-8} VACUUM (ANALYZE) after the load: {watch.Elapsed.TotalSeconds:0} s");
                }
            }
            var counts = store.Counts();
            Console.WriteLine($"{kind,-8} store: {counts.Reports} reports, {counts.Events} events, {counts.Incidents} incidents; {DatabaseVersion(store)}");
            var events = counts.Events;
            var r = new Random(11);
            var q = new SyntheticReports(world, 7, 1);

            foreach (var degrees in new[] { 1.0, 5.0 })
            {
                var map = Measure(runs, () => store.QueryIncidents(new EventQuery { Box = q.MapWindow(r, degrees), Limit = 500 }).Items.Count);
                Console.WriteLine($"{kind,-8} map window {degrees}x{degrees} degrees over {events} events: p50 {map.P50:0.0} ms, p99 {map.P99:0.0} ms, max {map.Max:0.0} ms; {map.MeanRows:0} rows on average (limit 500)");
            }
            var byKind = new Dictionary<string, List<double>>();
            var text = Measure(runs, () =>
            {
                var (k, words) = q.SearchQuery(r);
                var w = Stopwatch.StartNew();
                var n = store.QueryIncidents(new EventQuery { Text = words, Limit = 100 }).Items.Count;
                (byKind.TryGetValue(k, out var l) ? l : byKind[k] = []).Add(w.Elapsed.TotalMilliseconds);
                return n;
            });
            Console.WriteLine($"{kind,-8} text search over {events} events: p50 {text.P50:0.0} ms, p99 {text.P99:0.0} ms, max {text.Max:0.0} ms; {text.MeanRows:0} rows on average (limit 100)");
            foreach (var (k, times) in byKind.OrderBy(kv => kv.Key))
            {
                times.Sort();
                Console.WriteLine($"{kind,-8}   {k,-14} {times.Count,4} searches: p50 {Percentile(times, 0.5):0.0} ms, p99 {Percentile(times, 0.99):0.0} ms");
            }

            Http(kind, store, q, events, runs).GetAwaiter().GetResult();
        }
        if (!keep && storeLocation is null) cleanup();
        else Console.WriteLine($"{kind,-8} store kept");
    }
}
return 0;

static void Load(string kind, IEventStore store, SyntheticReports gen, long events)
{
    var watch = Stopwatch.StartNew();
    long loaded = 0, reports = 0, next = 100_000;
    IEnumerable<(ReportSubmission, CodedReport)> Reports()
    {
        while (loaded < events)
        {
            var item = gen.Next();
            loaded += item.Coding.Events.Count;
            reports++;
            if (loaded >= next)
            {
                Console.WriteLine($"{kind,-8}   loaded {loaded} events ({loaded / watch.Elapsed.TotalSeconds:0}/s so far)");
                next += 100_000;
            }
            yield return item;
        }
    }
    store.Import(Reports(), 2000);
    Console.WriteLine($"{kind,-8} bulk import: {loaded} events from {reports} reports in {watch.Elapsed.TotalSeconds:0} s ({loaded / watch.Elapsed.TotalSeconds:0} events/s, " +
        $"incident matching on, 2000 reports per transaction); event dates {gen.Period.First:yyyy-MM-dd} to {gen.Period.Last:yyyy-MM-dd}");
}

static async Task Http(string kind, IEventStore store, SyntheticReports q, long events, int runs)
{
    var port = FreePort();
    var app = WebApp.Create(new WebAppOptions
    {
        Store = store,
        Coder = _ => throw new InvalidOperationException("the benchmark submits no reports"),
        Urls = [$"http://127.0.0.1:{port}"],
    });
    await app.StartAsync();
    try
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var r = new Random(5);
        var queries = new (string Name, Func<string> Url)[]
        {
            ("no filter, first page", () => "/api/events"),
            ("country and type", () => { var (c, t) = q.CountryAndType(r); return $"/api/events?country={Uri.EscapeDataString(c)}&type={Uri.EscapeDataString(t)}"; }),
            ("map bbox 2x2 degrees", () => { var b = q.MapWindow(r, 2); return FormattableString.Invariant($"/api/events?bbox={b.MinLongitude:0.####},{b.MinLatitude:0.####},{b.MaxLongitude:0.####},{b.MaxLatitude:0.####}&page_size=500"); }),
            ("text", () => $"/api/events?text={Uri.EscapeDataString(q.SearchQuery(r).Text)}"),
        };
        foreach (var (name, url) in queries)
        {
            var bytes = 0L;
            var m = Measure(runs, () =>
            {
                using var response = client.GetAsync(url()).GetAwaiter().GetResult();
                var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
                if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET returned {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                bytes += body.Length;
                return 1;
            });
            Console.WriteLine($"{kind,-8} GET /api/events {name,-22} over {events} events: p50 {m.P50:0.0} ms, p99 {m.P99:0.0} ms, max {m.Max:0.0} ms; {bytes / (runs + 1) / 1024.0:0} KB per response (JSON with total)");
        }
    }
    finally
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

static string DatabaseVersion(SqlEventStore store)
{
    using var cmd = store.Command(store is SqliteEventStore ? "SELECT 'SQLite ' || sqlite_version()" : "SELECT version()");
    return Convert.ToString(cmd.ExecuteScalar(), CultureInfo.InvariantCulture)?.Split(" on ")[0] ?? "";
}

static int FreePort()
{
    var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    var port = ((IPEndPoint)listener.LocalEndpoint).Port;
    listener.Stop();
    return port;
}

static (SqlEventStore Store, Action Cleanup) NewStore(string kind, string? postgres)
{
    if (kind == "sqlite")
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return (SqliteEventStore.Open(Path.Combine(dir, "bench.db")), () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, true);
        });
    }
    var cs = PostgresEventStore.ToConnectionString(postgres!);
    var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
    Run(cs, $"CREATE SCHEMA {schema}");
    return (PostgresEventStore.Open(new Npgsql.NpgsqlConnectionStringBuilder(cs) { SearchPath = schema }.ConnectionString), () => Run(cs, $"DROP SCHEMA {schema} CASCADE"));

    static void Run(string cs, string sql)
    {
        using var conn = new Npgsql.NpgsqlConnection(cs);
        conn.Open();
        using var cmd = new Npgsql.NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }
}

static (double P50, double P99, double Max, double MeanRows) Measure(int runs, Func<int> query)
{
    for (var i = 0; i < Math.Min(10, runs); i++) query();
    var times = new List<double>();
    long rows = 0;
    for (var i = 0; i < runs; i++)
    {
        var w = Stopwatch.StartNew();
        rows += query();
        times.Add(w.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (Percentile(times, 0.5), Percentile(times, 0.99), times[^1], rows / (double)runs);
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(sorted.Count * p) - 1, 0, sorted.Count - 1)];

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

static string Describe(Sitrep.Core.EventRecord e) =>
    $"{e.EventDate} {e.SubEventType} | {e.Actor1} vs {e.Actor2} | {e.Location}, {e.Admin1}, {e.Country} ({e.Latitude:0.###},{e.Longitude:0.###} p{e.GeoPrecision}) | {e.Fatalities} killed";

/// <summary>Samples the process working set every 50 ms; the figure is the largest seen.</summary>
sealed class PeakMemory : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public PeakMemory()
    {
        _peak = Environment.WorkingSet;
        _timer = new Timer(_ => { var ws = Environment.WorkingSet; if (ws > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, ws); }, null, 0, 50);
    }

    public double PeakMb => Interlocked.Read(ref _peak) / (1024.0 * 1024);

    public void Dispose() => _timer.Dispose();
}
