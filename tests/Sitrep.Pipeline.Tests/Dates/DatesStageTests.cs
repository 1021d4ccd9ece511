using Sitrep.Core;
using Sitrep.Pipeline.Stages.Dates;
using Sitrep.Pipeline.Stages.Segmentation;

namespace Sitrep.Pipeline.Tests.Dates;

public class DatesStageTests
{
    private static readonly PipelineOptions Options = new();
    private static readonly SegmentationStage Segmentation = SegmentationStage.Create(Options);
    private static readonly DatesStage Stage = DatesStage.Create(Options);

    // 2021-03-17 is a Wednesday.
    private static readonly DateOnly Wednesday = new(2021, 3, 17);

    private static Document Run(string text, DateOnly? published)
    {
        var doc = new Document("t", text, published);
        Segmentation.Process(doc);
        Stage.Process(doc);
        return doc;
    }

    private static DateMention Single(string text, DateOnly? published = null) =>
        Assert.Single(Run(text, published ?? Wednesday).Dates);

    [Theory]
    [InlineData("Clashes broke out on 4 May 2020 in the east.", "4 May 2020", "2020-05-04")]
    [InlineData("Clashes broke out on May 4, 2020, in the east.", "May 4, 2020", "2020-05-04")]
    [InlineData("The decree was signed on the 2nd of February, 2019.", "2nd of February, 2019", "2019-02-02")]
    [InlineData("The ceasefire of 15/08/2022 did not hold.", "15/08/2022", "2022-08-15")]
    [InlineData("The ceasefire of 2022-08-15 did not hold.", "2022-08-15", "2022-08-15")]
    [InlineData("The ceasefire of 08/15/2022 did not hold.", "08/15/2022", "2022-08-15")]
    [InlineData("The ceasefire of 03/04/2022 did not hold.", "03/04/2022", "2022-04-03")]
    public void Absolute_dates_resolve_to_the_day(string text, string expression, string iso)
    {
        var d = Single(text);
        Assert.Equal(expression, d.Text);
        Assert.Equal(DateKind.Absolute, d.Kind);
        Assert.Equal(DatePrecision.Day, d.Value.Precision);
        Assert.Equal(iso, d.Value.ToIso());
        Assert.Equal(0, d.Sentence);
    }

    [Fact]
    public void Year_less_date_takes_the_reference_year()
    {
        var d = Single("A mortar round hit the base on Feb. 28.");
        Assert.Equal("Feb. 28", d.Text);
        Assert.Equal(new DateOnly(2021, 2, 28), d.Value.Coded);
    }

    [Fact]
    public void Year_less_date_far_after_the_reference_falls_in_the_previous_year()
    {
        var d = Single("The siege began on Dec. 20.", new DateOnly(2021, 1, 10));
        Assert.Equal(new DateOnly(2020, 12, 20), d.Value.Coded);
    }

    [Fact]
    public void Month_and_year_has_month_precision()
    {
        var d = Single("Fighting displaced thousands in August 2022.");
        Assert.Equal(DatePrecision.Month, d.Value.Precision);
        Assert.Equal(new DateOnly(2022, 8, 1), d.Value.Start);
        Assert.Equal(new DateOnly(2022, 8, 31), d.Value.End);
    }

    [Fact]
    public void Bare_year_after_a_preposition_has_year_precision()
    {
        var d = Single("The militia has held the valley since 2015.");
        Assert.Equal("2015", d.Text);
        Assert.Equal(DatePrecision.Year, d.Value.Precision);
        Assert.Equal(new DateOnly(2015, 1, 1), d.Value.Start);
    }

    [Theory]
    [InlineData("Gunmen attacked the village yesterday.", "yesterday", "2021-03-16", "2021-03-16")]
    [InlineData("Talks resume today.", "today", "2021-03-17", "2021-03-17")]
    [InlineData("Shelling continued overnight.", "overnight", "2021-03-16", "2021-03-17")]
    [InlineData("Drones struck the depot last night.", "last night", "2021-03-16", "2021-03-17")]
    [InlineData("Police made arrests this morning.", "this morning", "2021-03-17", "2021-03-17")]
    [InlineData("Two soldiers died two days ago.", "two days ago", "2021-03-15", "2021-03-15")]
    public void Relative_day_expressions_resolve_against_the_reference(string text, string expression, string start, string end)
    {
        var d = Single(text);
        Assert.Equal(expression, d.Text);
        Assert.Equal(DateKind.Relative, d.Kind);
        Assert.Equal(DatePrecision.Day, d.Value.Precision);
        Assert.Equal(DateOnly.Parse(start), d.Value.Start);
        Assert.Equal(DateOnly.Parse(end), d.Value.End);
        Assert.Equal(DateOnly.Parse(end), d.Value.Coded);
    }

