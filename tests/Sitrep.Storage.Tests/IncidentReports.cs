using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Reports the team wrote for these tests, each with the record a coder would make of it: ten outlets telling
/// one air strike on a market in their own words, and ten different incidents in one town on one day.
/// </summary>
public static class IncidentReports
{
    private const double TownLat = 35.6476, TownLon = 36.6739;

    public sealed record Case(ReportSubmission Report, EventRecord[] Events);

    public static IReadOnlyList<Case> OneStrikeTenOutlets() =>
    [
        Strike("wire-1", "Northern Wire", "2024-05-07",
            "Air strikes hit a crowded vegetable market in Maarat al-Numan on Monday, killing at least 11 civilians, rescue workers said.",
            "2024-05-06", 1, "Air/drone strike", "Military Forces of Syria", null, 11, 11, 11, TownLat, TownLon, 1),
        Strike("daily-2", "Idlib Daily", "2024-05-06",
            "Thirteen people died when warplanes bombed the main market of Maarat al-Numan this morning, according to a war monitor.",
            "2024-05-06", 1, "Air/drone strike", "Military Forces of Syria", "Military Forces of Russia", 13, 11, 13, TownLat, TownLon, 1),
        Strike("radio-3", "Levant Radio", "2024-05-07",
            "Civil defence teams pulled bodies from the rubble of a market in southern Idlib after an aerial attack; a medic counted twelve dead.",
            "2024-05-06", 1, "Air/drone strike", "Unidentified Military Forces", null, 12, 12, 12, TownLat + 0.03, TownLon - 0.02, 2),
        Strike("agency-4", "Gulf Agency", "2024-05-07",
            "Opposition activists accused government jets of striking shoppers in Maarat al-Numan late on Monday. Nine were confirmed killed.",
            "2024-05-06", 1, "Air/drone strike", "Military Forces of Syria", null, 9, 9, 9, TownLat, TownLon, 1),
        Strike("paper-5", "The Evening Paper", "2024-05-08",
            "Overnight bombardment of a town market in Idlib province killed as many as 15 people, a hospital director told this newspaper.",
            "2024-05-07", 1, "Shelling/artillery/missile attack", "Military Forces of Syria", null, 15, 10, 15, 35.93, 36.63, 3),
        Strike("blog-6", "Frontline Blog", "2024-05-09",
            "Residents of Maarat al-Numan buried eleven neighbours on Tuesday, a day after a raid on the market that locals blamed on the air force.",
            "2024-05-06", 1, "Air/drone strike", "Military Forces of Syria", null, 11, 11, 11, TownLat, TownLon, 1),
        Strike("tv-7", "Channel Seven", "2024-05-06",
            "Breaking: explosions from an air raid reported at a busy market in Maarat al-Numan. Casualties are feared.",
            "2024-05-06", 1, "Air/drone strike", "Unidentified Military Forces", null, 0, 0, 0, TownLat, TownLon, 1),
        Strike("monitor-8", "Rights Monitor", "2024-05-10",
            "Our field researchers documented the killing of ten civilians, among them three children, in an air strike on a market in Maarat al-Numan in early May.",
            "2024-05-06", 2, "Air/drone strike", "Military Forces of Syria", null, 10, 10, 10, TownLat, TownLon, 1),
        Strike("weekly-9", "Regional Weekly", "2024-05-11",
            "The strike on the Maarat al-Numan market, which killed twelve, drew condemnation from aid groups working in Idlib.",
            "2024-05-06", 1, "Air/drone strike", "Military Forces of Syria", "Military Forces of Russia", 12, 12, 12, TownLat + 0.01, TownLon, 1),
        Strike("aid-10", "Relief Bulletin", "2024-05-07",
            "Aid workers said an aerial bombardment of a marketplace near Maarat al-Numan on 6 May left 11 dead and dozens wounded.",
            "2024-05-06", 1, "Air/drone strike", null, null, 11, 11, 11, TownLat - 0.04, TownLon + 0.03, 2),
    ];

