using Sitrep.Core;

namespace Sitrep.Pipeline.Tests.Events;

public class EventsStageTests(StagesFixture stages) : IClassFixture<StagesFixture>
{
    private List<EventMention> Mentions(Document doc)
    {
        stages.Events.Process(doc);
        return doc.EventMentions;
    }

    private List<EventMention> Mentions(string text) => Mentions(HandBuiltDocument.Of(text));

    private static string[] SubTypes(IEnumerable<EventMention> ms) =>
        [.. ms.Where(m => !m.Type.IsStatementOnly).Select(m => m.Type.SubEventType)];

    [Theory]
    // Air/drone strike
    [InlineData("Airstrikes hit a fuel depot outside the city on Tuesday, residents said.", "Air/drone strike")]
    [InlineData("Government warplanes struck a market in the rebel-held town.", "Air/drone strike")]
    [InlineData("A drone strike on a car killed two men near the border.", "Air/drone strike")]
    [InlineData("Two drones targeted the airport shortly after midnight.", "Air/drone strike")]
    [InlineData("An air weapons team engaged the insurgents as they fled the compound.", "Air/drone strike")]
    [InlineData("The coalition said a precision strike killed a senior bomb maker.", "Air/drone strike")]
    [InlineData("Helicopter gunships fired on the convoy as it crossed the river.", "Air/drone strike")]
    [InlineData("A drone attack set a refinery ablaze.", "Air/drone strike")]
    // Shelling/artillery/missile attack
    [InlineData("Army units shelled the northern suburbs for a third day.", "Shelling/artillery/missile attack")]
    [InlineData("Rocket fire from the hills wounded four people in the old quarter.", "Shelling/artillery/missile attack")]
    [InlineData("A ballistic missile landed near the port on Friday.", "Shelling/artillery/missile attack")]
    [InlineData("Mortar rounds fell on a school playground.", "Shelling/artillery/missile attack")]
    // Remote explosive/landmine/IED
    [InlineData("A roadside bomb tore through a police pickup outside the town.", "Remote explosive/landmine/IED")]
    [InlineData("Two soldiers died when their vehicle struck an IED on the main road.", "Remote explosive/landmine/IED")]
    [InlineData("A car bomb exploded outside a hotel in the capital.", "Remote explosive/landmine/IED")]
    [InlineData("A shepherd lost a leg after stepping on a landmine.", "Remote explosive/landmine/IED")]
    // Suicide bomb
    [InlineData("A suicide bomber killed nine people at a wedding hall.", "Suicide bomb")]
    [InlineData("The attacker blew himself up at the gate of the ministry.", "Suicide bomb")]
    [InlineData("A suicide car bomb hit an army checkpoint at dawn.", "Suicide bomb")]
    // Grenade
    [InlineData("Someone threw a grenade into a bar late on Saturday, injuring six.", "Grenade")]
    [InlineData("A grenade attack on a police post left one officer dead.", "Grenade")]
    // Chemical weapon
    [InlineData("Medics said the chemical attack left dozens struggling to breathe.", "Chemical weapon")]
    [InlineData("Inspectors concluded that chlorine gas had been used on the village.", "Chemical weapon")]
    // Armed clash
    [InlineData("Troops clashed with rebels near the mining town.", "Armed clash")]
    [InlineData("A firefight broke out when the patrol came under fire near the ridge.", "Armed clash")]
    [InlineData("There was an exchange of fire between border guards and smugglers.", "Armed clash")]
    [InlineData("Militants ambushed an army convoy on the coastal road.", "Armed clash")]
    [InlineData("Insurgents attacked a police checkpoint overnight.", "Armed clash")]
    [InlineData("A gun battle between two clans lasted most of the night.", "Armed clash")]
    // Government regains territory
    [InlineData("The army recaptured the town after a two-week siege.", "Government regains territory")]
    [InlineData("Government forces retook the airport from the militia.", "Government regains territory")]
    // Non-state actor overtakes territory
    [InlineData("Jihadist fighters seized the town after soldiers abandoned their posts.", "Non-state actor overtakes territory")]
    [InlineData("The rebels captured the district headquarters on Monday.", "Non-state actor overtakes territory")]
    // Attack (violence against civilians)
    [InlineData("Gunmen killed seven villagers in a night raid.", "Attack")]
    [InlineData("A local councillor was shot dead outside his home.", "Attack")]
    [InlineData("Survivors described a massacre at the river crossing.", "Attack")]
    [InlineData("Militants beheaded two farmers they accused of spying.", "Attack")]
    // Abduction/forced disappearance
    [InlineData("Armed men kidnapped a doctor on his way to the clinic.", "Abduction/forced disappearance")]
    [InlineData("Bandits abducted forty students from their school.", "Abduction/forced disappearance")]
    // Sexual violence
    [InlineData("A rights group said soldiers raped women during the raid.", "Sexual violence")]
    [InlineData("Survivors reported sexual violence by members of the militia.", "Sexual violence")]
    // Peaceful protest
    [InlineData("Thousands protested in the capital against the fuel price rise.", "Peaceful protest")]
    [InlineData("Nurses staged a sit-in outside the health ministry.", "Peaceful protest")]
    [InlineData("Teachers went on strike across the province over unpaid wages.", "Peaceful protest")]
    [InlineData("Opposition supporters held a march on the capital.", "Peaceful protest")]
    [InlineData("Students demonstrated outside the university.", "Peaceful protest")]
    // Protest with intervention
    [InlineData("Police fired tear gas at students rallying outside the parliament.", "Protest with intervention")]
    [InlineData("Security forces dispersed demonstrators who had blocked the highway.", "Protest with intervention")]
    [InlineData("Police arrested twenty protesters outside the courthouse.", "Protest with intervention")]
    // Excessive force against protesters
    [InlineData("Soldiers opened fire on protesters in the main square.", "Excessive force against protesters")]
    [InlineData("Security forces killed three demonstrators during the march.", "Excessive force against protesters")]
    // Violent demonstration
    [InlineData("Rioters torched a police station after the verdict.", "Violent demonstration")]
    [InlineData("Stone-throwing youths faced riot police in the old town.", "Violent demonstration")]
    // Mob violence
    [InlineData("A man accused of theft was lynched by residents.", "Mob violence")]
    [InlineData("An angry mob attacked the home of a local official.", "Mob violence")]
    // Agreement
    [InlineData("The two sides signed a peace deal in the presence of mediators.", "Agreement")]
    [InlineData("The government and the rebels agreed to a ceasefire on Sunday.", "Agreement")]
    [InlineData("The warring parties carried out a prisoner exchange at the border.", "Agreement")]
    // Arrests
    [InlineData("Police arrested the mayor on corruption charges.", "Arrests")]
    [InlineData("Commandos took several suspected bomb makers into custody near Kunduz.", "Arrests")]
    [InlineData("Activists accused government jets of striking a bakery queue.", "Air/drone strike")]
    [InlineData("Police raided a stronghold of the gang on the city's edge.", "Armed clash")]
    [InlineData("The security force detained three suspected insurgents during the search.", "Arrests")]
    [InlineData("Troops captured two bomb makers in a dawn operation.", "Arrests")]
    // Change to group/activity
    [InlineData("The army deployed extra troops to the restive province.", "Change to group/activity")]
    [InlineData("The two factions announced they had merged with a larger coalition.", "Change to group/activity")]
    // Disrupted weapons use
    [InlineData("Engineers defused a bomb planted under a bridge.", "Disrupted weapons use")]
    [InlineData("Soldiers discovered a weapons cache in an abandoned house.", "Disrupted weapons use")]
    [InlineData("Air defences intercepted two missiles over the city.", "Disrupted weapons use")]
    [InlineData("The patrol found an IED buried beside the road and destroyed it.", "Disrupted weapons use")]
    // Headquarters or base established
    [InlineData("The militia set up a base in a disused factory.", "Headquarters or base established")]
    [InlineData("Foreign troops established a new outpost near the border.", "Headquarters or base established")]
    // Looting/property destruction
    [InlineData("Fighters looted shops in the market before leaving.", "Looting/property destruction")]
    [InlineData("Unknown men torched homes in the abandoned village.", "Looting/property destruction")]
    // Non-violent transfer of territory
    [InlineData("The militia withdrew from the town under the deal.", "Non-violent transfer of territory")]
    [InlineData("Rebels handed over control of the crossing to local police.", "Non-violent transfer of territory")]
    // Other
    [InlineData("Authorities imposed a curfew on the city after the unrest.", "Other")]
    [InlineData("The cabinet declared a state of emergency in two provinces.", "Other")]
    public void Finds_the_sub_event_type(string sentence, string expected)
    {
        var types = SubTypes(Mentions(sentence));
        Assert.Contains(expected, types);
    }

