using Sitrep.Core;
using Sitrep.Pipeline.Stages.Assembly;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Tests.Assembly;

public class AssemblyStageTests
{
    private static readonly AttributionStage Attribution = AttributionStage.Create(new PipelineOptions());
    private static readonly AssemblyStage Assembly = AssemblyStage.Create(new PipelineOptions());

    internal static List<EventRecord> Run(DocBuilder b)
    {
        Attribution.Process(b.Doc);
        Assembly.Process(b.Doc);
        return b.Doc.Events;
    }

    private static readonly Place Yemen = T.Country("Yemen", "YE", "YEM", 15.5, 47.5);
    private static readonly Place Hudaydah = T.Region("Al Hudaydah", "YE", "YEM", "Yemen", 15.0, 43.0);
    private static readonly Place Hodeidah = T.Town("Hodeidah", "YE", "YEM", "Yemen", "Al Hudaydah", 14.798, 42.954);
    private static readonly Place Saada = T.Region("Sa'dah", "YE", "YEM", "Yemen", 16.94, 43.76);

    [Fact]
    public void The_same_strike_told_three_times_is_one_record_with_every_sources_toll()
    {
        var text = "Saudi-led coalition jets struck a port warehouse in Hodeidah on Tuesday. " +
                   "The Houthi health ministry said at least nine dock workers were killed in the raid, while a port official reported 15 dead. " +
                   "The coalition said the strikes hit a weapons depot.";
        var records = Run(new DocBuilder(text, new DateOnly(2024, 1, 10), id: "ye-7")
            .Actor("Saudi-led coalition", "Military Forces of Saudi Arabia", ActorCategory.StateForces, home: "SA")
            .Actor("dock workers", "Civilians ({country})", ActorCategory.Civilians, generic: true)
            .Actor("Houthi health ministry", "Ministry of Health (Houthi)", ActorCategory.PoliticalMilitia, sourceOnly: true)
            .Place("Hodeidah", Hodeidah)
            .Day("on Tuesday", 2024, 1, 9)
            .Count("at least nine", 9, CountedThing.Killed, QuantityQualifier.AtLeast)
            .Count("15", 15, CountedThing.Killed)
            .Event("struck", T.AirStrike)
            .Event("raid", T.AirStrike)
            .Event("strikes", T.AirStrike));
        var r = Assert.Single(records);
        Assert.Equal("ye-7-1", r.EventId);
        Assert.Equal("2024-01-09", r.EventDate);
        Assert.Equal("Military Forces of Saudi Arabia", r.Actor1);
        Assert.Equal(8, r.Inter1);
        Assert.Equal("Civilians (Yemen)", r.Actor2);
        Assert.Equal(7, r.Inter2);
        Assert.Equal(78, r.Interaction);
        Assert.Equal(("Hodeidah", "Al Hudaydah", 1), (r.Location, r.Admin1, r.GeoPrecision));
        Assert.Equal((9, 9, 15), (r.Fatalities, r.FatalitiesLow, r.FatalitiesHigh));
        Assert.Equal(["Ministry of Health (Houthi)", "a port official"], r.Claims.Where(c => c.Kind == "fatalities").Select(c => c.Speaker));
        Assert.Contains("Sources disagree: at least 9 killed according to Ministry of Health (Houthi), 15 killed according to a port official", r.Notes);
    }

    [Fact]
    public void Generic_names_take_the_event_country_as_the_country_list_writes_it()
    {
        var text = "Government troops clashed with gunmen near Cotabato on Monday.";
        var records = Run(new DocBuilder(text, new DateOnly(2024, 3, 12))
            .Actor("Government troops", "Military Forces of {the country}", ActorCategory.StateForces, generic: true)
            .Actor("gunmen", "Unidentified Armed Group ({country})", ActorCategory.PoliticalMilitia, generic: true)
            .Place("Cotabato", T.Town("Cotabato", "PH", "PHL", "Philippines", "Soccsksargen", 7.22, 124.25), GeoPrecision.Near)
            .Day("on Monday", 2024, 3, 11)
            .Event("clashed", T.Clash));
        var r = Assert.Single(records);
        Assert.Equal("Military Forces of the Philippines", r.Actor1);
        Assert.Equal("Unidentified Armed Group (Philippines)", r.Actor2);
    }