    public static IReadOnlyList<Case> TenIncidentsOneTownOneDay() =>
    [
        Other("t-1", "Air/drone strike", "Explosions/Remote violence", "Military Forces of Syria", "Civilians (Syria)", 3,
            "A jet struck a bakery queue in Maarat al-Numan, killing three."),
        Other("t-2", "Armed clash", "Battles", "Military Forces of Syria", "Hayat Tahrir al-Sham", 4,
            "Government troops and Hayat Tahrir al-Sham fighters fought on the eastern edge of Maarat al-Numan; four fighters died."),
        Other("t-3", "Peaceful protest", "Protests", "Protesters (Syria)", null, 0,
            "Hundreds marched through central Maarat al-Numan demanding the release of detainees."),
        Other("t-4", "Arrests", "Strategic developments", "Police Forces of Syria", "Civilians (Syria)", 0,
            "Police detained six young men at a checkpoint outside Maarat al-Numan."),
        Other("t-5", "Remote explosive/landmine/IED", "Explosions/Remote violence", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 2,
            "A roadside bomb hit a minibus on the road into Maarat al-Numan, killing the driver and a passenger."),
        Other("t-6", "Abduction/forced disappearance", "Violence against civilians", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 0,
            "Masked gunmen seized a pharmacist from his shop in Maarat al-Numan; his family has had no word of him."),
        Other("t-7", "Looting/property destruction", "Strategic developments", "Rioters (Syria)", null, 0,
            "Crowds ransacked a grain depot in Maarat al-Numan after bread prices doubled."),
        Other("t-8", "Armed clash", "Battles", "Hayat Tahrir al-Sham", "Turkistan Islamic Party", 2,
            "Two rival factions, Hayat Tahrir al-Sham and the Turkistan Islamic Party, exchanged fire over a checkpoint in Maarat al-Numan; two died."),
        Other("t-9", "Mob violence", "Riots", "Rioters (Syria)", "Civilians (Syria)", 1,
            "A mob beat a man accused of theft to death in a Maarat al-Numan street."),
        Other("t-10", "Headquarters or base established", "Strategic developments", "Hayat Tahrir al-Sham", null, 0,
            "Hayat Tahrir al-Sham set up a new command post in a school in Maarat al-Numan."),
    ];

    private static Case Strike(string id, string outlet, string published, string text, string date, int timePrecision, string sub,
        string? actor1, string? assoc1, int fatalities, int low, int high, double lat, double lon, int geoPrecision)
    {
        var report = new ReportSubmission(id, text, DateOnly.Parse(published), outlet, $"https://news.example/{id}", $"{outlet} report", "test");
        var e = Record(id, date, timePrecision, sub, "Explosions/Remote violence", actor1 ?? "Unidentified Military Forces", "Civilians (Syria)", fatalities, text,
            lat, lon, geoPrecision);
        e.AssocActor1 = assoc1;
        e.FatalitiesLow = low;
        e.FatalitiesHigh = high;
        if (geoPrecision == 3) { e.Location = "Idlib"; e.Admin2 = null; }
        if (fatalities > 0)
            e.Claims.Add(new ClaimRecord("fatalities", outlet, "reports", fatalities.ToString(), text, 0, text.Length));
        return new Case(report, [e]);
    }

    private static Case Other(string id, string sub, string type, string actor1, string? actor2, int fatalities, string text)
    {
        var report = new ReportSubmission(id, text, new DateOnly(2024, 5, 6), "Town Herald", null, null, "test");
        var n = int.Parse(id[2..]);
        // Each incident at a different spot in the same town, a few hundred metres apart.
        return new Case(report, [Record(id, "2024-05-06", 1, sub, type, actor1, actor2, fatalities, text, TownLat + 0.002 * n, TownLon - 0.001 * n, 1)]);
    }

    public static EventRecord Record(string reportId, string date, int timePrecision, string sub, string type, string actor1, string? actor2,
        int fatalities, string text, double? lat, double? lon, int? geoPrecision) => new()
    {
        ReportId = reportId,
        EventId = reportId + "-1",
        EventDate = date,
        DateStart = date,
        DateEnd = date,
        TimePrecision = timePrecision,
        EventType = type,
        SubEventType = sub,
        Actor1 = actor1,
        Inter1 = actor1.StartsWith("Military", StringComparison.Ordinal) || actor1.StartsWith("Police", StringComparison.Ordinal) ? 1 : actor1.StartsWith("Unidentified", StringComparison.Ordinal) ? 3 : 2,
        Actor2 = actor2,
        Inter2 = actor2 is null ? 0 : actor2.StartsWith("Civilians", StringComparison.Ordinal) ? 7 : 2,
        Country = "Syria",
        Iso2 = "SY",
        Iso3 = "SYR",
        Admin1 = "Idlib",
        Admin2 = "Maarat al-Numan",
        Location = "Maarat al-Numan",
        Latitude = lat,
        Longitude = lon,
        GeoPrecision = geoPrecision,
        Fatalities = fatalities,
        FatalitiesLow = fatalities,
        FatalitiesHigh = fatalities,
        PloverEvent = "ASSAULT",
        CameoRoot = "19",
        Notes = text,
        Confidence = 0.8,
        Evidence = [new Evidence("sub_event_type", 0, Math.Min(text.Length, 40), text[..Math.Min(text.Length, 40)], "test", 0.8)],
    };
}
