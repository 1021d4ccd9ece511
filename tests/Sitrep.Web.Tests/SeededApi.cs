using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Sitrep.Core;
using Sitrep.Storage;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Web.Tests;

/// <summary>The API in memory over a temporary SQLite store holding three unrelated incidents.</summary>
public sealed class SeededApi : IAsyncLifetime
{
    public const string Token = "test-token-7f3a";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    public SqliteEventStore Store { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Store = SqliteEventStore.Open(Path.Combine(_folder, "sitrep.db"));
        Store.Import(Seed.Reports().Select(r => (r.Report, new CodedReport(r.Events, "test"))));
        (_app, Client) = await Start(Store, Token);
    }

    /// <summary>An app over <paramref name="store"/>; its coder turns any text into one protest event in a made-up town.</summary>
    public static async Task<(WebApplication, HttpClient)> Start(IEventStore store, string? token, bool readPublic = true)
    {
        var app = WebApp.Create(new WebAppOptions { Store = store, Coder = Seed.CodeAsProtest, WriteToken = token, ReadPublic = readPublic },
            b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}

/// <summary>Hand-built reports and events; places and names are invented or general.</summary>
public static class Seed
{
    public sealed record SeedReport(ReportSubmission Report, List<EventRecord> Events);

    public static IEnumerable<SeedReport> Reports()
    {
        yield return Make("r1", "Shelling hit the market in the northern town, killing four, the ministry said.", new DateOnly(2024, 3, 2),
            "Battles", "Armed clash", "Military Forces of Syria (2000-2024)", "Hayat Tahrir al-Sham", "Syria", "SY", "SYR", "Idlib", "North Town", 35.93, 36.63, 4);
        yield return Make("r2", "A drone strike on a convoy near the river crossing killed two fighters.", new DateOnly(2024, 3, 10),
            "Explosions/Remote violence", "Air/drone strike", "Unidentified Military Forces", "Islamic State (Iraq)", "Iraq", "IQ", "IRQ", "Anbar", "River Crossing", 33.42, 43.30, 2);
        yield return Make("r3", "Hundreds marched peacefully in the capital demanding bread subsidies.", new DateOnly(2024, 4, 1),
            "Protests", "Peaceful protest", "Protesters (Lebanon)", null, "Lebanon", "LB", "LBN", "Beirut", "Beirut", 33.89, 35.50, 0);
    }

    public static CodedReport CodeAsProtest(ReportSubmission sub)
    {
        var e = Record(sub.ExternalId, sub.Text, sub.Published ?? new DateOnly(2024, 5, 1), "Protests", "Peaceful protest", "Protesters (Jordan)", null,
            "Jordan", "JO", "JOR", "Amman", "Hill Town", 31.95, 35.93, 0);
        return new CodedReport([e], "test-coder");
    }

    private static SeedReport Make(string id, string text, DateOnly date, string type, string sub, string actor1, string? actor2, string country,
        string iso2, string iso3, string admin1, string location, double lat, double lon, int fatalities) =>
        new(new ReportSubmission(id, text, date, "Example Wire", $"https://news.example.org/{id}", null, "test"),
            [Record(id, text, date, type, sub, actor1, actor2, country, iso2, iso3, admin1, location, lat, lon, fatalities)]);

    private static EventRecord Record(string reportId, string text, DateOnly date, string type, string sub, string actor1, string? actor2,
        string country, string iso2, string iso3, string admin1, string location, double lat, double lon, int fatalities)
    {
        var day = date.ToString("yyyy-MM-dd");
        return new EventRecord
        {
            ReportId = reportId, EventId = reportId + "-1", EventDate = day, DateStart = day, DateEnd = day, TimePrecision = 1,
            EventType = type, SubEventType = sub, Actor1 = actor1, Inter1 = 1, Actor2 = actor2, Inter2 = actor2 is null ? 0 : 2,
            Country = country, Iso2 = iso2, Iso3 = iso3, Admin1 = admin1, Location = location, Latitude = lat, Longitude = lon, GeoPrecision = 1,
            Fatalities = fatalities, FatalitiesLow = fatalities, FatalitiesHigh = fatalities, PloverEvent = "ASSAULT", CameoRoot = "19",
            Notes = text, Confidence = 0.8,
            Claims = fatalities > 0 ? [new ClaimRecord("fatalities", "the ministry", "reports", fatalities.ToString(), text, 0, text.Length)] : [],
            Evidence = [new Evidence("sub_event_type", 0, Math.Min(20, text.Length), text[..Math.Min(20, text.Length)], "test", 0.8)],
        };
    }
}
