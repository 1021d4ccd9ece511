using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;
using Sitrep.Pipeline.Tests.Assembly;

namespace Sitrep.Pipeline.Tests.Attribution;

public class AttributionStageTests
{
    private static readonly AttributionStage Stage = AttributionStage.Create(new PipelineOptions());

    private static Document Run(DocBuilder b)
    {
        Stage.Process(b.Doc);
        return b.Doc;
    }

    [Fact]
    public void Speaker_before_said_owns_the_toll()
    {
        var doc = Run(new DocBuilder("Gunmen killed seven farmers near Gusau on Monday, a police spokesman in Zamfara said.")
            .Count("seven", 7, CountedThing.Killed));
        var c = Assert.Single(doc.Claims);
        Assert.Equal(ClaimKind.Fatalities, c.Kind);
        Assert.Equal("a police spokesman in Zamfara", c.Speaker);
        Assert.Equal(7, c.Number);
        Assert.Equal(Stance.Asserts, c.Stance);
        Assert.Equal("7", c.Value);
        Assert.Equal(doc.Text.TrimEnd('.'), c.Text.TrimEnd('.'));
    }

    [Fact]
    public void According_to_names_the_speaker_after_it()
    {
        var doc = Run(new DocBuilder("At least 12 fighters died in clashes in Marib, according to the Yemen Data Project.")
            .Count("At least 12", 12, CountedThing.Killed, QuantityQualifier.AtLeast)
            .Actor("Yemen Data Project", "Yemen Data Project", ActorCategory.Civilians, sourceOnly: true));
        var c = Assert.Single(doc.Claims);
        Assert.Equal("Yemen Data Project", c.Speaker);
        Assert.Equal(Stance.Reports, c.Stance);
        Assert.Equal("at least 12", c.Value);
    }

    [Fact]
    public void Sources_that_disagree_in_one_sentence_keep_their_own_figures()
    {
        var doc = Run(new DocBuilder("The army reported that four soldiers were killed near Menaka, while a local official reported nine dead.")
            .Count("four", 4, CountedThing.Killed)
            .Count("nine", 9, CountedThing.Killed));
        var figures = doc.Claims.Where(c => c.Kind == ClaimKind.Fatalities).ToList();
        Assert.Equal(2, figures.Count);
        Assert.Equal("the army", figures[0].Speaker);
        Assert.Equal(4, figures[0].Number);
        Assert.Equal("a local official", figures[1].Speaker);
        Assert.Equal(9, figures[1].Number);
    }

