namespace Sitrep.Eval.Tests;

/// <summary>The gate CI runs: a field more than one percentage point below the baseline, or missing, fails it.</summary>
public class BaselineGateTests
{
    private static Baseline BaselineOf(params (string Key, double Value)[] fields) =>
        new(new SortedDictionary<string, double>(fields.ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal));

    private static Scorecard CardOf(params (string Key, double Value)[] fields) =>
        new([new CorpusScore("demo", "Demo corpus", 10, 10)
        {
            Fields = fields.Select(f => new FieldScore(f.Key, f.Key, MeasureKind.Accuracy, f.Value, 100)).ToList(),
        }], []);

    [Fact]
    public void A_field_two_points_lower_fails_the_gate()
    {
        var baseline = BaselineOf(("demo.date", 0.80), ("demo.place", 0.70));
        var worse = CardOf(("demo.date", 0.78), ("demo.place", 0.70));

        var result = BaselineComparison.Compare(baseline, worse);

        Assert.False(result.Passed);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("demo.date", failure.Key);
        Assert.Equal(Change.Down, failure.Change);
    }

    [Fact]
    public void A_field_half_a_point_lower_passes_but_is_marked_down()
    {
        var result = BaselineComparison.Compare(BaselineOf(("demo.date", 0.80)), CardOf(("demo.date", 0.795)));

        Assert.True(result.Passed);
        Assert.Equal("▼", result.For("demo.date")!.Mark);
    }

    [Fact]
    public void Exactly_one_point_lower_still_passes()
    {
        Assert.True(BaselineComparison.Compare(BaselineOf(("demo.date", 0.80)), CardOf(("demo.date", 0.79))).Passed);
    }

    [Fact]
    public void A_field_missing_from_the_run_fails_the_gate()
    {
        var result = BaselineComparison.Compare(BaselineOf(("demo.date", 0.80), ("demo.place", 0.70)), CardOf(("demo.date", 0.80)));

        Assert.False(result.Passed);
        Assert.Equal(Change.Missing, Assert.Single(result.Failures).Change);
    }

    [Fact]
    public void Improvements_and_new_fields_pass_and_are_marked()
    {
        var result = BaselineComparison.Compare(BaselineOf(("demo.date", 0.50)), CardOf(("demo.date", 0.60), ("demo.actor", 0.10)));

        Assert.True(result.Passed);
        Assert.Equal("▲", result.For("demo.date")!.Mark);
        Assert.Equal("new", result.For("demo.actor")!.Mark);
    }

    [Fact]
    public void Rounding_noise_is_no_change()
    {
        Assert.Equal("=", BaselineComparison.Compare(BaselineOf(("demo.date", 0.8)), CardOf(("demo.date", 0.80004))).For("demo.date")!.Mark);
    }

    [Fact]
    public void A_run_limited_to_some_corpora_is_not_failed_for_the_others()
    {
        var baseline = BaselineOf(("demo.date", 0.80), ("other.date", 0.50));

        Assert.True(BaselineComparison.Compare(baseline, CardOf(("demo.date", 0.80)), ["demo"]).Passed);
        Assert.False(BaselineComparison.Compare(baseline, CardOf(("demo.date", 0.80))).Passed);
    }

    [Fact]
    public void A_written_baseline_reads_back_and_a_worse_run_against_it_fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-baseline-{Guid.NewGuid():N}.json");
        try
        {
            Baseline.From(CardOf(("demo.date", 0.123456), ("demo.place", 0.9))).Write(path);
            var read = Baseline.Read(path);

            Assert.Equal(0.1235, read.Fields["demo.date"]);
            Assert.True(BaselineComparison.Compare(read, CardOf(("demo.date", 0.1235), ("demo.place", 0.9))).Passed);
            Assert.False(BaselineComparison.Compare(read, CardOf(("demo.date", 0.1235), ("demo.place", 0.88))).Passed);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void A_baseline_without_fields_is_refused_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-baseline-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{\"about\": \"nothing\"}");
            var e = Assert.Throws<Sitrep.Core.InputException>(() => Baseline.Read(path));
            Assert.Contains(path, e.Message);
        }
        finally { File.Delete(path); }
    }
}
