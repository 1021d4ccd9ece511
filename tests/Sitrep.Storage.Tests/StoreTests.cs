using Sitrep.Core;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Storage.Tests;

public class StoreTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void The_same_report_is_stored_once_by_text_or_by_url(string kind)
    {
        using var store = TestStores.New(kind);
        var text = "Gunmen attacked a police post in the hills on Friday, killing two officers.";
        Assert.Equal(EnqueueResult.Queued, store.Enqueue(new ReportSubmission("a", text, Url: "https://news.example/a")));
        // Same words, different case, spacing and punctuation.
        Assert.Equal(EnqueueResult.Duplicate, store.Enqueue(new ReportSubmission("b", "  GUNMEN attacked a police post in the hills on Friday -- killing two officers ")));
        // Same page (fragment and host case differ), updated text.
        Assert.Equal(EnqueueResult.Duplicate, store.Enqueue(new ReportSubmission("c", text + " Updated.", Url: "https://NEWS.example/a#comments")));
        Assert.Equal(EnqueueResult.Queued, store.Enqueue(new ReportSubmission("d", "Protesters gathered outside the ministry.")));

        var ingestor = new Ingestor(store, _ => new CodedReport([], "v1"), "w", TextWriter.Null);
        ingestor.Drain();
        ingestor.Run([SourceItem.Ok(new ReportSubmission("a", text))]);
        Assert.Equal(2, store.Counts().Reports);
        Assert.Equal(0, store.Counts().PendingJobs);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_report_the_coder_rejects_is_recorded_as_failed_with_its_reason_and_the_rest_go_on(string kind)
    {
        using var store = TestStores.New(kind);
        var errors = new StringWriter();
        var ingestor = new Ingestor(store, s => s.ExternalId == "bad" ? throw new InputException(s.Origin, "holds only a table of figures") : new CodedReport([], "v1"), "w", errors);
        var totals = ingestor.Run([
            SourceItem.Ok(new ReportSubmission("good", "One text.", Origin: "batch.jsonl:1")),
            SourceItem.Ok(new ReportSubmission("bad", "Another text.", Origin: "batch.jsonl:2")),
            SourceItem.Fail("batch.jsonl:3: not valid JSON"),
        ]);

        Assert.Equal(1, totals.Coded);
        Assert.Equal(2, totals.Errors);
        var failed = Assert.Single(store.Jobs(JobStatus.Failed));
        Assert.Contains("holds only a table of figures", failed.Error);
        Assert.Contains("batch.jsonl:2", errors.ToString());
        Assert.Contains("batch.jsonl:3: not valid JSON", errors.ToString());
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Queries_filter_by_place_type_actor_date_map_and_text_and_page(string kind)
    {
        using var store = TestStores.New(kind);
        var cases = IncidentReports.TenIncidentsOneTownOneDay().ToList();
        var far = IncidentReports.Record("far-1", "2024-06-01", 1, "Armed clash", "Battles", "Military Forces of Iraq", "Islamic State (Iraq)", 5,
            "Troops fought militants in the desert west of the river.", 34.45, 40.92, 1);
        far.Country = "Iraq"; far.Iso2 = "IQ"; far.Iso3 = "IRQ"; far.Admin1 = "Al Anbar"; far.Location = "Al Qaim";
        cases.Add(new IncidentReports.Case(new ReportSubmission("far-1", far.Notes, new DateOnly(2024, 6, 2), "Desert Post"), [far]));
        FakeEventStage.Ingest(store, cases);

        int Count(EventQuery q) => store.QueryIncidents(q with { IncludeTotal = true }).Total is { } t ? (int)t : -1;
        Assert.Equal(11, Count(new EventQuery()));
        Assert.Equal(10, Count(new EventQuery { Country = "sy" }));
        Assert.Equal(1, Count(new EventQuery { Country = "Iraq" }));
        Assert.Equal(10, Count(new EventQuery { Admin1 = "idlib" }));
        Assert.Equal(3, Count(new EventQuery { EventType = "Battles" }));
        Assert.Equal(1, Count(new EventQuery { SubEventType = "Mob violence" }));
        Assert.Equal(3, Count(new EventQuery { Actor = "tahrir" }));
        Assert.Equal(1, Count(new EventQuery { Since = new DateOnly(2024, 5, 7) }));
        Assert.Equal(10, Count(new EventQuery { Until = new DateOnly(2024, 5, 6) }));
        Assert.Equal(10, Count(new EventQuery { Near = new Near(35.65, 36.67, 10) }));
        Assert.Equal(1, Count(new EventQuery { Near = new Near(34.4, 40.9, 25) }));
        Assert.Equal(0, Count(new EventQuery { Near = new Near(34.4, 40.9, 1) }));
        Assert.Equal(1, Count(new EventQuery { Box = new BoundingBox(34, 40, 35, 41) }));
        Assert.Equal(1, Count(new EventQuery { Text = "minibus" }));
        Assert.Equal(1, Count(new EventQuery { Text = "roadside bomb" }));
        Assert.Equal(0, Count(new EventQuery { Text = "roadside NEAR( \"pharmacist" }));
        Assert.Equal(2, Count(new EventQuery { EventType = "Battles", Country = "SYR", Text = "Maarat" }));

        var first = store.QueryIncidents(new EventQuery { Limit = 4 }).Items;
        var second = store.QueryIncidents(new EventQuery { Limit = 4, Offset = 4 }).Items;
        Assert.Equal(4, first.Count);
        Assert.Empty(first.Select(i => i.Id).Intersect(second.Select(i => i.Id)));
        Assert.Equal("2024-06-01", first[0].EventDate);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Stats_count_incidents_by_day_country_type_and_actor(string kind)
    {
        using var store = TestStores.New(kind);
        FakeEventStage.Ingest(store, IncidentReports.TenIncidentsOneTownOneDay());
        var stats = store.Stats(new EventQuery());
        Assert.Equal(new CountBy("2024-05-06", 10, 12), Assert.Single(stats.ByDay));
        Assert.Equal(10, Assert.Single(stats.ByCountry).Incidents);
        Assert.Equal(3, stats.ByType.Single(t => t.Key == "Strategic developments").Incidents);
        Assert.Equal(2, stats.ByActor.Single(a => a.Key == "Hayat Tahrir al-Sham").Incidents);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Reopening_a_store_keeps_its_data_and_applies_no_migration_twice(string kind)
    {
        var location = TestStores.NewLocation(kind);
        using (var store = TestStores.Open(location)) FakeEventStage.Ingest(store, IncidentReports.OneStrikeTenOutlets());
        using (var again = TestStores.Open(location))
        {
            Assert.Equal(10, again.Counts().Reports);
            // One row per schema script (001_initial, 002_reviews, 003_match_cells, 004_incident_filters), each applied once.
            using var cmd = again.Command("SELECT count(*) FROM schema_migrations");
            Assert.Equal(4L, Convert.ToInt64(cmd.ExecuteScalar()));
        }
    }
}
