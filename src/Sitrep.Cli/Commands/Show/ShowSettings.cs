using System.ComponentModel;
using Sitrep.Cli.Commands.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Show;

public sealed class ShowSettings : CommandSettings
{
    [CommandArgument(0, "<INCIDENT>")]
    [Description("Incident number, as `sitrep events` lists it (an ACLED-style id such as SYR12 works too).")]
    public string Incident { get; init; } = "";

    [CommandOption("--db <STORE>")] [Description(StoreOption.Description)] public string? Db { get; init; }

    [CommandOption("--format <FORMAT>")] [Description("table (default) or json.")] public string? Format { get; init; }

    public override ValidationResult Validate()
    {
        if (IncidentId(Incident) is null) return ValidationResult.Error($"INCIDENT '{Incident}' is not an incident number");
        if (Format is not null and not ("table" or "json")) return ValidationResult.Error($"--format '{Format}' is not one of table, json");
        return ValidationResult.Success();
    }

    /// <summary>Accepts 42 or an event_id_cnty such as SYR42.</summary>
    public static long? IncidentId(string s)
    {
        var digits = s.Trim().TrimStart(s.Trim().TakeWhile(char.IsLetter).ToArray());
        return long.TryParse(digits, out var id) && id > 0 ? id : null;
    }
}

public sealed class SplitSettings : CommandSettings
{
    [CommandArgument(0, "<EVENT>")]
    [Description("The stored event to take out of its incident (the number `sitrep show` lists).")]
    public long Event { get; init; }

    [CommandOption("--db <STORE>")] [Description(StoreOption.Description)] public string? Db { get; init; }
}
