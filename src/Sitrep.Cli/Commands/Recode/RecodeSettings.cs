using System.ComponentModel;
using Sitrep.Cli.Commands.Ingest;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Recode;

public sealed class RecodeSettings : PipelineSettings
{
    [CommandOption("--db <STORE>")]
    [Description(StoreOption.Description)]
    public string? Db { get; init; }

    [CommandOption("--all")]
    [Description("Recode every report, not only those coded by another pipeline version.")]
    public bool All { get; init; }
}
