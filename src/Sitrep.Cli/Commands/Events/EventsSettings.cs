using System.ComponentModel;
using System.Globalization;
using Sitrep.Cli.Commands.Ingest;
using Sitrep.Pipeline.Batch;
using Sitrep.Storage;
using Sitrep.Storage.Reviews;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Events;

public sealed class EventsSettings : CommandSettings
{
    [CommandOption("--db <STORE>")] [Description(StoreOption.Description)] public string? Db { get; init; }
    [CommandOption("--country <NAME>")] [Description("Country name or ISO code.")] public string? Country { get; init; }
    [CommandOption("--admin1 <NAME>")] [Description("First-level region (province, governorate, state).")] public string? Admin1 { get; init; }
    [CommandOption("--type <EVENT_TYPE>")] [Description("ACLED event type, e.g. \"Battles\".")] public string? Type { get; init; }
    [CommandOption("--sub-type <SUB_EVENT_TYPE>")] [Description("ACLED sub-event type, e.g. \"Air/drone strike\".")] public string? SubType { get; init; }
    [CommandOption("--actor <NAME>")] [Description("Part of an actor's name.")] public string? Actor { get; init; }
    [CommandOption("--since <DATE>")] [Description("Events on or after this date (YYYY-MM-DD).")] public string? Since { get; init; }
    [CommandOption("--until <DATE>")] [Description("Events on or before this date (YYYY-MM-DD).")] public string? Until { get; init; }
    [CommandOption("--near <LAT,LON>")] [Description("Centre of a radius search (with --km).")] public string? Near { get; init; }
    [CommandOption("--km <KM>")] [Description("Radius for --near (default 25).")] public double Km { get; init; } = 25;
    [CommandOption("--bbox <MINLON,MINLAT,MAXLON,MAXLAT>")] [Description("Map window, GeoJSON order.")] public string? Bbox { get; init; }
    [CommandOption("--text <WORDS>")] [Description("Words that must appear in a report of the incident.")] public string? Text { get; init; }
    [CommandOption("--review <STATUS>")] [Description("Analysts' reviews to keep: all, unreviewed, reviewed, confirmed, corrected or rejected (default: all but rejected).")] public string? Review { get; init; }
    [CommandOption("--format <FORMAT>")] [Description("table (default on a terminal), csv (ACLED columns), json, jsonl (default when redirected) or geojson.")] public string? Format { get; init; }
    [CommandOption("--limit <N>")] [Description("At most this many incidents (default 1000).")] public int Limit { get; init; } = 1000;
    [CommandOption("--offset <N>")] [Description("Skip this many incidents first (paging).")] public int Offset { get; init; }

    public override ValidationResult Validate()
    {
        if (Format is not null and not ("table" or "csv" or "json" or "jsonl" or "geojson"))
            return ValidationResult.Error($"--format '{Format}' is not one of table, csv, json, jsonl, geojson");
        if (Since is not null && !ReportReader.TryParseDate(Since, out _)) return ValidationResult.Error($"--since '{Since}' is not a date (expected YYYY-MM-DD)");
        if (Until is not null && !ReportReader.TryParseDate(Until, out _)) return ValidationResult.Error($"--until '{Until}' is not a date (expected YYYY-MM-DD)");
        if (Near is not null && ParseNumbers(Near, 2) is null) return ValidationResult.Error($"--near '{Near}' is not LAT,LON (example: 33.51,36.29)");
        if (Near is not null && ParseNumbers(Near, 2) is [var la, var lo] && (Math.Abs(la) > 90 || Math.Abs(lo) > 180))
            return ValidationResult.Error($"--near '{Near}' is off the globe (latitude within ±90, longitude within ±180)");
        if (Km <= 0) return ValidationResult.Error($"--km {Km} must be more than 0");
        if (Bbox is not null && (ParseNumbers(Bbox, 4) is not [var x0, var y0, var x1, var y1] || x0 > x1 || y0 > y1))
            return ValidationResult.Error($"--bbox '{Bbox}' is not MINLON,MINLAT,MAXLON,MAXLAT with min <= max");
        if (Review is not null && ReviewFilters.Parse(Review) is null)
            return ValidationResult.Error($"--review '{Review}' is not one of {string.Join(", ", ReviewFilters.Names)}");
        if (Limit <= 0) return ValidationResult.Error("--limit must be at least 1");
        if (Offset < 0) return ValidationResult.Error("--offset cannot be negative");
        return ValidationResult.Success();
    }

    private static double[]? ParseNumbers(string s, int count)
    {
        var parts = s.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != count) return null;
        var values = new double[count];
        for (var i = 0; i < count; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])) return null;
        return values;
    }

    public EventQuery ToQuery()
    {
        DateOnly? Date(string? s) => s is not null && ReportReader.TryParseDate(s, out var d) ? d : null;
        var near = Near is null ? null : ParseNumbers(Near, 2) is [var la, var lo] ? new Near(la, lo, Km) : null;
        var box = Bbox is null ? null : ParseNumbers(Bbox, 4) is [var x0, var y0, var x1, var y1] ? new BoundingBox(y0, x0, y1, x1) : null;
        return new EventQuery
        {
            Country = Country, Admin1 = Admin1, EventType = Type, SubEventType = SubType, Actor = Actor,
            Since = Date(Since), Until = Date(Until), Near = near, Box = box, Text = Text, Limit = Limit, Offset = Offset,
            Review = Review is null ? ReviewFilter.NotRejected : ReviewFilters.Parse(Review)!.Value,
        };
    }
}
