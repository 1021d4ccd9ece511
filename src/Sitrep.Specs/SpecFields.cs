using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Specs;

/// <summary>The record fields an expectation may check, by their names in the batch output.</summary>
public static class SpecFields
{
    private static readonly Dictionary<string, Func<EventRecord, string?>> Readers = new()
    {
        ["event_type"] = r => r.EventType,
        ["sub_event_type"] = r => r.SubEventType,
        ["event_date"] = r => r.EventDate,
        ["date_start"] = r => r.DateStart,
        ["date_end"] = r => r.DateEnd,
        ["time_precision"] = r => Int(r.TimePrecision),
        ["actor1"] = r => r.Actor1,
        ["assoc_actor_1"] = r => r.AssocActor1,
        ["inter1"] = r => Int(r.Inter1),
        ["actor2"] = r => r.Actor2,
        ["assoc_actor_2"] = r => r.AssocActor2,
        ["inter2"] = r => Int(r.Inter2),
        ["interaction"] = r => Int(r.Interaction),
        ["country"] = r => r.Country,
        ["iso2"] = r => r.Iso2,
        ["iso3"] = r => r.Iso3,
        ["admin1"] = r => r.Admin1,
        ["admin2"] = r => r.Admin2,
        ["location"] = r => r.Location,
        ["geo_precision"] = r => r.GeoPrecision is { } g ? Int(g) : null,
        ["fatalities"] = r => Int(r.Fatalities),
        ["fatalities_low"] = r => Int(r.FatalitiesLow),
        ["fatalities_high"] = r => Int(r.FatalitiesHigh),
        ["plover_event"] = r => r.PloverEvent,
        ["plover_mode"] = r => r.PloverMode,
        ["cameo_root"] = r => r.CameoRoot,
    };

    public static IReadOnlyCollection<string> Names => Readers.Keys;

    public static bool IsKnown(string name) => Readers.ContainsKey(name);

    public static string? Read(EventRecord record, string field) => Readers[field](record);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
