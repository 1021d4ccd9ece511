using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Storage.Incidents;

/// <summary>One report's event in an incident, with the outlet that reported it and the store's id of the report.</summary>
public sealed record IncidentMember(EventRecord Record, string? Source, long ReportKey);

/// <summary>
/// Builds an incident's one record from its members. Fatalities follow ACLED (the lowest figure any report
/// gives, disagreement noted) and UCDP (low = lowest low, high = highest high, best = the median report).
/// </summary>
public static class IncidentSummary
{
    public static IncidentRow Build(long id, IReadOnlyList<IncidentMember> members, string updatedAt)
    {
        if (members.Count == 0) throw new ArgumentException("an incident has at least one event", nameof(members));
        var records = members.Select(m => m.Record).ToList();
        var lead = records.OrderByDescending(r => IsNamed(r.Actor1)).ThenByDescending(r => r.Confidence).First();
        var when = records.OrderBy(r => r.TimePrecision)
            .GroupBy(r => (r.TimePrecision, r.EventDate)).OrderBy(g => g.Key.TimePrecision).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key.EventDate, StringComparer.Ordinal).First().First();
        var where = records.OrderBy(r => r.Latitude is null ? 1 : 0).ThenBy(r => r.GeoPrecision ?? 9)
            .ThenByDescending(r => r.Confidence).First();

        var fatalities = Fatalities(members);
        var sources = members.Select(m => m.Source ?? m.Record.Source).Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => s!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var notes = lead.Notes;
        if (fatalities.Disagreement is { } d) notes = string.IsNullOrEmpty(notes) ? d : $"{notes} {d}";

        return new IncidentRow
        {
            Id = id,
            EventDate = when.EventDate,
            TimePrecision = when.TimePrecision,
            EventType = lead.EventType,
            SubEventType = lead.SubEventType,
            Actor1 = lead.Actor1,
            AssocActor1 = lead.AssocActor1,
            Inter1 = lead.Inter1,
            Actor2 = lead.Actor2,
            AssocActor2 = lead.AssocActor2,
            Inter2 = lead.Inter2,
            Interaction = lead.Interaction,
            Country = where.Country ?? lead.Country,
            Iso2 = where.Iso2 ?? lead.Iso2,
            Iso3 = where.Iso3 ?? lead.Iso3,
            Admin1 = where.Admin1,
            Admin2 = where.Admin2,
            Location = where.Location,
            Latitude = where.Latitude,
            Longitude = where.Longitude,
            GeoPrecision = where.GeoPrecision,
            Fatalities = fatalities.Acled,
            FatalitiesLow = fatalities.Low,
            FatalitiesBest = fatalities.Best,
            FatalitiesHigh = fatalities.High,
            Sources = string.Join("; ", sources),
            Notes = notes,
            ReportCount = members.Select(m => m.ReportKey).Distinct().Count(),
            EventCount = records.Count,
            UpdatedAt = updatedAt,
        };
    }

    public sealed record FatalityFigures(int Acled, int Low, int Best, int High, string? Disagreement);

    public static FatalityFigures Fatalities(IReadOnlyList<IncidentMember> members)
    {
        // A report that gives no figure is silent, not a report of zero deaths.
        var reporting = members.Where(m => m.Record.Fatalities > 0 || m.Record.FatalitiesHigh > 0 || ClaimedFigures(m.Record).Any()).ToList();
        if (reporting.Count == 0) return new(0, 0, 0, 0, null);
        var coded = reporting.Select(m => m.Record.Fatalities).ToList();
        var lows = reporting.Select(m => Math.Min(m.Record.FatalitiesLow, m.Record.Fatalities))
            .Concat(reporting.SelectMany(m => ClaimedFigures(m.Record)));
        var highs = reporting.Select(m => Math.Max(m.Record.FatalitiesHigh, m.Record.Fatalities))
            .Concat(reporting.SelectMany(m => ClaimedFigures(m.Record)));
        var acled = coded.Min();
        var low = lows.Min();
        var high = highs.Max();
        var sorted = coded.Order().ToList();
        var best = Math.Clamp(sorted[(sorted.Count - 1) / 2], low, high);
        string? disagreement = null;
        if (coded.Distinct().Count() > 1)
        {
            var bySource = reporting.Select(m => $"{m.Source ?? m.Record.Source ?? m.Record.ReportId}: {m.Record.Fatalities}").Distinct();
            disagreement = $"Sources disagree on fatalities ({string.Join("; ", bySource)}); the lowest figure is coded.";
        }
        return new(acled, low, best, high, disagreement);
    }

    private static IEnumerable<int> ClaimedFigures(EventRecord r) =>
        r.Claims.Where(c => c.Kind.Equals("fatalities", StringComparison.OrdinalIgnoreCase) && !c.Stance.Equals("denies", StringComparison.OrdinalIgnoreCase))
            .Select(c => int.TryParse(c.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1)
            .Where(n => n >= 0);

    private static bool IsNamed(string? actor) =>
        !string.IsNullOrWhiteSpace(actor) && !actor.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);
}
