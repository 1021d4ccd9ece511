using System.ComponentModel;
using Sitrep.Eval;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Eval;

public sealed class EvalSettings : PipelineSettings
{
    public const string DefaultCorpus = "../shared/corpus";
    public const string DefaultBaseline = "eval/baseline.json";

    [CommandOption("--corpus <DIR>")]
    [Description("The corpus folder (default: SITREP_CORPUS, else ../shared/corpus). The seed report is read from its sibling seeds/.")]
    public string? Corpus { get; init; }

    [CommandOption("--only <CORPORA>")]
    [Description("Comma-separated corpora to score: isaf, plover, seed, geovirus, specs (default: all).")]
    public string? Only { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("markdown (default) or json.")]
    public string? Format { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Also write the scorecard as Markdown to this file.")]
    public string? Out { get; init; }

    [CommandOption("--baseline <FILE>")]
    [Description("Baseline to compare with (default: eval/baseline.json when it exists).")]
    public string? Baseline { get; init; }

    [CommandOption("--write-baseline")]
    [Description("Replace the baseline with this run's scores.")]
    public bool WriteBaseline { get; init; }

    [CommandOption("--check")]
    [Description("Exit with code 5 when a field falls more than one percentage point below the baseline or is missing.")]
    public bool Check { get; init; }

    public string CorpusFolder =>
        Corpus ?? (Environment.GetEnvironmentVariable("SITREP_CORPUS") is { Length: > 0 } env ? env : DefaultCorpus);

    public IReadOnlyCollection<string> OnlyCorpora =>
        Only?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToHashSet() ?? [];

    public override ValidationResult Validate()
    {
        if (Format is not null and not ("markdown" or "json"))
            return ValidationResult.Error($"--format '{Format}' is not one of markdown, json");
        if (OnlyCorpora.FirstOrDefault(c => !EvalRunner.CorpusKeys.Contains(c)) is { } unknown)
            return ValidationResult.Error($"--only '{unknown}' is not a corpus; known: {string.Join(", ", EvalRunner.CorpusKeys)}");
        if (WriteBaseline && OnlyCorpora.Count > 0)
            return ValidationResult.Error("--write-baseline records every corpus; drop --only");
        if (WriteBaseline && Check)
            return ValidationResult.Error("give --write-baseline or --check, not both");
        if (Check && Baseline is not null && !File.Exists(Baseline))
            return ValidationResult.Error($"--baseline '{Baseline}': no such file");
        return base.Validate();
    }
}
