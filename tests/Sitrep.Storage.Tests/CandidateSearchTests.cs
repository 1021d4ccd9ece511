using Sitrep.Core;
using Sitrep.Storage;
using Sitrep.Storage.Incidents;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The store looks for merge candidates only around an event (grid cells, its region). These tests check that the
/// narrowing never hides an event the matcher would accept: on the globe's awkward places, and against a search
/// through every stored event.
/// </summary>
public class CandidateSearchTests
{
    [Fact]
    public void The_cells_around_a_point_hold_every_point_the_matcher_finds_within_reach()
    {
        var matcher = new IncidentMatcher();
        var r = new Random(42);
        int checkedPoints = 0, narrowed = 0;
        for (var i = 0; i < 20_000; i++)
        {
            // Anywhere, with extra weight on the antimeridian, the poles' surroundings and cell edges.
            var lat = r.Next(4) switch { 0 => 89.9 - r.NextDouble() * 5, 1 => -89.9 + r.NextDouble() * 5, _ => r.NextDouble() * 178 - 89 };
            var lon = r.Next(3) == 0 ? (r.Next(2) == 0 ? 180 : -180) - Math.CopySign(r.NextDouble() * 0.5, r.Next(2) == 0 ? 1 : -1) : Math.Round(r.NextDouble() * 360 - 180, r.Next(2) == 0 ? 1 : 6);
            lon = Math.Clamp(lon, -180, 180);
            var (plat, plon) = Destination(lat, lon, r.NextDouble() * 360, matcher.MaxKm * (r.Next(2) == 0 ? 1 : r.NextDouble()));
            if (Geo.DistanceKm(lat, lon, plat, plon) > matcher.MaxKm) continue;
            checkedPoints++;
            var cells = MatchCells.Around(lat, lon, matcher.MaxKm);
            if (cells is null) continue; // the store falls back to family and dates alone
            narrowed++;
            Assert.True(cells.Contains(MatchCells.Of(plat, plon)!.Value),
                $"({plat}, {plon}) is {Geo.DistanceKm(lat, lon, plat, plon):0.###} km from ({lat}, {lon}) but not in its cells");
        }
        Assert.True(checkedPoints > 5_000, $"only {checkedPoints} points checked");
        Assert.True(narrowed > checkedPoints / 2, $"cells narrowed the search for only {narrowed} of {checkedPoints} points");
    }

