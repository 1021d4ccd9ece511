using System.Diagnostics;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Pipeline;

// Usage: Sitrep.Bench.Events isaf [--corpus DIR] | labelled | specs [--specs DIR], each with [--embeddings]
if (args.Length == 0 || args[0] is not ("isaf" or "labelled" or "specs"))
{
    Console.Error.WriteLine("usage: Sitrep.Bench.Events isaf|labelled|specs [--embeddings] [--corpus DIR] [--specs DIR]");
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
else if (args[0] == "specs")
{
    // The team's spec reports: the set of sub-types a report's asserted mentions carry vs the records it must yield.
    var specsAt = Array.IndexOf(args, "--specs");
    var folder = specsAt >= 0 && specsAt + 1 < args.Length ? args[specsAt + 1] : Path.Combine("tests", "Sitrep.Specs.Tests", "specs");
    int tp = 0, fp = 0, fn = 0, exact = 0, reports = 0;
    clock.Restart();
    foreach (var file in Directory.GetFiles(folder, "*.md"))
    {
        foreach (var section in File.ReadAllText(file).Split("\n## ").Skip(1))
        {
            var report = System.Text.RegularExpressions.Regex.Match(section, "```report\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
            if (!report.Success) continue;
            var expect = System.Text.RegularExpressions.Regex.Match(section, "```expect\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
            var published = System.Text.RegularExpressions.Regex.Match(section, @"published: (\d{4}-\d\d-\d\d)");
            var want = System.Text.RegularExpressions.Regex.Matches(expect.Success ? expect.Groups[1].Value : "", @"sub_event_type: (.+)")
                .Select(m => m.Groups[1].Value.Trim()).ToHashSet();
            var got = Asserted(pipeline.Run(new ReportInput("spec", report.Groups[1].Value,
                published.Success ? DateOnly.Parse(published.Groups[1].Value) : null))).ToHashSet();
            reports++;
            tp += want.Intersect(got).Count();
            fp += got.Except(want).Count();
            fn += want.Except(got).Count();
            if (want.SetEquals(got)) exact++;
        }
    }
    Console.WriteLine($"{reports} spec reports in {clock.Elapsed.TotalSeconds:F1} s: sub-type sets exactly right {exact} ({100.0 * exact / reports:F1}%); " +
        $"sub-types tp {tp} fp {fp} fn {fn}, precision {(double)tp / (tp + fp):F3}, recall {(double)tp / (tp + fn):F3}");
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