    [Fact]
    public void Every_one_of_the_25_sub_event_types_has_codes_and_a_trigger()
    {
        var acled = stages.Events.Types.Entries.Where(e => !e.Code.IsStatementOnly).ToList();
        Assert.Equal(25, acled.Count);
        Assert.Equal(6, acled.Select(e => e.Code.EventType).Distinct().Count());
        foreach (var e in acled)
        {
            Assert.Equal(e.Label, e.Code.SubEventType);
            Assert.Matches("^[0-2][0-9]$", e.Code.CameoRoot);
            Assert.StartsWith(e.Code.CameoRoot, e.Code.CameoCode);
            Assert.False(string.IsNullOrEmpty(e.Code.PloverEvent));
        }
    }

    [Fact]
    public void Air_strike_carries_plover_aerial_and_cameo_19()
    {
        var m = Assert.Single(Mentions("Warplanes bombed the depot overnight."));
        Assert.Equal("Explosions/Remote violence", m.Type.EventType);
        Assert.Equal("ASSAULT", m.Type.PloverEvent);
        Assert.Equal("aerial", m.Type.PloverMode);
        Assert.Equal("19", m.Type.CameoRoot);
        Assert.Equal("195", m.Type.CameoCode);
    }

    [Theory]
    [InlineData("A strike by teachers closed schools across the region.")]
    [InlineData("Dock workers began a general strike on Monday.")]
    public void Labour_strikes_are_protests_not_air_strikes(string sentence)
    {
        var types = SubTypes(Mentions(sentence));
        Assert.DoesNotContain("Air/drone strike", types);
        Assert.Contains("Peaceful protest", types);
    }