    [Fact]
    public void Cells_are_only_given_up_on_near_the_poles()
    {
        Assert.NotNull(MatchCells.Around(70, 179.99, 25));
        Assert.NotNull(MatchCells.Around(-45, -180, 25));
        Assert.Null(MatchCells.Around(89.9, 10, 25));
        Assert.Equal(MatchCells.OffTheGlobe, MatchCells.Of(95, 10));
        Assert.Null(MatchCells.Of(null, 10));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Every_event_joins_the_incident_of_its_best_match_among_all_earlier_events(string kind)
    {
        using var store = TestStores.New(kind);
        var r = new Random(7);
        var reports = Enumerable.Range(0, 300).Select(i =>
        {
            var e = RandomEvent(r, i);
            return (new ReportSubmission($"c{i}", $"Report {i}: {e.Notes}", new DateOnly(2024, 5, 20), $"Outlet {i % 9}", Origin: "test"),
                new CodedReport([e], "test"));
        }).ToList();
        Assert.Equal(300, store.Import(reports, reportsPerTransaction: 40));

        var families = SubEventFamilies.Load();
        var incidents = store.QueryIncidents(new EventQuery { Limit = 10_000 }).Items;
        var events = incidents.SelectMany(i => store.GetIncident(i.Id)!.Events).OrderBy(e => e.Id).ToList();
        Assert.Equal(300, events.Count);
        var texts = store.Reports(limit: 10_000).ToDictionary(r => r.Id, r => r.Text);
        MatchFeatures Features(StoredEvent e) => MatchFeatures.From(e.Record, families.Of(e.Record.SubEventType), texts[e.ReportId], e.Id, e.ReportId, e.IncidentId);

        var merged = 0;
        var byId = events.ToDictionary(e => e.Id);
        for (var k = 0; k < events.Count; k++)
        {
            var e = events[k];
            var f = Features(e);
            if (e.Merge is { } later && later.MatchedEventId > e.Id)
            {
                // An incident of one report is absorbed when a later event matches it too.
                var by = byId[later.MatchedEventId];
                var why = new IncidentMatcher().Compare(Features(by), f);
                Assert.True(why is not null && why.Score >= new IncidentMatcher().Threshold, $"event {e.Id} was absorbed by {by.Id}, which does not match it");
                Assert.Equal(by.IncidentId, e.IncidentId);
                merged++;
                continue;
            }
            var best = events.Take(k).Where(b => b.ReportId != e.ReportId)
                .Select(b => (Event: b, Why: new IncidentMatcher().Compare(f, Features(b))))
                .Where(x => x.Why is not null && x.Why.Score >= new IncidentMatcher().Threshold)
                .OrderByDescending(x => x.Why!.Score).ThenBy(x => x.Event.Id).FirstOrDefault();
            if (best.Event is null)
            {
                Assert.True(e.Merge is null, $"event {e.Id} merged with {e.Merge?.MatchedEventId}, but no earlier event matches it");
                continue;
            }
            merged++;
            Assert.True(e.Merge is not null, $"event {e.Id} started an incident, but earlier event {best.Event.Id} matches it ({best.Why!.Score})");
            Assert.Equal(best.Event.Id, e.Merge!.MatchedEventId);
            Assert.Equal(best.Event.IncidentId, e.IncidentId);
        }
        // The data must give the search something to find, and something to leave apart.
        Assert.InRange(merged, 60, 260);
    }

    private static readonly (double Lat, double Lon)[] Centres = [(35.65, 36.67), (64.5, 179.95), (-0.2, -179.98), (71.2, -179.9), (50.45, 30.52)];
    private static readonly string?[] Regions = ["North", "NORTH", "north", "South", "", null];
    private static readonly string[] Subs = ["Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"];
    private static readonly string[] Actors = ["Military Forces of A", "Unidentified Armed Group (A)", "Rebels of B"];

    private static EventRecord RandomEvent(Random r, int i)
    {
        var (clat, clon) = Centres[r.Next(Centres.Length)];
        var placed = r.NextDouble() > 0.12;
        double? lat = placed ? clat + (r.NextDouble() - 0.5) * 0.8 : null;
        double? lon = placed ? clon + (r.NextDouble() - 0.5) * (Math.Abs(clat) > 60 ? 3 : 0.8) : null;
        if (lon > 180) lon -= 360;
        if (lon < -180) lon += 360;
        var day = new DateOnly(2024, 5, 1).AddDays(r.Next(40)).ToString("yyyy-MM-dd");
        var precision = r.Next(10) switch { 0 => 3, 1 => 2, 2 => 3, _ => 1 };
        var notes = $"strike {Words[r.Next(Words.Length)]} {Words[r.Next(Words.Length)]} {Words[r.Next(Words.Length)]} {Words[r.Next(Words.Length)]}";
        return new EventRecord
        {
            ReportId = $"c{i}", EventId = $"c{i}-1", EventDate = day, DateStart = day, DateEnd = day, TimePrecision = r.Next(8) == 0 ? 2 : 1,
            EventType = "Explosions/Remote violence", SubEventType = Subs[r.Next(Subs.Length)], Actor1 = Actors[r.Next(Actors.Length)], Inter1 = 1,
            Actor2 = r.Next(2) == 0 ? "Civilians (A)" : null, Country = "A", Iso2 = r.Next(8) == 0 ? null : "AA", Admin1 = Regions[r.Next(Regions.Length)],
            Location = "Somewhere", Latitude = lat, Longitude = lon, GeoPrecision = placed ? precision : null, Fatalities = r.Next(5), PloverEvent = "ASSAULT",
            CameoRoot = "19", Notes = notes, Confidence = Math.Round(r.NextDouble(), 2),
            Evidence = [new Evidence("event_type", 0, 6, "strike", "test", 0.8)],
        };
    }

    private static readonly string[] Words = ["bakery", "bridge", "convoy", "school", "clinic", "depot", "mosque", "checkpoint", "market", "village",
        "hospital", "barracks", "farm", "well"];

    /// <summary>The point a given distance and bearing away on the matcher's sphere.</summary>
    private static (double Lat, double Lon) Destination(double lat, double lon, double bearing, double km)
    {
        const double rad = Math.PI / 180;
        var d = km / 6371.0088;
        var p1 = lat * rad;
        var t = bearing * rad;
        var p2 = Math.Asin(Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(t));
        var l2 = lon * rad + Math.Atan2(Math.Sin(t) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * Math.Sin(p2));
        var lon2 = l2 / rad;
        while (lon2 > 180) lon2 -= 360;
        while (lon2 < -180) lon2 += 360;
        return (p2 / rad, lon2);
    }
}
