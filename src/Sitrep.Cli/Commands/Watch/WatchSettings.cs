using System.ComponentModel;
using System.Globalization;
using Sitrep.Cli.Commands.Ingest;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Watch;

public sealed class WatchSettings : PipelineSettings
{
    [CommandArgument(0, "<FEED-URL>")]
    [Description("RSS or Atom feed URLs to poll.")]
    public string[] Feeds { get; init; } = [];

    [CommandOption("--every <INTERVAL>")]
    [Description("How often to poll each feed: 30s, 5m, 1h (default 5m).")]
    public string Every { get; init; } = "5m";

    [CommandOption("--once")]
    [Description("Poll each feed once, code what is new, and exit.")]
    public bool Once { get; init; }

    [CommandOption("--db <STORE>")]
    [Description(StoreOption.Description)]
    public string? Db { get; init; }

    public override ValidationResult Validate()
    {
        if (Feeds.Length == 0) return ValidationResult.Error("give at least one FEED-URL");
        foreach (var f in Feeds)
            if (!Uri.TryCreate(f, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
                return ValidationResult.Error($"'{f}' is not an http(s) feed URL");
        if (ParseInterval(Every) is null) return ValidationResult.Error($"--every '{Every}' is not an interval (examples: 30s, 5m, 1h)");
        return base.Validate();
    }

    public static TimeSpan? ParseInterval(string s)
    {
        s = s.Trim();
        if (s.Length < 2 || !double.TryParse(s[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n <= 0) return null;
        return s[^1] switch
        {
            's' => TimeSpan.FromSeconds(n),
            'm' => TimeSpan.FromMinutes(n),
            'h' => TimeSpan.FromHours(n),
            _ => null,
        };
    }
}
