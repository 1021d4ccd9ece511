using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Dashboard.Tests;

/// <summary>
/// Reports written for these tests (places and outlets invented), each with the record a coder would make of it.
/// Two outlets give different tolls for one shelling; one report carries markup in its title, text and actor name.
/// </summary>
public static class DashboardSeed
{
    public const string HostileTitle = "Market raid <script>window.__pwned = 1</script>";
    public const string HostileActor = "<img src=x onerror=\"window.__pwned = 3\">";
    public const string HostileText = "Gunmen raided the Old Market of Wadi Tall on Wednesday <img src=x onerror=\"window.__pwned = 2\"> and killed a trader, residents said.";
    public const string MonitorA = "the Harbour Monitor";
    public const string MonitorB = "the Valley Observatory";

    public static IEnumerable<(ReportSubmission Report, CodedReport Coding)> Reports()
    {
        yield return One("clash", "Troops and rebels fought for hours outside the hill town of Tel Kora on Saturday; three fighters died.",
            "2024-03-02", "Northern Wire", null, "Battles", "Armed clash", "Military Forces of Syria", "Rebels (Syria)", 3,
            "Syria", "SY", "SYR", "Idlib", "Tel Kora", 35.9, 36.6, ("event_type", "fought"), ("fatalities", "three"), ("location", "Tel Kora"));

        const string a = "Shelling struck the port district of Qasr Bay on Tuesday, killing at least six people, the Harbour Monitor said.";
        yield return One("shelling-a", a, "2024-03-12", "Harbour Monitor", (MonitorA, "at least 6"), "Explosions/Remote violence",
            "Shelling/artillery/missile attack", "Unidentified Military Forces", "Civilians (Lebanon)", 6, "Lebanon", "LB", "LBN", "South", "Qasr Bay",
            33.27, 35.2, ("event_type", "Shelling struck"), ("fatalities", "at least six"), ("location", "Qasr Bay"));
        const string b = "Ten people died when shells landed on Qasr Bay on Tuesday, according to the Valley Observatory.";
        yield return One("shelling-b", b, "2024-03-12", "Valley Observatory", (MonitorB, "10"), "Explosions/Remote violence",
            "Shelling/artillery/missile attack", "Unidentified Military Forces", "Civilians (Lebanon)", 10, "Lebanon", "LB", "LBN", "South", "Qasr Bay",
            33.27, 35.2, ("event_type", "shells landed"), ("fatalities", "Ten"), ("location", "Qasr Bay"));

        yield return One("rally-1", "Teachers rallied outside the education ministry in Amman on Wednesday demanding back pay.",
            "2024-03-20", "City Desk", null, "Protests", "Peaceful protest", "Protesters (Jordan)", null, 0,
            "Jordan", "JO", "JOR", "Amman", "Amman", 31.95, 35.93, ("event_type", "rallied"), ("location", "Amman"));
        yield return One("rally-2", "Farmers marched through Basra on Tuesday against water cuts.",
            "2024-04-02", "River News", null, "Protests", "Peaceful protest", "Protesters (Iraq)", null, 0,
            "Iraq", "IQ", "IRQ", "Basra", "Basra", 30.5, 47.8, ("event_type", "marched"), ("location", "Basra"));

        var raid = One("raid", HostileText, "2024-04-10", "Evening Post", null, "Violence against civilians", "Attack", HostileActor,
            "Civilians (Lebanon)", 1, "Lebanon", "LB", "LBN", "Bekaa", "Wadi Tall", 33.85, 35.9,
            ("event_type", "raided"), ("location", "Old Market of Wadi Tall"), ("fatalities", "killed a trader"));
        yield return (raid.Report with { Title = HostileTitle }, raid.Coding);

        yield return One("arrests", "Police detained four men at a checkpoint near Darat on Monday.",
            "2024-04-15", "Northern Wire", null, "Strategic developments", "Arrests", "Police Forces of Syria", "Civilians (Syria)", 0,
            "Syria", "SY", "SYR", "Aleppo", "Darat", 36.2, 37.1, ("event_type", "detained"), ("location", "Darat"));
    }

    private static (ReportSubmission Report, CodedReport Coding) One(string id, string text, string date, string source, (string Speaker, string Value)? claim,
        string type, string sub, string actor1, string? actor2, int fatalities, string country, string iso2, string iso3, string admin1, string location,
        double lat, double lon, params (string Field, string Phrase)[] evidence)
    {
        var report = new ReportSubmission(id, text, DateOnly.Parse(date).AddDays(1), source, $"https://news.example.org/{id}", $"{source}: {location}", "test");
        var record = new EventRecord
        {
            ReportId = id, EventId = id + "-1", EventDate = date, DateStart = date, DateEnd = date, TimePrecision = 1,
            EventType = type, SubEventType = sub, Actor1 = actor1, Inter1 = 1, Actor2 = actor2, Inter2 = actor2 is null ? 0 : 7,
            Country = country, Iso2 = iso2, Iso3 = iso3, Admin1 = admin1, Location = location, Latitude = lat, Longitude = lon, GeoPrecision = 1,
            Fatalities = fatalities, FatalitiesLow = fatalities, FatalitiesHigh = fatalities, PloverEvent = "ASSAULT", CameoRoot = "19",
            Notes = text, Confidence = 0.8, Source = source,
            Claims = claim is { } c ? [new ClaimRecord("fatalities", c.Speaker, "asserts", c.Value, text, 0, text.Length)] : [],
            Evidence = evidence.Select(e =>
            {
                var at = text.IndexOf(e.Phrase, StringComparison.Ordinal);
                if (at < 0) throw new ArgumentException($"'{e.Phrase}' is not in report {id}");
                return new Evidence(e.Field, at, at + e.Phrase.Length, e.Phrase, "rule:test", 0.8);
            }).ToList(),
        };
        return (report, new CodedReport([record], "test-coder"));
    }
}
