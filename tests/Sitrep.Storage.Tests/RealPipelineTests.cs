using Sitrep.Pipeline;
using Sitrep.Storage.Ingest;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The same incident tests over the real pipeline instead of hand-made records: the texts are coded by Sitrep's
/// stages, so these measure the pipeline and the store together.
/// </summary>
public class RealPipelineTests
{
    private static IngestTotals IngestWithRealPipeline(IEventStore store, IEnumerable<IncidentReports.Case> cases)
    {
        var pipeline = DefaultPipeline.Create(new PipelineOptions());
        var ingestor = new Ingestor(store, Ingestor.PipelineCoder(pipeline), "real-pipeline", TextWriter.Null);
        return ingestor.Run(cases.Select(c => SourceItem.Ok(c.Report)));
    }

    // Two of the ten are placed only to Idlib province and one of those is coded as shelling a day late: they join on
    // their region, their tolls and their words.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Real_pipeline_ten_outlets_telling_one_strike_make_one_incident(bool newestFirst)
    {
        using var store = TestStores.New("sqlite");
        var reports = IncidentReports.OneStrikeTenOutlets();
        var totals = IngestWithRealPipeline(store, newestFirst ? reports.Reverse() : reports);
        var incidents = store.QueryIncidents(new EventQuery()).Items;
        Assert.Equal(10, totals.Events);
        var biggest = incidents.MaxBy(i => i.ReportCount)!;
        Assert.True(biggest.ReportCount == 10, $"largest incident has {biggest.ReportCount} reports; {incidents.Count} incidents: " +
            string.Join(" | ", incidents.Select(i => $"{i.EventDate} {i.SubEventType} {i.Location} {i.Actor1} ({i.ReportCount})")));
    }

    // The riot and the lynching share a town, a day, a family of sub-event types and a generic actor: their sub-event
    // types and their words keep them apart.
    [Fact]
    public void Real_pipeline_ten_incidents_in_one_town_stay_apart()
    {
        using var store = TestStores.New("sqlite");
        var totals = IngestWithRealPipeline(store, IncidentReports.TenIncidentsOneTownOneDay());
        var incidents = store.QueryIncidents(new EventQuery()).Items;
        Assert.All(incidents, i => Assert.Equal(1, i.ReportCount));
        Assert.Equal(10, totals.Events);
    }
}
