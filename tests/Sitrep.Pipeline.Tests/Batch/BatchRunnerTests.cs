using Sitrep.Core;
using Sitrep.Pipeline.Batch;

namespace Sitrep.Pipeline.Tests.Batch;

public class BatchRunnerTests
{
    /// <summary>Writes one record per report, and fails on a report whose text asks it to.</summary>
    private sealed class OneRecordStage : IStage
    {
        public string Name => "one-record";

        public void Process(Document document)
        {
            if (document.Text.Contains("FAULT", StringComparison.Ordinal)) throw new InvalidOperationException("simulated fault");
            document.Events.Add(new EventRecord { ReportId = document.Id, EventId = $"{document.Id}-1" });
        }
    }

    [Fact]
    public void AFaultInOneReportSkipsThatLineAndKeepsTheRest()
    {
        var pipeline = new PipelineBuilder().Add(new OneRecordStage()).Build();
        var input = string.Join('\n',
            """{"id":"a","text":"first report"}""",
            """{"id":"b","text":"FAULT here"}""",
            """{"id":"c","text":"third report"}""");
        var output = new StringWriter();
        var errors = new StringWriter();

        var result = new BatchRunner(pipeline).Run(new StringReader(input), output, errors, "reports.jsonl");

        Assert.Equal(2, result.Reports);
        Assert.Equal(1, result.FailedLines);
        Assert.Equal(2, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("reports.jsonl:2: report 'b' could not be coded", errors.ToString());
        Assert.Contains("simulated fault", errors.ToString());
        Assert.DoesNotContain("   at ", errors.ToString());
    }
}
