using Sitrep.Core;
using Sitrep.Pipeline.Tests.Events;
using FactualityKind = Sitrep.Core.Factuality;

namespace Sitrep.Pipeline.Tests.Factuality;

public class FactualityStageTests(StagesFixture stages) : IClassFixture<StagesFixture>
{
    private static readonly DateOnly Published = new(2024, 3, 14);

    private EventMention Judge(Document doc, string trigger)
    {
        stages.Events.Process(doc);
        stages.Factuality.Process(doc);
        return Assert.Single(doc.EventMentions, m => m.TriggerText.Contains(trigger, StringComparison.OrdinalIgnoreCase));
    }

    private EventMention Judge(string text, string trigger) => Judge(HandBuiltDocument.Of(text, Published), trigger);

    [Theory]
    [InlineData("Airstrikes hit the depot on Tuesday, the monitor said.", "Airstrikes")]
    [InlineData("The coalition conducted an airstrike on the compound, the statement said.", "airstrike")]
    [InlineData("Residents said a roadside bomb killed two officers.", "roadside bomb")]
    [InlineData("The drone attack caused zero casualties and no damage.", "drone attack")]
    [InlineData("There was no immediate comment from the army on the shelling.", "shelling")]
    [InlineData("The ministry said militants kidnapped four engineers.", "kidnapped")]
    [InlineData("The ministry said the decision to launch the airstrikes was taken on Friday.", "airstrikes")]
    [InlineData("The patrol called for air support and the insurgents fled.", "air support")]
    public void Reported_events_are_asserted(string text, string trigger)
    {
        var m = Judge(text, trigger);
        Assert.Equal(FactualityKind.Asserted, m.Factuality);
        Assert.Null(m.FactualityCue);
    }

    [Theory]
    [InlineData("No airstrikes were reported in the province overnight.", "airstrikes")]
    [InlineData("The rally in the square ended without arrests.", "arrests")]
    [InlineData("The group did not attack the checkpoint, officials conceded.", "attack")]
    [InlineData("There were no reports of shelling in the capital.", "shelling")]
    [InlineData("The movement denied carrying out the bombing.", "bombing")]
    [InlineData("The convoy was not ambushed, the ministry said.", "ambushed")]
    public void Negated(string text, string trigger) =>
        Assert.Equal(FactualityKind.Negated, Judge(text, trigger).Factuality);

    [Theory]
    [InlineData("If the rebels attack the town, the army will respond.", "attack")]
    [InlineData("Officials said a ground offensive would have caused many deaths.", "offensive")]
    [InlineData("In case of a chemical attack, residents should stay indoors.", "chemical attack")]
    [InlineData("Commanders said the troops return fire only when attacked.", "attacked")]
    public void Hypothetical(string text, string trigger) =>
        Assert.Equal(FactualityKind.Hypothetical, Judge(text, trigger).Factuality);

    [Theory]
    [InlineData("We expect that the militia will launch rocket attacks on the base.", "attacks")]
    [InlineData("The group threatened to kidnap foreign workers.", "kidnap")]
    [InlineData("The commander vowed to retake the town within weeks.", "retake")]
    [InlineData("Analysts warned of further airstrikes in the coming days.", "airstrikes")]
    [InlineData("The army plans to deploy more troops to the border.", "deploy")]
    [InlineData("Protesters could march on the palace next week.", "march")]
    [InlineData("The cell stored explosives and rifles for attacks on the capital.", "attacks")]
    [InlineData("He was arrested while planning an attack on a checkpoint.", "attack")]
    public void Predicted(string text, string trigger) =>
        Assert.Equal(FactualityKind.Predicted, Judge(text, trigger).Factuality);

    [Theory]
    [InlineData("The valley has often been the target of air raids.", "air raids")]
    [InlineData("Residents say the border villages are shelled almost every day.", "shelled")]
    [InlineData("Security forces routinely arrest journalists in the region.", "arrest")]
    [InlineData("The group has fought numerous battles against the army.", "battles")]
    [InlineData("The commander is believed responsible for several roadside bombings.", "roadside bombings")]
    [InlineData("The network has fighters who conduct ambushes along the highway.", "ambushes")]
    [InlineData("Both men assisted in the assassination of a district police chief.", "assassination")]
    [InlineData("The commander directed ambushes against army convoys in the valley.", "ambushes")]
    public void Habitual_or_background(string text, string trigger) =>
        Assert.Equal(FactualityKind.Habitual, Judge(text, trigger).Factuality);

