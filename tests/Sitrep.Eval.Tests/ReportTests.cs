using Sitrep.Eval.Reports;

namespace Sitrep.Eval.Tests;

public class ReportTests
{
    private static Scorecard Card(double date) => new(
        [new CorpusScore("demo", "Demo corpus", 4, 3)
        {
            Fields = [new FieldScore("demo.date", "event date", MeasureKind.Accuracy, date, 4) { Correct = (int)(date * 4), Target = 0.9 }],
            Errors = [new("date: one day late", 1, new("r|1", "2020-01-01", "2020-01-02", "on the\nsecond"))],
            ErrorTotal = 1,
        }],
        [new SkippedCorpus("other", "not here")]);

    [Fact]
    public void Markdown_marks_each_field_against_the_baseline_and_names_failures()
    {
        var baseline = Baseline.From(Card(0.75));
        var md = MarkdownReport.Write(Card(0.5), BaselineComparison.Compare(baseline, Card(0.5)), "eval/baseline.json");

        Assert.Contains("| `demo.date` event date | 50.0% (2/4)", md);
        Assert.Contains("▼ -25.0 pt **fails**", md);
        Assert.Contains("≥ 90.0% not met", md);
        Assert.Contains("r\\|1", md);
        Assert.DoesNotContain("on the\nsecond", md);
        Assert.Contains("- other: not here", md);
    }

    [Fact]
    public void Json_holds_fields_and_the_comparison()
    {
        var json = JsonReport.Write(Card(0.75), BaselineComparison.Compare(Baseline.From(Card(0.75)), Card(0.75)));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        Assert.True(doc.RootElement.GetProperty("baseline").GetProperty("passed").GetBoolean());
        Assert.Equal("demo.date", doc.RootElement.GetProperty("scorecard").GetProperty("corpora")[0].GetProperty("fields")[0].GetProperty("key").GetString());
    }
}
