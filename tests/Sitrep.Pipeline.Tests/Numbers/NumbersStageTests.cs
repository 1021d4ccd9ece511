using Sitrep.Core;
using Sitrep.Pipeline.Stages.Dates;
using Sitrep.Pipeline.Stages.Numbers;
using Sitrep.Pipeline.Stages.Segmentation;

namespace Sitrep.Pipeline.Tests.Numbers;

public class NumbersStageTests
{
    private static readonly PipelineOptions Options = new();
    private static readonly SegmentationStage Segmentation = SegmentationStage.Create(Options);
    private static readonly DatesStage Dates = DatesStage.Create(Options);
    private static readonly NumbersStage Stage = NumbersStage.Create(Options);

    private static Document Run(string text)
    {
        var doc = new Document("t", text, new DateOnly(2023, 5, 10));
        Segmentation.Process(doc);
        Dates.Process(doc);
        Stage.Process(doc);
        return doc;
    }

    private static Quantity Single(string text) => Assert.Single(Run(text).Quantities);

    [Theory]
    [InlineData("Rebels killed 1,200 people in the offensive.", 1200, CountedThing.Killed)]
    [InlineData("The blast killed six soldiers.", 6, CountedThing.Killed)]
    [InlineData("Officials said twenty-one people were killed.", 21, CountedThing.Killed)]
    [InlineData("A dozen fighters died in the clashes.", 12, CountedThing.Killed)]
    [InlineData("The death toll rose to 14 on Tuesday.", 14, CountedThing.Killed)]
    [InlineData("Medics recovered 9 bodies from the rubble.", 9, CountedThing.Killed)]
    [InlineData("The ambush left 3 dead.", 3, CountedThing.Killed)]
    [InlineData("Health officials counted 40 deaths.", 40, CountedThing.Killed)]
    [InlineData("Five militants died when their truck exploded.", 5, CountedThing.Killed)]
    [InlineData("An elder said 14 soldiers had died in the assault.", 14, CountedThing.Killed)]
    [InlineData("At the market 7 were wounded.", 7, CountedThing.Injured)]
    [InlineData("The shelling injured two hundred and fifty civilians.", 250, CountedThing.Injured)]
    [InlineData("Police detained 8 suspects.", 8, CountedThing.Arrested)]
    [InlineData("Nineteen protesters were arrested.", 19, CountedThing.Arrested)]
    [InlineData("The patrol captured two suspected bomb makers.", 2, CountedThing.Captured)]
    [InlineData("Gunmen kidnapped 4 aid workers.", 4, CountedThing.Abducted)]
    [InlineData("Analysts identified 11 bunker targets.", 11, CountedThing.Targets)]
    [InlineData("Jets conducted 9 strikes near the dam.", 9, CountedThing.Strikes)]
    [InlineData("About 3,000 villagers were displaced.", 3000, CountedThing.Displaced)]
    [InlineData("The flood of refugees reached 1.5 million people.", 1_500_000, CountedThing.People)]
    public void Counts_and_what_they_count(string text, int value, CountedThing thing)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value);
        Assert.Equal(thing, q.Counts);
        Assert.Equal(0, q.Sentence);
    }

    [Fact]
    public void Counts_joined_by_and_share_a_passive_predicate()
    {
        var q = Run("An officer said at least seven soldiers and 11 militants were killed in the fighting.").Quantities;
        Assert.Equal(2, q.Count);
        Assert.All(q, x => Assert.Equal(CountedThing.Killed, x.Counts));
        Assert.Equal("soldiers", q[0].Subject);

        // An active verb after the second count does not make the first one a victim.
        var active = Run("Two drones and three rockets killed a farmer.").Quantities;
        Assert.DoesNotContain(active, x => x.Text.StartsWith("Two", StringComparison.Ordinal) && x.Counts == CountedThing.Killed);
    }

    [Fact]
    public void Subject_and_cue_spans_point_into_the_text()
    {
        var doc = Run("Six Afghan soldiers were killed near the border.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("Six", q.Text);
        Assert.Equal("Afghan soldiers", q.Subject);
        Assert.Equal("Afghan soldiers", doc.Slice(q.SubjectSpan!.Value));
        Assert.Equal("were killed", doc.Slice(q.CountedSpan!.Value));
    }

    [Theory]
    [InlineData("At least six people were killed.", "At least six", 6, 6, null, QuantityQualifier.AtLeast)]
    [InlineData("More than 30 were killed.", "More than 30", 30, 30, null, QuantityQualifier.MoreThan)]
    [InlineData("Up to 10 were killed.", "Up to 10", 10, 10, 10, QuantityQualifier.UpTo)]
    [InlineData("Nearly 50 were killed.", "Nearly 50", 50, 50, 50, QuantityQualifier.LessThan)]
    [InlineData("About 20 were killed.", "About 20", 20, 20, 20, QuantityQualifier.About)]
    [InlineData("Between 5 and 7 were killed.", "Between 5 and 7", 5, 5, 7, QuantityQualifier.Range)]
    [InlineData("Witnesses said 5 to 7 were killed.", "5 to 7", 5, 5, 7, QuantityQualifier.Range)]
    [InlineData("Witnesses said 5-7 were killed.", "5-7", 5, 5, 7, QuantityQualifier.Range)]
    [InlineData("Witnesses said two or three were killed.", "two or three", 2, 2, 3, QuantityQualifier.Range)]
    public void Qualifiers_and_ranges(string text, string span, int value, int low, int? high, QuantityQualifier qualifier)
    {
        var q = Single(text);
        Assert.Equal(span, q.Text);
        Assert.Equal((value, low, high, qualifier), (q.Value, q.Low, q.High, q.Qualifier));
        Assert.Equal(CountedThing.Killed, q.Counts);
    }

    [Theory]
    [InlineData("Tens of fighters were killed.", 10)]
    [InlineData("Dozens were killed in the raid.", 12)]
    [InlineData("Hundreds were killed in the siege.", 100)]
    [InlineData("Scores of civilians were killed.", 20)]
    [InlineData("Several guards were killed.", 3)]
    public void Vague_words_take_fixed_conservative_values(string text, int value)
    {
        var q = Single(text);
        Assert.Equal(value, q.Value);
        Assert.Null(q.High);
        Assert.Equal(QuantityQualifier.Vague, q.Qualifier);
        Assert.Equal(CountedThing.Killed, q.Counts);
    }

    [Theory]
    [InlineData("The command reported zero casualties.")]
    [InlineData("No one was killed in the attack.")]
    [InlineData("There were no casualties.")]
    [InlineData("No civilians were killed, the army said.")]
    public void None_killed_is_a_zero_count_of_the_dead(string text)
    {
        var q = Single(text);
        Assert.Equal(0, q.Value);
        Assert.Equal(CountedThing.Killed, q.Counts);
    }

    [Fact]
    public void Casualties_above_zero_are_not_read_as_deaths()
    {
        var q = Single("The unit suffered 12 casualties.");
        Assert.Equal(CountedThing.Unknown, q.Counts);
    }

    [Fact]
    public void Several_counts_in_one_sentence_each_get_their_own_thing()
    {
        var doc = Run("The raid killed 4 gunmen, wounded 7 police officers and detained 2 others.");
        Assert.Equal([(4, CountedThing.Killed), (7, CountedThing.Injured), (2, CountedThing.Arrested)],
            doc.Quantities.Select(q => (q.Value, q.Counts)));
    }

    [Theory]
    [InlineData("Troops entered the province in 2015.")]
    [InlineData("Shelling resumed on March 3.")]
    [InlineData("A 25-year-old man was questioned.")]
    [InlineData("The victim, aged 40, was a teacher.")]
    [InlineData("The curfew starts at 10 p.m. daily.")]
    [InlineData("Sirens sounded at 03:30.")]
    [InlineData("It was the second attack this month.")]
    [InlineData("Turnout fell to 40 percent.")]
    [InlineData("Donors pledged $5 million.")]
    [InlineData("The 101st Airborne moved north.")]
    [InlineData("Soldiers of Brigade 7 guarded the road.")]
    [InlineData("Residents may call +964 770 123 4567 for help.")]
    [InlineData("He was one of the organisers.")]
    [InlineData("The convoy drove 40 km through the valley.")]
    [InlineData("Many analysts expect more talks.")]
    [InlineData("The quake measured 5.4 on the scale.")]
    [InlineData("Officials said one would resign.")]
    [InlineData("The memo dated 31/02/2022 was forged.")]
    public void Things_that_are_not_counts(string text) =>
        Assert.Empty(Run(text).Quantities);

    [Fact]
    public void Boilerplate_numbers_are_ignored()
    {
        var doc = Run("Release No. 20-123\nTroops killed 3 fighters.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal(3, q.Value);
        Assert.Equal(1, q.Sentence);
    }

    [Fact]
    public void Bare_digit_counts_are_kept_with_an_unknown_thing_and_low_confidence()
    {
        var q = Single("The group has 300 members in the region.");
        Assert.Equal(CountedThing.People, q.Counts);
        var bare = Single("Villages received 300 tents.");
        Assert.Equal(CountedThing.Unknown, bare.Counts);
        Assert.True(bare.By.Confidence < 0.6);
    }

    [Theory]
    [InlineData("Troops killed a local militia commander.", CountedThing.Killed)]
    [InlineData("An elderly shepherd was wounded by the blast.", CountedThing.Injured)]
    [InlineData("The patrol detained a suspected smuggler.", CountedThing.Arrested)]
    public void A_single_person_named_with_an_article_counts_one(string text, CountedThing thing)
    {
        var q = Single(text);
        Assert.Equal((1, thing), (q.Value, q.Counts));
    }

    [Theory]
    [InlineData("A coalition force killed the bomb maker.")]
    [InlineData("A soldier shot the dog.")]
    [InlineData("Officials opened a new office.")]
    public void An_article_before_the_actor_or_without_a_cue_counts_nothing(string text) =>
        Assert.Empty(Run(text).Quantities);

    [Fact]
    public void Number_before_an_active_verb_counts_the_actors_not_the_dead()
    {
        var doc = Run("Two gunmen killed three guards.");
        Assert.Equal([(2, CountedThing.People), (3, CountedThing.Killed)], doc.Quantities.Select(q => (q.Value, q.Counts)));
    }

    [Fact]
    public void A_cue_heads_a_list_joined_by_and()
    {
        var doc = Run("Soldiers killed the rebel leader and two of his bodyguards.");
        // The leader is one of those killed: a singular noun after the cue counts as one.
        Assert.Equal([(1, CountedThing.Killed), (2, CountedThing.Killed)], doc.Quantities.Select(q => (q.Value, q.Counts)));
    }

    [Theory]
    [InlineData("A bomb killed the driver of the bus.", 1)]
    [InlineData("Gunmen killed the soldiers guarding the gate.", 0)]
    [InlineData("The police arrested the suspects.", 0)]
    public void The_with_a_singular_person_after_a_cue_counts_one(string text, int expected)
    {
        var doc = Run(text);
        Assert.Equal(expected, doc.Quantities.Where(q => q.Text.Equals("the", StringComparison.OrdinalIgnoreCase)).Sum(q => q.Value));
    }

    [Fact]
    public void Partitive_words_are_not_part_of_the_subject_and_the_cue_is_only_the_verb()
    {
        var doc = Run("Soldiers killed the rebel leader and two of his bodyguards.");
        var q = Assert.Single(doc.Quantities, q => q.Value == 2);
        Assert.Equal("bodyguards", q.Subject);
        Assert.Equal("killed", doc.Slice(q.CountedSpan!.Value));
    }

    [Theory]
    [InlineData("The fighting ended in nine rebel deaths.", 9, CountedThing.Killed, "rebel deaths")]
    [InlineData("A rebel commander was confirmed killed.", 1, CountedThing.Killed, "rebel commander")]
    [InlineData("The raid led to the arrest of four smugglers.", 4, CountedThing.Arrested, "smugglers")]
    public void Event_nouns_passives_and_nominal_cues(string text, int value, CountedThing thing, string subject)
    {
        var q = Single(text);
        Assert.Equal((value, thing, subject), (q.Value, q.Counts, q.Subject));
    }

    [Fact]
    public void A_subject_joined_by_and_stays_whole()
    {
        var q = Single("Officials said at least five local and foreign fighters were killed.");
        Assert.Equal((5, CountedThing.Killed, "local and foreign fighters"), (q.Value, q.Counts, q.Subject));
    }

    [Fact]
    public void And_before_a_second_verb_ends_the_subject()
    {
        var doc = Run("The raid killed 4 gunmen and wounded 7.");
        Assert.Equal([(4, CountedThing.Killed), (7, CountedThing.Injured)], doc.Quantities.Select(q => (q.Value, q.Counts)));
    }

    [Fact]
    public void Number_in_a_name_is_not_a_count()
    {
        Assert.Empty(Run("The broadcaster Radio Sahel 7 aired the statement.").Quantities);
    }

    [Fact]
    public void Number_hit_counts_targets()
    {
        var doc = Run("Jets picked out twelve sites and ended up striking eight.");
        Assert.Equal([(12, CountedThing.Unknown), (8, CountedThing.Targets)], doc.Quantities.Select(q => (q.Value, q.Counts)));
    }
}
