using System.Diagnostics;
using System.Text;
using Sitrep.Core;
using Sitrep.Eval;
using Sitrep.Eval.Reports;
using Sitrep.Pipeline;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Eval;

/// <summary>Scores the pipeline on the corpora and compares the figures with the committed baseline.</summary>
public sealed class EvalCommand : Command<EvalSettings>
{
    public const int BelowBaseline = 5;

    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        var corpus = settings.CorpusFolder;
        // The spec reports live in the repository; every other corpus needs the corpus folder.
        var specsOnly = settings.OnlyCorpora.Count > 0 && settings.OnlyCorpora.All(c => c == "specs");
        if (!specsOnly && !Directory.Exists(corpus)) throw new InputException(corpus, "no such corpus folder (give --corpus DIR or set SITREP_CORPUS)");

        var build = Stopwatch.StartNew();
        var pipeline = DefaultPipeline.Create(settings.ToPipelineOptions());
        var buildSeconds = Math.Round(build.Elapsed.TotalSeconds, 2);

        var options = new EvalOptions(corpus) { Only = settings.OnlyCorpora };
        var card = new EvalRunner(pipeline).Run(options, key => Console.Error.WriteLine($"sitrep: scoring {key}…"));
        card = card with { PipelineBuildSeconds = buildSeconds, TotalSeconds = Math.Round(card.TotalSeconds + buildSeconds, 2) };

        var baselinePath = settings.Baseline ?? EvalSettings.DefaultBaseline;
        BaselineComparison? comparison = null;
        if (!settings.WriteBaseline && File.Exists(baselinePath))
            comparison = BaselineComparison.Compare(Baseline.Read(baselinePath), card, settings.OnlyCorpora.Count > 0 ? settings.OnlyCorpora : null);
        else if (settings.Check)
            throw new InputException(baselinePath, "no such baseline; write one with --write-baseline");

        var markdown = MarkdownReport.Write(card, comparison, baselinePath);
        Console.Out.Write(settings.Format == "json" ? JsonReport.Write(card, comparison) + "\n" : markdown);
        if (settings.Out is { } outPath) File.WriteAllText(outPath, markdown, new UTF8Encoding(false));

        if (settings.WriteBaseline)
        {
            Sitrep.Eval.Baseline.From(card).Write(baselinePath);
            Console.Error.WriteLine($"sitrep: baseline written to {baselinePath} ({card.AllFields.Count()} fields)");
        }

        foreach (var s in card.Skipped) Console.Error.WriteLine($"sitrep: {s.Key} not scored: {s.Reason}");
        if (comparison is not null && !comparison.Passed)
        {
            foreach (var f in comparison.Failures)
                Console.Error.WriteLine(f.Current is { } c
                    ? $"sitrep: {f.Key} fell from {MarkdownReport.Percent(f.Baseline ?? 0)} to {MarkdownReport.Percent(c)}, more than one point below the baseline"
                    : $"sitrep: {f.Key} is in the baseline but was not scored");
            if (settings.Check) return BelowBaseline;
        }
        return 0;
    }
}