    [Theory]
    [InlineData("Rebels seized the town on Sunday.", "2021-03-14")]
    [InlineData("Rebels seized the town before dawn on Tuesday.", "2021-03-16")]
    [InlineData("Rebels seized the town Wednesday.", "2021-03-17")]
    [InlineData("Rebels seized the town Thursday night.", "2021-03-11")]
    public void Weekday_is_the_latest_such_day_on_or_before_the_reference(string text, string iso)
    {
        var d = Single(text);
        Assert.Equal(DateKind.Weekday, d.Kind);
        Assert.Equal(DateOnly.Parse(iso), d.Value.Coded);
    }

    [Fact]
    public void Last_week_is_the_previous_monday_to_sunday()
    {
        var d = Single("Aid convoys were stopped last week.");
        Assert.Equal(DatePrecision.Week, d.Value.Precision);
        Assert.Equal(new DateOnly(2021, 3, 8), d.Value.Start);
        Assert.Equal(new DateOnly(2021, 3, 14), d.Value.End);
    }

    [Fact]
    public void Earlier_this_month_runs_from_the_first_to_the_reference()
    {
        var d = Single("Protests erupted earlier this month.");
        Assert.Equal("earlier this month", d.Text);
        Assert.Equal(DatePrecision.Month, d.Value.Precision);
        Assert.Equal(new DateOnly(2021, 3, 1), d.Value.Start);
        Assert.Equal(Wednesday, d.Value.End);
    }

    [Fact]
    public void Last_month_is_the_whole_previous_month()
    {
        var d = Single("Protests erupted last month.");
        Assert.Equal(new DateOnly(2021, 2, 1), d.Value.Start);
        Assert.Equal(new DateOnly(2021, 2, 28), d.Value.End);
    }

    [Fact]
    public void Night_of_a_date_keeps_the_phrase_and_codes_the_day_named()
    {
        var d = Single("The raid took place on the night of March 9.");
        Assert.Equal("on the night of March 9", d.Text);
        Assert.Equal(new DateOnly(2021, 3, 9), d.Value.Coded);
    }

    [Fact]
    public void Dateline_date_is_the_reference_when_nothing_was_published()
    {
        var doc = Run("KABUL, Afghanistan (Oct. 6, 2012) – Insurgents fired rockets at the airport yesterday.", null);
        var d = Assert.Single(doc.Dates);
        Assert.Equal("yesterday", d.Text);
        Assert.Equal(new DateOnly(2012, 10, 5), d.Value.Coded);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Without_a_reference_the_year_is_unknown_and_one_warning_is_given()
    {
        var doc = Run("Troops withdrew on Aug. 15. Gunmen returned yesterday and again on Friday.", null);
        Assert.Equal(3, doc.Dates.Count);
        var aug = doc.Dates[0];
        Assert.False(aug.Value.YearKnown);
        Assert.Null(aug.Value.Start);
        Assert.Equal((8, 15), (aug.Value.Month, aug.Value.Day));
        Assert.Equal("XXXX-08-15", aug.Value.ToIso());
        Assert.All(doc.Dates.Skip(1), d => Assert.Null(d.Value.Coded));
        Assert.Equal([DatesStage.NoReferenceWarning], doc.Warnings);
    }

    [Fact]
    public void Full_dates_need_no_reference_and_give_no_warning()
    {
        var doc = Run("The accord was signed on 12 June 2018.", null);
        Assert.Equal(new DateOnly(2018, 6, 12), Assert.Single(doc.Dates).Value.Coded);
        Assert.Empty(doc.Warnings);
    }

    [Theory]
    [InlineData("Thousands of protesters march through the capital.")]
    [InlineData("Officials said talks may resume.")]
    [InlineData("Fatah officials met at 10:30 a.m. in the city.")]
    [InlineData("The 2015 agreement collapsed after 300 days.")]
    [InlineData("The unit lost 1,500 vehicles.")]
    public void Words_that_only_look_like_dates_are_not_dates(string text) =>
        Assert.Empty(Run(text, Wednesday).Dates);

    [Fact]
    public void Mentions_are_in_text_order_with_sentence_indexes()
    {
        var doc = Run("Fighting resumed on Monday. It had paused on March 1, 2021.", Wednesday);
        Assert.Equal(["on Monday", "March 1, 2021"], doc.Dates.Select(d => d.Text));
        Assert.Equal([0, 1], doc.Dates.Select(d => d.Sentence));
    }

    [Fact]
    public void Impossible_dates_are_dropped()
    {
        Assert.Empty(Run("The report was dated 31/02/2022 and 13/13/2022.", Wednesday).Dates);
    }
}