    [Theory]
    [InlineData("The army's strike force moved to the border.")]
    [InlineData("The minister hopes to strike a deal with the unions.")]
    [InlineData("The elections are due in March.")]
    [InlineData("Officials said the new bridge will open in March next year.")]
    [InlineData("The report demonstrated that the budget was too small.")]
    [InlineData("Shares rallied on the stock market after the announcement.")]
    [InlineData("The search turned up a rocket-propelled grenade launcher and two rifles.")]
    public void Hard_negatives_yield_no_event(string sentence)
    {
        Assert.Empty(SubTypes(Mentions(sentence)));
    }

    [Fact]
    public void A_march_on_the_capital_is_a_protest_but_the_month_is_not()
    {
        Assert.Contains("Peaceful protest", SubTypes(Mentions("Farmers began a march on the capital.")));
        Assert.Empty(SubTypes(Mentions("The farmers met the minister in March.")));
    }

    [Fact]
    public void Suicide_car_bomb_is_one_suicide_bombing_not_a_remote_explosive()
    {
        var types = SubTypes(Mentions("A suicide car bomb exploded at the checkpoint, and the blast killed four soldiers."));
        Assert.Equal(["Suicide bomb"], types);
    }

    [Fact]
    public void Weak_trigger_next_to_a_specific_one_is_absorbed()
    {
        var types = SubTypes(Mentions("An airstrike killed twelve militants at a training camp."));
        Assert.Equal(["Air/drone strike"], types);
    }

    [Fact]
    public void Unqualified_attack_takes_its_type_from_the_weapon_named()
    {
        var types = SubTypes(Mentions("The attack on the garrison, carried out with several drones, caused no damage."));
        Assert.Contains("Air/drone strike", types);
        Assert.DoesNotContain("Armed clash", types);
    }

    [Fact]
    public void Unqualified_attack_on_civilians_is_violence_against_civilians()
    {
        var doc = HandBuiltDocument.Of("Militia fighters attacked villagers at a water point.")
            .WithActor("Militia fighters", ActorCategory.IdentityMilitia)
            .WithActor("villagers", ActorCategory.Civilians);
        Assert.Contains("Attack", SubTypes(Mentions(doc)));
    }

    [Fact]
    public void Capture_of_a_named_town_depends_on_who_takes_it()
    {
        var byRebels = HandBuiltDocument.Of("Rebel fighters seized Northvale after a short battle.")
            .WithActor("Rebel fighters", ActorCategory.RebelGroup)
            .WithPlace("Northvale");
        Assert.Contains("Non-state actor overtakes territory", SubTypes(Mentions(byRebels)));

        var byArmy = HandBuiltDocument.Of("The national army seized Northvale after a short battle.")
            .WithActor("The national army", ActorCategory.StateForces)
            .WithPlace("Northvale");
        Assert.Contains("Government regains territory", SubTypes(Mentions(byArmy)));
    }

    [Fact]
    public void Two_distinct_events_in_one_sentence_are_both_kept()
    {
        var types = SubTypes(Mentions("Police arrested the suspect hours after a roadside bomb wounded three officers."));
        Assert.Contains("Arrests", types);
        Assert.Contains("Remote explosive/landmine/IED", types);
    }

