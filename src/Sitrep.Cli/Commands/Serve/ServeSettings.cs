using System.ComponentModel;
using Sitrep.Cli.Commands.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Serve;

public sealed class ServeSettings : PipelineSettings
{
    [CommandOption("--db <STORE>")] [Description(StoreOption.Description)] public string? Db { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, separated by ';' (default http://127.0.0.1:5000).")]
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    public string[] UrlList() => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override ValidationResult Validate()
    {
        foreach (var url in UrlList())
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ValidationResult.Error($"--urls '{url}' is not an http:// or https:// address");
        if (UrlList().Length == 0) return ValidationResult.Error("--urls is empty");
        return base.Validate();
    }
}
