using System.ComponentModel;
using Sitrep.Cli.Commands.Ingest;
using Sitrep.Core;
using Sitrep.Web;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Serve;

public sealed class ServeSettings : PipelineSettings
{
    [CommandOption("--db <STORE>")] [Description(StoreOption.Description)] public string? Db { get; init; }

    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, separated by ';' (default http://127.0.0.1:5000).")]
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    [CommandOption("--private")]
    [Description("Reading also needs the token (SITREP_TOKEN). Same as SITREP_READ_PUBLIC=false.")]
    public bool Private { get; init; }

    /// <summary>--private, else SITREP_READ_PUBLIC (true or false), else public.</summary>
    public bool ReadPublic() => !Private && ReadPublicSetting() != false;

    private static bool? ReadPublicSetting() => Environment.GetEnvironmentVariable(WebAppOptions.ReadPublicVariable)?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" or "yes" => true,
        "false" or "0" or "no" => false,
        var other => throw new InputException(WebAppOptions.ReadPublicVariable, $"'{other}' is not true or false"),
    };

    public string[] UrlList() => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override ValidationResult Validate()
    {
        foreach (var url in UrlList())
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                return ValidationResult.Error($"--urls '{url}' is not an http:// or https:// address");
        if (UrlList().Length == 0) return ValidationResult.Error("--urls is empty");
        try
        {
            if (!ReadPublic() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(WebAppOptions.TokenVariable)))
                return ValidationResult.Error($"a private server needs {WebAppOptions.TokenVariable} set to a secret token: without it nobody could read");
        }
        catch (InputException e) { return ValidationResult.Error(e.Message); }
        return base.Validate();
    }
}
