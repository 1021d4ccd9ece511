using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Pipeline;
using Sitrep.Pipeline.Batch;
using Sitrep.Specs;

// Throughput of the batch contract (JSONL in, JSONL out) on the team's spec reports, repeated to the
// requested count; then single long reports (the spec reports joined) of growing size, to show how coding time
// grows with a report's length. Usage: Sitrep.Bench.Batch [--reports N] [--embeddings] [--long-kb 50,200,400]
var count = args.SkipWhile(a => a != "--reports").Skip(1).Select(int.Parse).FirstOrDefault(2000);
var embeddings = args.Contains("--embeddings");
var longSizes = (args.SkipWhile(a => a != "--long-kb").Skip(1).FirstOrDefault() ?? "50,200,400")
    .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

var specs = SpecLibrary.LoadRepository();
if (specs.Examples.Count == 0)
{
    Console.Error.WriteLine("bench: no spec reports found (run from the repository)");
    return 1;
}

var input = new StringBuilder();
for (var i = 0; i < count; i++)
{
    var ex = specs.Examples[i % specs.Examples.Count];
    input.AppendLine(JsonSerializer.Serialize(new
    {
        id = $"{ex.Id}-{i}",
        text = ex.Text,
        published = ex.Published?.ToString("yyyy-MM-dd"),
        source = ex.Source,
    }));
}
var bytes = input.Length;

var clock = Stopwatch.StartNew();
var pipeline = DefaultPipeline.Create(new PipelineOptions { UseEmbeddings = embeddings });
var buildSeconds = clock.Elapsed.TotalSeconds;

// One warm-up pass over the distinct reports so JIT and caches do not count against throughput.
new BatchRunner(pipeline).Run(new StringReader(string.Join('\n', input.ToString().Split('\n').Take(specs.Examples.Count))),
    TextWriter.Null, TextWriter.Null, "warm-up");

clock.Restart();
var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
var result = new BatchRunner(pipeline).Run(new StringReader(input.ToString()), TextWriter.Null, TextWriter.Null, "bench");
var seconds = clock.Elapsed.TotalSeconds;
var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

Console.WriteLine($"embeddings:        {(embeddings ? "on" : "off")}");
Console.WriteLine($"pipeline build:    {buildSeconds:F2} s");
Console.WriteLine($"reports:           {result.Reports} ({bytes / 1024.0 / 1024.0:F1} MB of JSONL, {result.Events} events, {result.FailedLines} failed lines)");
Console.WriteLine($"wall time:         {seconds:F2} s  ->  {result.Reports / seconds:F1} reports/s");
Console.WriteLine($"cpu time:          {cpu:F2} s  ->  {result.Reports / cpu:F1} reports per cpu-second");
Console.WriteLine($"peak working set:  {peak:F0} MB");

// Long reports: a bulletin or a pasted page can be hundreds of kilobytes; coding time should grow about linearly.
foreach (var kb in longSizes)
{
    var text = new StringBuilder();
    for (var i = 0; text.Length < kb * 1024; i++) text.Append(specs.Examples[i % specs.Examples.Count].Text).Append("\n\n");
    clock.Restart();
    var coded = pipeline.Run(new ReportInput($"long-{kb}", text.ToString(), new DateOnly(2024, 3, 12)));
    Console.WriteLine($"one {kb,4} KB report: {clock.Elapsed.TotalSeconds:F2} s ({coded.Events.Count} records)");
}
return 0;