    [Fact]
    public void A_pronoun_takes_the_last_named_speaker()
    {
        var doc = Run(new DocBuilder("Maria Lopez, the mayor of Tumaco, told reporters that the town was calm. She said three police officers were wounded in the night.")
            .Count("three", 3, CountedThing.Injured));
        var injuries = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Injuries);
        Assert.Equal("Maria Lopez", injuries.Speaker);
        Assert.Equal(3, injuries.Number);
    }

    [Fact]
    public void A_definite_description_refers_back_to_the_speaker_it_described()
    {
        var doc = Run(new DocBuilder("The rights group Myanmar Witness said soldiers burned homes in Sagaing. The group reported that 14 villagers were killed.")
            .Count("14", 14, CountedThing.Killed));
        var c = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Fatalities);
        Assert.Equal("Myanmar Witness", c.Speaker);
    }

    [Fact]
    public void A_quote_before_an_inverted_verb_belongs_to_the_speaker_after_it()
    {
        var doc = Run(new DocBuilder("“Two of our drivers were killed on the road to Kherson,” said Olena Bondar. “We will not stop the deliveries.”")
            .Count("Two", 2, CountedThing.Killed));
        var toll = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Fatalities);
        Assert.Equal("Olena Bondar", toll.Speaker);
        var next = Assert.Single(doc.Claims, c => c.Sentence == 1);
        Assert.Equal("Olena Bondar", next.Speaker);
        Assert.Equal(ClaimKind.Prediction, next.Kind);
    }

    [Fact]
    public void Responsibility_denial_and_condemnation_are_kinds_of_claim()
    {
        var doc = Run(new DocBuilder("Al-Shabaab claimed responsibility for the bombing in Mogadishu. The government condemned the attack. A clan elder denied that the militants had any support in the district.")
            .Actor("Al-Shabaab", "Al Shabaab", ActorCategory.RebelGroup, home: "SO"));
        Assert.Equal(
            [(ClaimKind.Responsibility, Stance.Claims, "Al Shabaab"), (ClaimKind.Condemnation, Stance.Condemns, "the government"), (ClaimKind.Denial, Stance.Denies, "a clan elder")],
            doc.Claims.Select(c => (c.Kind, c.Stance, c.Speaker)).ToList());
    }

    [Fact]
    public void Attributions_name_who_is_blamed()
    {
        var doc = Run(new DocBuilder("The governor attributed the ambush to the ELN. Police blamed the blast on dissidents of the FARC. Residents accused the army of firing on the crowd.")
            .Actor("ELN", "National Liberation Army (ELN)", ActorCategory.RebelGroup, home: "CO")
            .Actor("army", "Military Forces of Colombia", ActorCategory.StateForces, home: "CO", occurrence: 1));
        var targets = doc.Claims.Where(c => c.Kind == ClaimKind.Attribution).Select(c => c.Target).ToList();
        Assert.Equal(["National Liberation Army (ELN)", "dissidents", "Military Forces of Colombia"], targets);
        Assert.All(doc.Claims, c => Assert.Equal(Stance.Attributes, c.Stance));
    }

    [Fact]
    public void Giving_no_figure_is_kept_as_a_statement_by_the_pronouns_antecedent()
    {
        var doc = Run(new DocBuilder("The Ukrainian air force said it shot down eleven drones over Odesa. It did not give any casualty figures.")
            .Count("eleven", 11, CountedThing.Weapons));
        var none = Assert.Single(doc.Claims, c => c.Sentence == 1);
        Assert.Equal(ClaimKind.Statement, none.Kind);
        Assert.Null(none.Number);
        Assert.Equal("Ukrainian air force", none.Speaker);
        Assert.Equal("no casualty figures given", none.Value);
    }

    [Fact]
    public void Zero_casualties_is_a_toll_of_zero()
    {
        var doc = Run(new DocBuilder("The garrison commander described the rocket attack as causing zero casualties."));
        var c = Assert.Single(doc.Claims);
        Assert.Equal(ClaimKind.Fatalities, c.Kind);
        Assert.Equal(0, c.Number);
        Assert.Equal("the garrison commander", c.Speaker);
        Assert.Equal(Stance.Reports, c.Stance);
    }

    [Theory]
    [InlineData("Shells hit the market, killing an elderly man, police said.", 1)]
    [InlineData("The grenade landed in the yard, killing her eight-year-old daughter.", 1)]
    [InlineData("Fighting resumed at dawn. A police officer was killed.", 1)]
    [InlineData("The army said it killed a senior commander of the group.", 1)]
    [InlineData("A crowd beat a 30-year-old man to death.", 1)]
    [InlineData("The drone hit a car carrying two men, killing both.", 2)]
    [InlineData("Troops killed a number of militants.", 0)]
    public void One_victim_named_with_an_article_counts_as_one_death(string text, int expected)
    {
        var doc = Run(new DocBuilder(text));
        Assert.Equal(expected, doc.Claims.Where(c => c.Kind == ClaimKind.Fatalities).Sum(c => c.Number ?? 0));
    }

    [Theory]
    [InlineData("A car bomb hit the convoy. The Zawiya Brigade claimed the bombing in a statement.")]
    [InlineData("Gunmen ambushed a patrol. The group claimed the ambush on its channel.")]
    public void Claiming_the_attack_itself_is_a_claim_of_responsibility(string text)
    {
        var doc = Run(new DocBuilder(text));
        var c = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Responsibility);
        Assert.Equal(Stance.Claims, c.Stance);
        Assert.NotNull(c.Speaker);
    }

    [Fact]
    public void Which_denied_speaks_for_the_actor_before_it_and_a_second_verb_shares_the_speaker()
    {
        var b = new DocBuilder("Officials blamed the Zawiya Brigade, which denied involvement and accused the army.")
            .Actor("Zawiya Brigade", "Zawiya Brigade", ActorCategory.PoliticalMilitia, home: "LY");
        var doc = Run(b);
        Assert.Contains("Zawiya Brigade", Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Denial).Speaker);
        Assert.DoesNotContain(doc.Claims, c => c.Speaker is { } s && s.StartsWith("denied", StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_nobody_reports_is_unattributed_and_arrests_are_their_own_kind()
    {
        var doc = Run(new DocBuilder("Troops detained 23 suspects in Borno state.").Count("23", 23, CountedThing.Arrested));
        var c = Assert.Single(doc.Claims);
        Assert.Equal(ClaimKind.Arrests, c.Kind);
        Assert.Null(c.Speaker);
        Assert.Equal(Stance.Reports, c.Stance);
    }

    [Fact]
    public void A_plain_statement_is_kept_with_its_speaker_and_content()
    {
        var doc = Run(new DocBuilder("Defense Minister Tomas Ruiz said the operation in Cauca would continue.").Boilerplate(0));
        Assert.Empty(doc.Claims);
        doc = Run(new DocBuilder("Defense Minister Tomas Ruiz said the operation in Cauca would continue."));
        var c = Assert.Single(doc.Claims);
        Assert.Equal(ClaimKind.Statement, c.Kind);
        Assert.Equal("Defense Minister Tomas Ruiz", c.Speaker);
        Assert.Equal("the operation in Cauca would continue", c.Value);
    }

    [Fact]
    public void A_source_actor_speaks_under_its_canonical_name_and_its_descriptor_is_remembered()
    {
        var doc = Run(new DocBuilder("The monitoring group the Sudan Doctors Network said shelling hit a market in El Fasher. The network reported 31 deaths.")
            .Actor("Sudan Doctors Network", "Sudan Doctors Network", ActorCategory.Civilians, sourceOnly: true)
            .Count("31", 31, CountedThing.Killed));
        var c = Assert.Single(doc.Claims, c => c.Kind == ClaimKind.Fatalities);
        Assert.Equal("Sudan Doctors Network", c.Speaker);
    }
}
