using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Eval.Corpora;
using Sitrep.Pipeline;
using GeoScorer = Sitrep.Places.Evaluation.GeoScorer;
using GeoVirusCorpus = Sitrep.Places.Evaluation.GeoVirusCorpus;
using Sitrep.Specs;

namespace Sitrep.Eval;

/// <summary>Where the corpora are and which to score.</summary>
public sealed record EvalOptions(string CorpusFolder)
{
    /// <summary>Corpus keys to score; empty means all.</summary>
    public IReadOnlyCollection<string> Only { get; init; } = [];

    /// <summary>The folder of spec reports; by default found by walking up from the current folder.</summary>
    public string? SpecFolder { get; init; }

    public bool Wants(string key) => Only.Count == 0 || Only.Contains(key);

    /// <summary>The shared folder that holds the corpus folder, the seeds and the docs.</summary>
    public string SharedFolder => Path.GetDirectoryName(Path.GetFullPath(CorpusFolder).TrimEnd(Path.DirectorySeparatorChar)) ?? CorpusFolder;
}

/// <summary>Runs one pipeline (built once) over every corpus it finds and scores the output.</summary>
public sealed class EvalRunner(SitrepPipeline pipeline)
{
    public static readonly string[] CorpusKeys = ["isaf", "plover", "seed", "geovirus", "specs"];

    public Scorecard Run(EvalOptions options, Action<string>? progress = null)
    {
        var total = Stopwatch.StartNew();
        var scores = new List<CorpusScore>();
        var skipped = new List<SkippedCorpus>();

        void Score(string key, Func<string?> locate, Func<string, CorpusScore> score, string missing)
        {
            if (!options.Wants(key)) return;
            var path = locate();
            if (path is null || !File.Exists(path))
            {
                skipped.Add(new(key, missing));
                return;
            }
            progress?.Invoke(key);
            var watch = Stopwatch.StartNew();
            var result = score(path);
            result.Seconds = Math.Round(watch.Elapsed.TotalSeconds, 2);
            scores.Add(result);
        }

        Score("isaf", () => Path.Combine(options.CorpusFolder, IsafCorpus.FileName), path =>
        {
            var reports = IsafCorpus.Read(path);
            var pairs = reports.Select(r => (r, RunReport(r.Input, keepDocument: false))).ToList();
            return new IsafScorer().Score(pairs) with { Source = path };
        }, $"{IsafCorpus.FileName} not found in {options.CorpusFolder}");

        Score("plover", () => Path.Combine([options.CorpusFolder, .. PloverCorpus.RelativePath]), path =>
        {
            var gold = PloverCorpus.Read(path);
            var pairs = gold.Select(g => (g, RunReport(g.ToInput(), keepDocument: true))).ToList();
            return new PloverScorer().Score(pairs) with { Source = path };
        }, $"{Path.Combine(PloverCorpus.RelativePath)} not found in {options.CorpusFolder}");

        var seed = ChecklistSpec.LoadSeed();
        Score("seed", () => Path.Combine(options.SharedFolder, seed.Report), path =>
        {
            var text = File.ReadAllText(path);
            DateOnly? published = seed.Published is { } p ? DateOnly.Parse(p) : null;
            var output = RunReport(new ReportInput(Path.GetFileNameWithoutExtension(path), text, published), keepDocument: false);
            return ChecklistScorer.Score("seed", "Seed walkthrough checklist", seed, output) with { Source = path };
        }, $"{seed.Report} not found in {options.SharedFolder}");

        Score("geovirus", () => Path.Combine([options.CorpusFolder, .. GeoVirusScore.RelativePath]), path =>
        {
            var articles = GeoVirusCorpus.Read(path);
            var outputs = articles.ToDictionary(a => a.Id, a => RunReport(new ReportInput($"article {a.Id}", a.Text), keepDocument: true));
            var geo = GeoScorer.ScoreToponyms("GeoVirus", articles, a => outputs[a.Id].Document?.Places ?? []);
            return GeoVirusScore.From(geo, articles.Count, outputs.Values.Sum(o => o.Records.Count), outputs.Values.Count(o => o.Failure is not null))
                with { Source = path };
        }, $"{Path.Combine(GeoVirusScore.RelativePath)} not found in {options.CorpusFolder}");

        if (options.Wants("specs"))
        {
            var folder = options.SpecFolder ?? SpecLibrary.Locate() ?? SpecLibrary.Locate(AppContext.BaseDirectory);
            if (folder is null || !Directory.Exists(folder))
                skipped.Add(new("specs", $"{SpecLibrary.RepositoryFolder} not found above {Directory.GetCurrentDirectory()}"));
            else
            {
                progress?.Invoke("specs");
                var watch = Stopwatch.StartNew();
                var set = SpecLibrary.LoadFolder(folder);
                var pairs = set.Examples.Select(e => (e, RunReport(new ReportInput(e.Id, e.Text, e.Published, e.Source), keepDocument: false))).ToList();
                var result = SpecScorer.Score(pairs) with { Source = folder };
                result.Seconds = Math.Round(watch.Elapsed.TotalSeconds, 2);
                scores.Add(result);
            }
        }

        return new Scorecard(scores, skipped) { TotalSeconds = Math.Round(total.Elapsed.TotalSeconds, 2) };
    }

    /// <summary>Runs one report; a failure is kept as the report's outcome so one bad report cannot stop a scorecard.</summary>
    public SystemOutput RunReport(ReportInput input, bool keepDocument)
    {
        try
        {
            var doc = pipeline.Run(input);
            return new(input.Id, doc.Events.ToList(), keepDocument ? doc : null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new(input.Id, [], null, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