    [Fact]
    public void A_retaliation_and_the_earlier_attack_it_answered_are_two_records_each_with_its_own_toll()
    {
        var text = "Israeli jets bombed a Houthi missile site in Saada province on Friday. " +
                   "The strike answered a drone attack on Eilat on Monday that the army said caused zero casualties. " +
                   "Houthi officials said six fighters were killed in the bombing.";
        var records = Run(new DocBuilder(text, new DateOnly(2024, 7, 13))
            .Actor("Israeli jets", "Military Forces of Israel", ActorCategory.StateForces, home: "IL")
            .Actor("Houthi", "Ansar Allah (Houthis)", ActorCategory.RebelGroup, home: "YE", occurrence: 1)
            .Place("Saada province", Saada)
            .Place("Eilat", T.Town("Eilat", "IL", "ISR", "Israel", "Southern District", 29.55, 34.95))
            .Day("on Friday", 2024, 7, 12)
            .Day("on Monday", 2024, 7, 8)
            .Count("six", 6, CountedThing.Killed)
            .Event("bombed", T.AirStrike)
            .Event("strike", T.AirStrike)
            .Event("drone attack", T.AirStrike)
            .Event("bombing", T.AirStrike));
        Assert.Equal(2, records.Count);
        var strike = records.Single(r => r.Location == "Sa'dah");
        var drone = records.Single(r => r.Location == "Eilat");
        Assert.Equal(("2024-07-12", 6), (strike.EventDate, strike.Fatalities));
        Assert.Equal(("2024-07-08", 0), (drone.EventDate, drone.Fatalities));
        Assert.Contains(drone.Claims, c => c.Kind == "fatalities" && c.Value == "0" && c.Speaker == "the army");
        Assert.Equal(3, strike.GeoPrecision);
    }

    [Fact]
    public void Predicted_habitual_negated_and_statement_only_mentions_make_no_record()
    {
        var text = "Rebels have often shelled the town of Bria. The army expects new attacks. No clashes were reported on Sunday. The governor condemned the violence.";
        var records = Run(new DocBuilder(text, new DateOnly(2023, 5, 2))
            .Event("shelled", T.Shelling, Sitrep.Core.Factuality.Habitual)
            .Event("attacks", T.Clash, Sitrep.Core.Factuality.Predicted)
            .Event("clashes", T.Clash, Sitrep.Core.Factuality.Negated)
            .Event("condemned", T.Condemn));
        Assert.Empty(records);
    }

    [Fact]
    public void A_headline_mention_is_not_a_record_of_its_own()
    {
        var text = "Troops kill militants in Kaduna\nTroops killed four militants in Kajuru on Monday, the army said.";
        var kajuru = T.Town("Kajuru", "NG", "NGA", "Nigeria", "Kaduna", 10.32, 7.68);
        var records = Run(new DocBuilder(text, new DateOnly(2022, 3, 9))
            .Boilerplate(0)
            .Actor("Troops", "Military Forces of Nigeria", ActorCategory.StateForces, home: "NG", occurrence: 2)
            .Actor("militants", "Unidentified Armed Group ({country})", ActorCategory.PoliticalMilitia, generic: true, occurrence: 2)
            .Place("Kajuru", kajuru)
            .Day("on Monday", 2022, 3, 7)
            .Count("four", 4, CountedThing.Killed)
            .Event("kill", T.Clash)
            .Event("killed", T.Clash));
        var r = Assert.Single(records);
        Assert.Equal("Unidentified Armed Group (Nigeria)", r.Actor2);
        Assert.Equal(13, r.Interaction);
        Assert.Equal(4, r.Fatalities);
    }

    [Fact]
    public void Every_coded_field_points_at_the_annotation_behind_it()
    {
        var text = "Police arrested 14 protesters in Mandalay on 3 March.";
        var mandalay = T.Town("Mandalay", "MM", "MMR", "Myanmar", "Mandalay", 21.97, 96.08);
        var b = new DocBuilder(text)
            .Actor("Police", "Police Forces of Myanmar", ActorCategory.StateForces, home: "MM")
            .Actor("protesters", "Protesters ({country})", ActorCategory.Protesters, generic: true)
            .Place("Mandalay", mandalay)
            .Day("on 3 March", 2021, 3, 3)
            .Count("14", 14, CountedThing.Arrested)
            .Event("arrested", T.Arrests);
        var r = Assert.Single(Run(b));
        Assert.Equal(["event_type", "event_date", "location", "actor1", "actor2"], r.Evidence.Select(e => e.Field));
        foreach (var e in r.Evidence)
        {
            Assert.Equal(text[e.Start..e.End], e.Text);
            Assert.StartsWith("rule:test", e.By);
        }
        Assert.Equal("arrested", r.Evidence[0].Text);
        Assert.Equal(16, r.Interaction);
        Assert.Equal(0, r.Fatalities);
        Assert.Contains(r.Claims, c => c.Kind == "arrests" && c.Value == "14");
        Assert.InRange(r.Confidence, 0.5, 1.0);
    }
}

public class BareMentionTests
{
    [Fact]
    public void A_bare_event_word_after_a_told_event_is_background()
    {
        var text = "Police detained a bomb maker in Kano on Friday. He had supplied explosives for attacks.";
        var b = new DocBuilder(text, new DateOnly(2022, 5, 7))
            .Actor("Police", "Police Forces of Nigeria", ActorCategory.StateForces, home: "NG")
            .Place("Kano", T.Town("Kano", "NG", "NGA", "Nigeria", "Kano", 12.0, 8.5))
            .Day("on Friday", 2022, 5, 6)
            .Event("detained", T.Arrests)
            .Event("attacks", new EventTypeCode("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives", "18"));
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("Arrests", r.SubEventType);
    }
}
