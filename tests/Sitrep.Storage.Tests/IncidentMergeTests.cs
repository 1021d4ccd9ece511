using Sitrep.Storage;

namespace Sitrep.Storage.Tests;

public class IncidentMergeTests
{
    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Ten_outlets_telling_one_strike_make_one_incident_with_ten_sources(string kind)
    {
        using var store = TestStores.New(kind);
        var totals = FakeEventStage.Ingest(store, IncidentReports.OneStrikeTenOutlets());

        Assert.Equal(10, totals.Coded);
        var incidents = store.QueryIncidents(new EventQuery()).Items;
        var incident = Assert.Single(incidents);
        Assert.Equal(10, incident.ReportCount);
        Assert.Equal(10, incident.Sources.Split("; ").Length);
        Assert.Equal("2024-05-06", incident.EventDate);
        Assert.Equal("Maarat al-Numan", incident.Location);
        // ACLED: the lowest figure any outlet gives; UCDP: the range over every outlet's figures and claims.
        Assert.Equal(9, incident.Fatalities);
        Assert.Equal(9, incident.FatalitiesLow);
        Assert.Equal(15, incident.FatalitiesHigh);
        Assert.InRange(incident.FatalitiesBest, 11, 12);
        Assert.Contains("disagree", incident.Notes);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Ten_different_incidents_in_one_town_on_one_day_stay_ten(string kind)
    {
        using var store = TestStores.New(kind);
        FakeEventStage.Ingest(store, IncidentReports.TenIncidentsOneTownOneDay());

        var incidents = store.QueryIncidents(new EventQuery()).Items;
        Assert.Equal(10, incidents.Count);
        Assert.All(incidents, i => Assert.Equal(1, i.ReportCount));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void An_incident_shows_every_report_claim_and_evidence_and_why_events_merged(string kind)
    {
        using var store = TestStores.New(kind);
        FakeEventStage.Ingest(store, IncidentReports.OneStrikeTenOutlets());
        var id = store.QueryIncidents(new EventQuery()).Items.Single().Id;

        var detail = store.GetIncident(id)!;
        Assert.Equal(10, detail.Reports.Count);
        Assert.Equal(10, detail.Events.Count);
        Assert.Equal(9, detail.Events.Sum(e => e.Record.Claims.Count));
        Assert.All(detail.Events, e => Assert.NotEmpty(e.Record.Evidence));
        var merged = detail.Events.Where(e => e.Merge is not null).ToList();
        Assert.Equal(9, merged.Count);
        Assert.All(merged, e => Assert.Contains(e.Merge!.Features, f => f.Feature == "place"));
        Assert.All(merged, e => Assert.True(e.Merge!.Score >= store.Matcher.Threshold));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Splitting_an_event_undoes_its_merge_and_recoding_does_not_merge_it_again(string kind)
    {
        using var store = TestStores.New(kind);
        var cases = IncidentReports.OneStrikeTenOutlets();
        FakeEventStage.Ingest(store, cases);
        var incident = store.QueryIncidents(new EventQuery()).Items.Single();
        var taken = store.GetIncident(incident.Id)!.Events.First(e => e.Record.Fatalities == 9);

        var newIncident = store.SplitEvent(taken.Id);

        Assert.NotEqual(incident.Id, newIncident);
        var after = store.QueryIncidents(new EventQuery()).Items;
        Assert.Equal(2, after.Count);
        Assert.Equal(10, after.Single(i => i.Id == incident.Id).Fatalities);
        Assert.Equal(9, after.Single(i => i.Id == newIncident).Fatalities);

        var coder = FakeEventStage.Coder(cases);
        var report = store.Reports().Single(r => r.Id == taken.ReportId);
        store.Recode(report.Id, coder(report.ToSubmission()));
        Assert.Equal(2, store.QueryIncidents(new EventQuery()).Items.Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Recoding_a_report_replaces_its_events_and_rebuilds_its_incidents(string kind)
    {
        using var store = TestStores.New(kind);
        var cases = IncidentReports.OneStrikeTenOutlets();
        FakeEventStage.Ingest(store, cases);
        var lowest = store.Reports().Single(r => r.ExternalId == "agency-4");

        store.Recode(lowest.Id, new CodedReport([], "next-version"));

        var incident = store.QueryIncidents(new EventQuery()).Items.Single();
        Assert.Equal(9, incident.ReportCount);
        Assert.Equal(10, incident.Fatalities);
        Assert.Equal("next-version", store.Reports().Single(r => r.Id == lowest.Id).PipelineVersion);
        Assert.Equal(9, store.Counts().Events);
    }
}
