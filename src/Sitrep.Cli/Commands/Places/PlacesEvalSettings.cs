using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Places;

public sealed class PlacesEvalSettings : PipelineSettings
{
    [CommandOption("--corpus <DIR>")]
    [Description("Folder holding geovirus/GeoVirus.xml, centcom/*.csv and isaf-dev.jsonl (default: SITREP_CORPUS, else ../shared/corpus).")]
    public string? Corpus { get; init; }

    [CommandOption("--only <NAME>")]
    [Description("Score one corpus: geovirus, centcom or isaf.")]
    public string? Only { get; init; }

    [CommandOption("--misses <N>")]
    [Description("How many misses to list per corpus (default 30).")]
    [DefaultValue(30)]
    public int Misses { get; init; } = 30;

    public string CorpusFolder() => Corpus ?? Environment.GetEnvironmentVariable("SITREP_CORPUS") ?? Path.Combine("..", "shared", "corpus");

    public override ValidationResult Validate()
    {
        if (Only is not null && Only is not ("geovirus" or "centcom" or "isaf"))
            return ValidationResult.Error($"--only '{Only}': expected geovirus, centcom or isaf");
        if (!Directory.Exists(CorpusFolder())) return ValidationResult.Error($"--corpus '{CorpusFolder()}': no such folder");
        return base.Validate();
    }
}
