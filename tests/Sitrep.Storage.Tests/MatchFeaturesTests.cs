using Sitrep.Core;
using Sitrep.Pipeline.Stages.Assembly;
using Sitrep.Storage.Incidents;

namespace Sitrep.Storage.Tests;

public class MatchFeaturesTests
{
    private static EventRecord Dated(string by) => new()
    {
        EventDate = "2024-05-11", DateStart = "2024-05-11", DateEnd = "2024-05-11", TimePrecision = 1,
        Evidence = [new Evidence("event_date", 0, 9, "yesterday", by, 0.9)],
    };

    [Fact]
    public void An_event_dated_only_by_its_report_reaches_a_week_back()
    {
        var day = MatchFeatures.ParseDay("2024-05-11")!.Value;
        Assert.Equal((day - 1, day + 1), MatchFeatures.DayRange(Dated("rule:dates.yesterday")));
        Assert.Equal((day - 8, day + 1), MatchFeatures.DayRange(Dated(RecordBuilder.ReportDateRule)));
    }
}
