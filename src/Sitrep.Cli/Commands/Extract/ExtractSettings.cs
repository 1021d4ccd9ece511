using System.ComponentModel;
using Sitrep.Pipeline.Batch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Extract;

public sealed class ExtractSettings : PipelineSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("A plain-text report, or - for stdin.")]
    public string? File { get; init; }

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) that relative dates resolve against.")]
    public string? Published { get; init; }

    [CommandOption("--source <NAME>")]
    [Description("Name of the outlet that published the report.")]
    public string? Source { get; init; }

    [CommandOption("--format <FORMAT>")]
    [Description("table (default on a terminal), json or jsonl.")]
    public string? Format { get; init; }

    [CommandOption("--explain")]
    [Description("Show, for each field, the sentence, rule or model and confidence behind it.")]
    public bool Explain { get; init; }

    [CommandOption("--input <FILE>")]
    [Description("Batch mode: JSONL reports ({\"id\",\"text\",\"published\"?,\"source\"?,\"url\"?} per line), - for stdin.")]
    public string? Input { get; init; }

    [CommandOption("--output <FILE>")]
    [Description("Batch mode: where to write JSONL event records, - for stdout (the default).")]
    public string? Output { get; init; }

    public override ValidationResult Validate()
    {
        if (File is null && Input is null) return ValidationResult.Error("give a report FILE (or - for stdin), or --input FILE for a batch");
        if (File is not null && Input is not null) return ValidationResult.Error("give either a report FILE or --input, not both");
        if (Format is not null and not ("table" or "json" or "jsonl"))
            return ValidationResult.Error($"--format '{Format}' is not one of table, json, jsonl");
        if (Published is not null && !ReportReader.TryParseDate(Published, out _))
            return ValidationResult.Error($"--published '{Published}' is not a date (expected YYYY-MM-DD)");
        if (Input is not null && Format is "table") return ValidationResult.Error("batch mode writes JSONL; --format table applies to a single report");
        return base.Validate();
    }
}