    [Theory]
    [InlineData("The foreign ministry condemned the strikes as a violation of sovereignty.", "ACCUSE", "11")]
    [InlineData("The group denied any involvement in the bombing.", "REJECT", "01")]
    [InlineData("The militia threatened to retaliate against the bases.", "THREATEN", "13")]
    [InlineData("Envoys of the two countries held talks in the capital on Thursday.", "CONSULT", "04")]
    [InlineData("The opposition demanded the release of its leader.", "REQUEST", "10")]
    [InlineData("The union imposed sanctions on the junta's leaders.", "SANCTION", "16")]
    [InlineData("The foreign minister welcomed the statement.", "SUPPORT", "05")]
    [InlineData("Prosecutors opened an inquiry into the deaths.", "INVESTIGATE", "09")]
    public void Statements_are_plover_only_mentions_with_an_empty_event_type(string sentence, string plover, string cameoRoot)
    {
        var statement = Assert.Single(Mentions(sentence), m => m.Type.IsStatementOnly);
        Assert.Equal("", statement.Type.EventType);
        Assert.Equal("", statement.Type.SubEventType);
        Assert.Equal(plover, statement.Type.PloverEvent);
        Assert.Equal(cameoRoot, statement.Type.CameoRoot);
    }

    [Fact]
    public void Boilerplate_sentences_are_skipped_and_offsets_point_into_the_text()
    {
        var doc = new Document("b", "Airstrike news desk. Airstrikes hit the depot.");
        doc.Sentences.Add(new Sentence(0, new TextSpan(0, 20), 0) { IsBoilerplate = true });
        doc.Sentences.Add(new Sentence(1, new TextSpan(21, doc.Text.Length), 0));
        var m = Assert.Single(Mentions(doc));
        Assert.Equal(1, m.Sentence);
        Assert.Equal("Airstrikes", doc.Slice(m.Trigger));
        Assert.Equal(m.TriggerText, doc.Slice(m.Trigger));
        Assert.StartsWith("rule:events:", m.By.By);
    }

    [Fact]
    public void Background_nouns_still_produce_mentions_for_factuality_to_judge()
    {
        var types = SubTypes(Mentions("The area has often been the target of air raids in previous years."));
        Assert.Contains("Air/drone strike", types);
    }

    [Fact]
    public void The_attack_later_in_a_report_takes_the_type_of_the_event_already_reported()
    {
        var doc = HandBuiltDocument.Of("A roadside bomb hit a police truck near the market on Sunday. The attack was the third this month.");
        var second = Assert.Single(Mentions(doc), m => m.Sentence == 1);
        Assert.Equal("Remote explosive/landmine/IED", second.Type.SubEventType);
        Assert.Contains("antecedent", second.By.By);
    }

    [Theory]
    [InlineData("Gunmen opened fire on worshippers leaving the mosque.", "Attack")]
    [InlineData("Fighters stormed a displacement camp before dawn.", "Attack")]
    [InlineData("Soldiers repelled an assault on the village of Greyford overnight.", "Armed clash")]
    public void An_attack_on_civilians_is_told_from_an_attack_on_a_place_by_its_object(string sentence, string expected)
    {
        Assert.Equal([expected], SubTypes(Mentions(sentence)));
    }

    [Theory]
    [InlineData("Thousands of families fled fighting in the north last month.")]
    [InlineData("Aid agencies said the camp was overcrowded because of fighting in the region.")]
    public void Fighting_named_only_as_a_cause_is_not_a_battle(string sentence)
    {
        Assert.Empty(SubTypes(Mentions(sentence)));
    }

    [Fact]
    public void Protesters_as_people_give_way_to_what_was_done_to_them()
    {
        Assert.Equal(["Protest with intervention"], SubTypes(Mentions("Riot police fired tear gas at protesters outside the stadium.")));
    }

    [Theory]
    [InlineData("The assault force protected the women and children during the search.")]
    [InlineData("The commander executes operations across the district.")]
    public void Noun_modifiers_and_routine_verbs_are_not_attacks(string sentence)
    {
        Assert.DoesNotContain("Attack", SubTypes(Mentions(sentence)));
    }

    [Fact]
    public void Fighters_shot_by_forces_are_not_an_attack_on_civilians()
    {
        Assert.DoesNotContain("Attack", SubTypes(Mentions("The patrol shot and killed two insurgents near the bridge.")));
        Assert.Contains("Attack", SubTypes(Mentions("Gunmen shot and killed a teacher near the bridge.")));
    }
}
