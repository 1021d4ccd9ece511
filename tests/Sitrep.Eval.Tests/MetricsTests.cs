using Sitrep.Eval.Metrics;
using Sitrep.Eval.Text;

namespace Sitrep.Eval.Tests;

public class MetricsTests
{
    [Fact]
    public void Precision_recall_and_f1_follow_their_definitions()
    {
        var t = new PrfTally();
        t.AddCounts(gold: 2, system: 3); // 2 tp, 1 fp
        t.AddCounts(gold: 2, system: 0); // 2 fn
        Assert.Equal(2.0 / 3, t.Precision, 6);
        Assert.Equal(0.5, t.Recall, 6);
        Assert.Equal(2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5), t.F1, 6);
    }

    [Fact]
    public void Nothing_produced_scores_zero_not_undefined()
    {
        var t = new PrfTally();
        t.Add(gold: true, system: false);
        Assert.Equal((0.0, 0.0, 0.0), (t.Precision, t.Recall, t.F1));
        Assert.Equal(0.0, new AccuracyTally().Value);
    }

    [Fact]
    public void Calibration_puts_confidence_above_point_nine_in_the_top_band()
    {
        var c = new CalibrationTally();
        c.Add(0.95, true);
        c.Add(0.91, false);
        c.Add(0.9, true);
        c.Add(0.2, false);
        Assert.Equal((1, 2), (c.High.Right, c.High.Total));
        Assert.Equal(1, c.Bands[2].Total);
        Assert.Equal(1, c.Bands[0].Total);
    }

    [Fact]
    public void Confusion_lists_labels_with_nothing_last()
    {
        var m = new ConfusionMatrix("t");
        m.Add("b", null);
        m.Add("a", "b");
        m.Add("a", "b");
        Assert.Equal(["b", ConfusionMatrix.Nothing], m.SystemLabels);
        Assert.Equal(2, m["a", "b"]);
        var table = Sitrep.Eval.ConfusionTable.From(m);
        Assert.Equal([2, 0], table.Counts[0]);
    }

    [Fact]
    public void Error_kinds_are_ranked_by_count_and_keep_their_first_example()
    {
        var log = new ErrorLog();
        log.Add("rare", new("r1", "g", "s", "e"));
        log.Add("common", new("c1", "g", "s", "e"));
        log.Add("common", new("c2", "g", "s", "e"));
        var top = log.MostFrequent(1);
        Assert.Equal(("common", 2, "c1"), (top[0].Kind, top[0].Count, top[0].Example.ReportId));
        Assert.Equal(3, log.Total);
    }

    [Theory]
    [InlineData("Hezb-e-Islami", "hezbeislami")]
    [InlineData("Kandahār", "kandahar")]
    [InlineData("  Sar-e  Pol ", "sarepol")]
    public void Names_fold_case_accents_and_punctuation(string name, string folded) => Assert.Equal(folded, NameFold.Fold(name));

    [Fact]
    public void Phrases_match_whole_words_only()
    {
        Assert.True(NameFold.ContainsPhrase("Islamic Movement of Uzbekistan", "movement of uzbekistan"));
        Assert.False(NameFold.ContainsPhrase("Highland Militia", "hig"));
    }
}
