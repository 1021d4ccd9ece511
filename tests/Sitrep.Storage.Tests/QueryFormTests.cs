using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Storage.Tests;

/// <summary>
/// A text search or map window reads the store one of two ways: collect every match and sort, or walk incidents
/// newest first and test each, depending on how many match and how deep the page is. Both must give the same pages.
/// With 240 incidents, a one- or three-row page of a word in two thirds of the reports (or a box holding a hundred
/// incidents) is walked; a large page is collected.
/// </summary>
public class QueryFormTests
{
    private const int Count = 240;

    private static (SqlEventStore Store, List<(int K, DateOnly Day, bool Common, bool Rare, double Lat, double Lon)> Rows) Store(string kind, int count = Count)
    {
        var store = TestStores.New(kind);
        var rows = Enumerable.Range(0, count).Select(k =>
            (K: k, Day: new DateOnly(2024, 1, 1).AddDays(k * 7 % 90), Common: k % 3 != 0, Rare: k % 40 == 0, Lat: -40 + k / 20 * 1.0, Lon: -100 + k % 20 * 1.0)).ToList();
        // Places a degree apart and one report each: no two events merge, so incident ids follow the rows.
        store.Import(rows.Select(r =>
        {
            var text = $"Report number {r.K} from the field." + (r.Common ? " Alpha company moved in." : "") + (r.Rare ? " The omega crossing closed." : "");
            var day = r.Day.ToString("yyyy-MM-dd");
            var e = new EventRecord
            {
                ReportId = $"q{r.K}", EventId = $"q{r.K}-1", EventDate = day, DateStart = day, DateEnd = day, EventType = "Protests",
                SubEventType = "Peaceful protest", Actor1 = "Protesters (A)", Inter1 = 6, Country = "A", Iso2 = "AA", Location = $"Place {r.K}",
                Latitude = r.Lat, Longitude = r.Lon, GeoPrecision = 1, PloverEvent = "PROTEST", CameoRoot = "14", Notes = text, Confidence = 0.8,
            };
            return (new ReportSubmission($"q{r.K}", text, r.Day, "Outlet", Origin: "test"), new CodedReport([e], "test"));
        }), reportsPerTransaction: 100);
        return (store, rows);
    }

    public static TheoryData<string, string> KindsAndWords()
    {
        var data = new TheoryData<string, string>();
        var kinds = TestStores.PostgresConnection is null ? new[] { "sqlite" } : ["sqlite", "postgres"];
        foreach (var kind in kinds) foreach (var word in new[] { "alpha", "omega" }) data.Add(kind, word);
        return data;
    }

    [Theory]
    [MemberData(nameof(KindsAndWords))]
    public void Text_search_pages_are_the_same_however_the_store_reads_them(string kind, string word)
    {
        var (store, rows) = Store(kind);
        using var _ = store;
        var expected = rows.Where(r => word == "alpha" ? r.Common : r.Rare).OrderByDescending(r => r.Day).ThenByDescending(r => r.K)
            .Select(r => $"Place {r.K}").ToList();
        foreach (var (limit, offset) in new[] { (1, 0), (3, 0), (3, 2), (10, 5), (500, 0) })
        {
            var page = store.QueryIncidents(new EventQuery { Text = word, Limit = limit, Offset = offset, IncludeTotal = true });
            Assert.Equal(expected.Skip(offset).Take(limit), page.Items.Select(i => i.Location!));
            Assert.Equal(expected.Count, page.Total);
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Map_window_pages_are_the_same_however_the_store_reads_them(string kind)
    {
        var (store, rows) = Store(kind);
        using var _ = store;
        foreach (var box in new[] { new BoundingBox(-40.5, -100.5, -35.5, -80.5), new BoundingBox(-39.5, -99.5, -38.5, -97.5) })
        {
            var expected = rows.Where(r => r.Lat >= box.MinLatitude && r.Lat <= box.MaxLatitude && r.Lon >= box.MinLongitude && r.Lon <= box.MaxLongitude)
                .OrderByDescending(r => r.Day).ThenByDescending(r => r.K).Select(r => $"Place {r.K}").ToList();
            Assert.NotEmpty(expected);
            foreach (var (limit, offset) in new[] { (1, 0), (3, 1), (500, 0) })
            {
                var page = store.QueryIncidents(new EventQuery { Box = box, Limit = limit, Offset = offset, IncludeTotal = true });
                Assert.Equal(expected.Skip(offset).Take(limit), page.Items.Select(i => i.Location!));
                Assert.Equal(expected.Count, page.Total);
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_text_search_matching_more_incidents_than_the_limit_has_no_total(string kind)
    {
        var (store, rows) = Store(kind, EventPage.TotalLimit * 3 / 2 + 2);
        using var _ = store;
        var common = store.QueryIncidents(new EventQuery { Text = "alpha", Limit = 10, IncludeTotal = true });
        Assert.Equal(10, common.Items.Count);
        Assert.True(rows.Count(r => r.Common) > EventPage.TotalLimit);
        Assert.Null(common.Total);
        Assert.Equal(rows.Count(r => r.Rare), store.QueryIncidents(new EventQuery { Text = "omega", IncludeTotal = true }).Total);
        // Without a text search the count is exact, however large.
        Assert.Equal(rows.Count, store.QueryIncidents(new EventQuery { Limit = 1, IncludeTotal = true }).Total);
    }
}
