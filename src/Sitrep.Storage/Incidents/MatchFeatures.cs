using System.Globalization;
using Sitrep.Core;
using Sitrep.Pipeline.Stages.Assembly;

namespace Sitrep.Storage.Incidents;

/// <summary>What the incident matcher compares between two events, as kept in the events table.</summary>
public sealed record MatchFeatures(
    long EventId, long ReportId, long IncidentId, string Family, int? DayLow, int? DayHigh,
    double? Latitude, double? Longitude, int? GeoPrecision, string? Iso2, string? Admin1,
    string Actors, string Tokens)
{
    /// <summary>Days a date may be off by, by ACLED time_precision: a day, half a week, half a month.</summary>
    public static int Slack(int timePrecision) => timePrecision switch { 1 => 1, 2 => 4, _ => 16 };

    public static MatchFeatures From(EventRecord e, string family, long eventId = 0, long reportId = 0, long incidentId = 0)
    {
        var (lo, hi) = DayRange(e);
        return new(eventId, reportId, incidentId, family, lo, hi, e.Latitude, e.Longitude, e.GeoPrecision,
            e.Iso2, e.Admin1, ActorKey(e), TokenKey(e));
    }

    public static (int? Low, int? High) DayRange(EventRecord e)
    {
        var coded = ParseDay(e.EventDate);
        var start = ParseDay(e.DateStart) ?? coded;
        var end = ParseDay(e.DateEnd) ?? coded;
        if (start is null || end is null) return (null, null);
        var slack = Slack(e.TimePrecision);
        // A report that gives no date of its own is dated by its publication: the event happened then or in the days
        // before, so it may match an event up to a week earlier.
        var before = DatedByReportOnly(e) ? ReportDateReach : 0;
        return (Math.Min(start.Value, end.Value) - slack - before, Math.Max(start.Value, end.Value) + slack);
    }

    private const int ReportDateReach = 7;

    private static bool DatedByReportOnly(EventRecord e) =>
        e.Evidence.FirstOrDefault(v => v.Field == "event_date") is { } d && d.By.StartsWith(RecordBuilder.ReportDateRule, StringComparison.Ordinal);

    public static int? ParseDay(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.DayNumber : null;

    /// <summary>Named, identified actors of an event, normalized and '|'-joined; civilians marked with a leading '~'.</summary>
    public static string ActorKey(EventRecord e)
    {
        var names = new[] { e.Actor1, e.AssocActor1, e.Actor2, e.AssocActor2 }
            .SelectMany(a => (a ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Select(a => a.ToLowerInvariant())
            .Where(a => !a.StartsWith("unidentified", StringComparison.Ordinal) && !a.StartsWith("unknown", StringComparison.Ordinal))
            .Select(a => a.StartsWith("civilians", StringComparison.Ordinal) ? "~" + a : a)
            .Distinct().Order(StringComparer.Ordinal);
        return string.Join('|', names);
    }

    /// <summary>Content words of the event's notes and evidence, for a rough text overlap.</summary>
    public static string TokenKey(EventRecord e)
    {
        var text = string.Join(' ', e.Evidence.Select(v => v.Text).Prepend(e.Notes));
        return string.Join(' ', Tokenize(text).Distinct().Order(StringComparer.Ordinal).Take(80));
    }

    private static IEnumerable<string> Tokenize(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                // Short words are mostly function words; length alone keeps this free of a language's word list.
                if (i - start >= 4 || char.IsDigit(text[start])) yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
