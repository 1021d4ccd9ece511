using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Storage.Bench;

/// <summary>Reports and their coded events, made up from a seed: realistic sizes, places spread over a region.</summary>
public sealed class SyntheticReports(int seed)
{
    private static readonly string[] Words =
    [
        "shelling", "convoy", "checkpoint", "market", "village", "clashes", "drone", "protest", "militia", "army",
        "police", "curfew", "displaced", "hospital", "bridge", "ambush", "raid", "detained", "rocket", "mortar",
        "border", "fighters", "residents", "officials", "ceasefire", "negotiations", "airstrike", "explosion", "road", "school",
    ];
    private static readonly (string Type, string Sub)[] Types =
    [
        ("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest"), ("Riots", "Mob violence"), ("Strategic developments", "Arrests"),
    ];
    private static readonly string[] Actors = ["Military Forces of A", "Rebel Group B", "Militia C", "Police Forces of A", "Unidentified Armed Group (A)"];

    private readonly Random _random = new(seed);

    /// <summary>Words of a report: a few very common ones and a long tail, roughly as in news text.</summary>
    public static string Word(Random r)
    {
        var k = (int)(Math.Pow(r.NextDouble(), 3) * 6000);
        return k < Words.Length ? Words[k] : "w" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A word to search for: as likely rare as common, the way a researcher looks for something specific.</summary>
    public static string SearchWord(Random r) => r.Next(2) == 0 ? Words[r.Next(Words.Length)] : "w" + r.Next(Words.Length, 6000);

    public (ReportSubmission Report, CodedReport Coding) Next(int i)
    {
        var r = _random;
        var words = string.Join(' ', Enumerable.Range(0, 120).Select(_ => Word(r)));
        var text = $"Report {i}. {words}.";
        var (type, sub) = Types[r.Next(Types.Length)];
        var day = new DateOnly(2020, 1, 1).AddDays(r.Next(5 * 365));
        var e = new EventRecord
        {
            ReportId = $"b{i}", EventId = $"b{i}-1", EventDate = day.ToString("yyyy-MM-dd"), DateStart = day.ToString("yyyy-MM-dd"),
            DateEnd = day.ToString("yyyy-MM-dd"), TimePrecision = 1, EventType = type, SubEventType = sub,
            Actor1 = Actors[r.Next(Actors.Length)], Inter1 = 1, Actor2 = "Civilians (A)", Inter2 = 7, Interaction = 17,
            Country = "Country A", Iso2 = "AA", Iso3 = "AAA", Admin1 = $"Province {r.Next(40)}", Location = $"Town {r.Next(5000)}",
            Latitude = 20 + r.NextDouble() * 20, Longitude = 30 + r.NextDouble() * 20, GeoPrecision = 1,
            Fatalities = r.Next(12), PloverEvent = "ASSAULT", CameoRoot = "19", Notes = words[..200], Confidence = 0.7,
            Evidence = [new Evidence("event_type", 0, 20, text[..20], "bench", 0.7)],
        };
        e.FatalitiesLow = e.Fatalities;
        e.FatalitiesHigh = e.Fatalities + r.Next(3);
        return (new ReportSubmission($"b{i}", text, day, $"Outlet {r.Next(60)}", null, null, "bench"), new CodedReport([e], "bench"));
    }
}
