using System.ComponentModel;
using Sitrep.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli;

/// <summary>Options shared by every command that codes reports.</summary>
public class PipelineSettings : CommandSettings
{
    [CommandOption("--gazetteer <DIR>")]
    [Description("A folder of GeoNames-format files merged over the built-in gazetteer (repeatable; also SITREP_GAZETTEER).")]
    public string[] Gazetteer { get; init; } = [];

    [CommandOption("--embeddings")]
    [Description("Use the MiniLM sentence-embedding model in event classification.")]
    public bool Embeddings { get; init; }

    public override ValidationResult Validate()
    {
        foreach (var dir in GazetteerFolders())
            if (!Directory.Exists(dir)) return ValidationResult.Error($"--gazetteer '{dir}': no such folder");
        return ValidationResult.Success();
    }

    public IEnumerable<string> GazetteerFolders()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_GAZETTEER");
        var fromEnv = string.IsNullOrWhiteSpace(env) ? [] : env.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return fromEnv.Concat(Gazetteer);
    }

    public PipelineOptions ToPipelineOptions() => new()
    {
        GazetteerFolders = GazetteerFolders().ToList(),
        UseEmbeddings = Embeddings,
    };
}
