using System.ComponentModel;
using Sitrep.Pipeline.Batch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Ingest;

public sealed class IngestSettings : PipelineSettings
{
    [CommandArgument(0, "<PATH>")]
    [Description("Text files, folders, JSONL batches, HTML files, web page or feed URLs.")]
    public string[] Paths { get; init; } = [];

    [CommandOption("--db <STORE>")]
    [Description(StoreOption.Description)]
    public string? Db { get; init; }

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) for reports that do not carry one.")]
    public string? Published { get; init; }

    [CommandOption("--source <NAME>")]
    [Description("Outlet name for reports that do not carry one.")]
    public string? Source { get; init; }

    [CommandOption("--worker <NAME>")]
    [Description("Name recorded on the reports this process codes (default: host:pid).")]
    public string? Worker { get; init; }

    public override ValidationResult Validate()
    {
        if (Paths.Length == 0) return ValidationResult.Error("give at least one PATH (file, folder, JSONL batch or URL)");
        if (Published is not null && !ReportReader.TryParseDate(Published, out _))
            return ValidationResult.Error($"--published '{Published}' is not a date (expected YYYY-MM-DD)");
        return base.Validate();
    }

    public DateOnly? PublishedDate => Published is { } p && ReportReader.TryParseDate(p, out var d) ? d : null;
}
