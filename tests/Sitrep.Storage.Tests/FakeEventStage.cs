using Sitrep.Core;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Storage.Tests;

/// <summary>
/// A pipeline stage that emits the records written for each test report, standing in for the event coder
/// so the store's own behaviour (merging, transactions, queries) is tested whatever the coder does.
/// </summary>
public sealed class FakeEventStage(IEnumerable<IncidentReports.Case> cases) : IStage
{
    private readonly Dictionary<string, EventRecord[]> _byId = cases.ToDictionary(c => c.Report.ExternalId, c => c.Events);

    public string Name => "fake-events";

    public void Process(Document document)
    {
        if (!_byId.TryGetValue(document.Id, out var events)) return;
        foreach (var e in events) document.Events.Add(e);
    }

    public static Func<ReportSubmission, CodedReport> Coder(IEnumerable<IncidentReports.Case> cases) =>
        Ingestor.PipelineCoder(new PipelineBuilder().Add(new FakeEventStage(cases)).Build());

    public static IngestTotals Ingest(IEventStore store, IReadOnlyList<IncidentReports.Case> cases, string worker = "test")
    {
        var ingestor = new Ingestor(store, Coder(cases), worker, TextWriter.Null);
        return ingestor.Run(cases.Select(c => SourceItem.Ok(c.Report)));
    }
}
