using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Places;
using Sitrep.Places.Evaluation;

// Places benchmark: gazetteer load time and memory (built-in, then with each --gazetteer folder), and
// toponyms resolved per second over a text corpus (GeoVirus by default).
// Usage: dotnet run -c Release --project bench/Sitrep.Places.Bench -- [--gazetteer DIR]... [--corpus GeoVirus.xml] [--rounds N]
var folders = new List<string>();
var corpus = Path.Combine("..", "shared", "corpus", "geovirus", "GeoVirus.xml");
var rounds = 3;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--gazetteer" when i + 1 < args.Length: folders.Add(args[++i]); break;
        case "--corpus" when i + 1 < args.Length: corpus = args[++i]; break;
        case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out var r): rounds = r; i++; break;
        default:
            Console.Error.WriteLine($"places-bench: unknown argument '{args[i]}'");
            return 2;
    }
}
var data = Environment.GetEnvironmentVariable("SITREP_DATA") ?? Path.Combine(AppContext.BaseDirectory, "data");
if (!File.Exists(corpus))
{
    Console.Error.WriteLine($"places-bench: {corpus}: no such file (pass --corpus)");
    return 2;
}
var articles = GeoVirusCorpus.Read(corpus);
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

Measure("built-in", []);
if (folders.Count > 0) Measure($"built-in + {string.Join(" + ", folders)}", folders);
return 0;

void Measure(string label, List<string> extended)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var before = GC.GetTotalMemory(true);
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var pause0 = GC.GetTotalPauseDuration();
    var allocated0 = GC.GetTotalAllocatedBytes(true);
    var collections0 = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
    var wall = Stopwatch.StartNew();
    var stage = PlacesStage.Create(data, extended);
    var pause = GC.GetTotalPauseDuration() - pause0;
    var allocated = GC.GetTotalAllocatedBytes(true) - allocated0;
    var collections = (GC.CollectionCount(0) - collections0.Item1, GC.CollectionCount(1) - collections0.Item2, GC.CollectionCount(2) - collections0.Item3);
    var loadWall = wall.Elapsed;
    var loadCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
    var heap = GC.GetTotalMemory(true) - before;
    Console.WriteLine($"{label}: {stage.Gazetteer.Count:N0} entries, {stage.Gazetteer.KeyCount:N0} name keys");
    Console.WriteLine($"  load: {loadWall.TotalMilliseconds:N0} ms wall, {loadCpu.TotalMilliseconds:N0} ms CPU; managed heap after load {heap / 1048576.0:N0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
    Console.WriteLine($"  allocated during load {allocated / 1048576.0:N0} MB; garbage collection {pause.TotalMilliseconds:N0} ms paused; collections gen0 {collections.Item1}, gen1 {collections.Item2}, gen2 {collections.Item3}");
    foreach (var (step, wallTime, cpuTime) in stage.Gazetteer.LoadTimings) Console.WriteLine($"    {step}: {wallTime.TotalMilliseconds:N0} ms wall, {cpuTime.TotalMilliseconds:N0} ms CPU");
    if (stage.Gazetteer.LoadWarnings.Count > 0) Console.WriteLine($"  {stage.Gazetteer.LoadWarnings.Count} load warnings");

    // Warm-up round, then timed rounds.
    var toponyms = 0;
    foreach (var a in articles) stage.Process(new Document(a.Id, a.Text));
    var chars = articles.Sum(a => a.Text.Length);
    var timer = Stopwatch.StartNew();
    var cpu1 = Process.GetCurrentProcess().TotalProcessorTime;
    for (var r = 0; r < rounds; r++)
        foreach (var a in articles)
        {
            var doc = new Document(a.Id, a.Text);
            stage.Process(doc);
            toponyms += doc.Places.Count(p => p.Resolved is not null);
        }
    var seconds = timer.Elapsed.TotalSeconds;
    var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu1).TotalSeconds;
    Console.WriteLine($"  resolve: {rounds} x {articles.Count} texts ({chars * rounds / 1024.0:N0} KB): {toponyms / seconds:N0} toponyms/s wall, {toponyms / cpuSeconds:N0} toponyms/s per CPU second, {articles.Count * rounds / seconds:N0} texts/s");
}