    [Fact]
    public void Repeatedly_with_a_date_is_an_event_not_a_habit()
    {
        var doc = HandBuiltDocument.Of("Militants repeatedly shelled the town on Monday.", Published)
            .WithDate("on Monday", FuzzyDate.OnDay(new DateOnly(2024, 3, 11)));
        Assert.Equal(FactualityKind.Asserted, Judge(doc, "shelled").Factuality);
    }

    [Fact]
    public void Historical_by_an_old_year_date()
    {
        var doc = HandBuiltDocument.Of("Rebels captured the provincial capital in 2016, a year of heavy fighting.", Published)
            .WithDate("in 2016", new FuzzyDate(new DateOnly(2016, 1, 1), new DateOnly(2016, 12, 31), DatePrecision.Year));
        var m = Judge(doc, "captured");
        Assert.Equal(FactualityKind.Historical, m.Factuality);
    }

    [Fact]
    public void Historical_by_an_old_day_date_even_without_a_year_cue()
    {
        var doc = HandBuiltDocument.Of("The army recaptured the port on 3 May, 2019.", Published)
            .WithDate("3 May, 2019", FuzzyDate.OnDay(new DateOnly(2019, 5, 3)));
        var m = Judge(doc, "recaptured");
        Assert.Equal(FactualityKind.Historical, m.Factuality);
        Assert.Contains("3 May, 2019", m.FactualityCue);
    }

    [Theory]
    [InlineData("Hundreds have died in airstrikes since 2015.", "airstrikes")]
    [InlineData("The base was hit in previous strikes.", "strikes")]
    [InlineData("Last year's bombing killed eleven people.", "bombing")]
    public void Historical_by_cue(string text, string trigger) =>
        Assert.Equal(FactualityKind.Historical, Judge(text, trigger).Factuality);

    [Fact]
    public void A_recent_date_keeps_the_event_asserted()
    {
        var doc = HandBuiltDocument.Of("Gunmen abducted a priest on 2 March.", Published)
            .WithDate("on 2 March", FuzzyDate.OnDay(new DateOnly(2024, 3, 2)));
        Assert.Equal(FactualityKind.Asserted, Judge(doc, "abducted").Factuality);
    }

    [Fact]
    public void A_cue_in_another_clause_does_not_govern_the_trigger()
    {
        var m = Judge("The militia vowed revenge after an airstrike destroyed its depot.", "airstrike");
        Assert.Equal(FactualityKind.Asserted, m.Factuality);
        var n = Judge("If talks fail, we will see more fighting, but the clashes on Sunday were limited.", "clashes");
        Assert.Equal(FactualityKind.Asserted, n.Factuality);
    }

    [Fact]
    public void A_distant_negation_does_not_negate_the_attack()
    {
        var m = Judge("Gunmen attacked the convoy, but no one was hurt and no vehicles were damaged.", "attacked");
        Assert.Equal(FactualityKind.Asserted, m.Factuality);
    }

    [Fact]
    public void Each_mention_in_a_sentence_is_judged_on_its_own()
    {
        var doc = HandBuiltDocument.Of("After the airstrike on Monday, the militia threatened to shell the city.", Published);
        stages.Events.Process(doc);
        stages.Factuality.Process(doc);
        Assert.Equal(FactualityKind.Asserted, Assert.Single(doc.EventMentions, m => m.TriggerText == "airstrike").Factuality);
        Assert.Equal(FactualityKind.Predicted, Assert.Single(doc.EventMentions, m => m.TriggerText == "shell").Factuality);
        Assert.Equal(FactualityKind.Asserted, Assert.Single(doc.EventMentions, m => m.Type.PloverEvent == "THREATEN").Factuality);
    }
}
