using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Pipeline;

// Usage: Sitrep.Bench.Events isaf [--corpus DIR] [--embeddings] | labelled [--embeddings]
if (args.Length == 0 || args[0] is not ("isaf" or "labelled"))
{
    Console.Error.WriteLine("usage: Sitrep.Bench.Events isaf|labelled [--embeddings] [--corpus DIR]");
    return 2;
}
var useEmbeddings = args.Contains("--embeddings");
var corpusAt = Array.IndexOf(args, "--corpus");
var corpus = corpusAt >= 0 && corpusAt + 1 < args.Length ? args[corpusAt + 1] : Path.Combine("..", "shared", "corpus");

var clock = Stopwatch.StartNew();
var pipeline = DefaultPipeline.CreateBuilder(new PipelineOptions { UseEmbeddings = useEmbeddings })
    .Remove("attribution").Remove("assembly").Build();
Console.WriteLine($"pipeline built in {clock.Elapsed.TotalSeconds:F1} s (embeddings {(useEmbeddings ? "on" : "off")})");

IEnumerable<string> Asserted(Document doc) => doc.EventMentions
    .Where(m => m.Factuality == Factuality.Asserted && !m.Type.IsStatementOnly).Select(m => m.Type.SubEventType);

if (args[0] == "isaf")
{
    var path = Path.Combine(corpus, "isaf-dev.jsonl");
    if (!File.Exists(path)) { Console.Error.WriteLine($"{path}: not found (pass --corpus DIR)"); return 1; }
    var air = new Tally();
    var detention = new Tally();
    var reports = 0;
    clock.Restart();
    foreach (var line in File.ReadLines(path))
    {
        using var json = JsonDocument.Parse(line);
        var r = json.RootElement;
        var text = r.GetProperty("text").GetString();
        if (string.IsNullOrWhiteSpace(text)) text = r.GetProperty("id").GetString()!;
        DateOnly? published = r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!) : null;
        var gold = r.GetProperty("gold");
        var kinds = gold.GetProperty("event_type").EnumerateArray().Select(e => e.GetString()).ToList();
        var found = Asserted(pipeline.Run(new ReportInput($"isaf-{reports++}", text, published))).ToHashSet();
        air.Add(gold.GetProperty("airstrike").GetBoolean() || kinds.Contains("airstrike"), found.Contains("Air/drone strike"));
        detention.Add(kinds.Contains("detention"), found.Contains("Arrests"));
    }
    var seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"{reports} reports in {seconds:F1} s: {reports / seconds:F1} reports/s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MB");
    Console.WriteLine($"Air/drone strike (report has one): {air}");
    Console.WriteLine($"Arrests (report has one):          {detention}");
}
else
{
    // One "sub-event type<TAB>sentence" per line; "-" means the sentence reports no event.
    var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "labelled-sentences.tsv"))
        .Where(l => l.Contains('\t')).Select(l => l.Split('\t', 2)).ToList();
    var right = 0;
    clock.Restart();
    foreach (var row in rows)
    {
        var found = Asserted(pipeline.Run(new ReportInput("labelled", row[1], new DateOnly(2024, 3, 14)))).ToList();
        var ok = row[0] == "-" ? found.Count == 0 : found.Contains(row[0]);
        if (ok) right++;
        else Console.WriteLine($"  missed: want {row[0]}, got [{string.Join(", ", found)}]: {row[1]}");
    }
    Console.WriteLine($"labelled sentences right: {right}/{rows.Count} = {100.0 * right / rows.Count:F1}% in {clock.Elapsed.TotalSeconds:F2} s");
}
return 0;

sealed class Tally
{
    private int _tp, _fp, _fn;
    public void Add(bool gold, bool system)
    {
        if (gold && system) _tp++;
        else if (system) _fp++;
        else if (gold) _fn++;
    }
    public override string ToString() =>
        $"tp {_tp} fp {_fp} fn {_fn}, F1 {(_tp == 0 ? 0 : 2.0 * _tp / (2 * _tp + _fp + _fn)):F3}";
}
