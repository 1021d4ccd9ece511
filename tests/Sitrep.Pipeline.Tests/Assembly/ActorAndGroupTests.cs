using Sitrep.Core;
using Sitrep.Pipeline.Stages.Assembly;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Tests.Assembly;

public class ActorRoleResolverTests
{
    private static readonly ActorRoleWords Words = new(["fought", "exchanged fire", "signed"], ["and", "backed by"]);

    private static (ActorMention? A1, ActorMention? A2) Roles(DocBuilder b, string trigger)
    {
        var m = b.Doc.EventMentions.Single(x => x.TriggerText == trigger);
        return new ActorRoleResolver(b.Doc, new ClauseMap(b.Doc), new ReportingFrame(b.Doc), new HashSet<string> { "targeted", "hit" }, Words).For(m);
    }

    [Fact]
    public void The_agent_after_by_in_a_passive_acts_and_the_subject_is_the_target()
    {
        var b = new DocBuilder("Two policemen were killed by Boko Haram fighters near Maiduguri.")
            .Actor("policemen", "Police Forces of Nigeria", ActorCategory.StateForces, home: "NG")
            .Actor("Boko Haram", "Boko Haram", ActorCategory.RebelGroup, home: "NG")
            .Event("killed", T.Clash);
        var (a1, a2) = Roles(b, "killed");
        Assert.Equal("Boko Haram", a1?.CanonicalName);
        Assert.Equal("Police Forces of Nigeria", a2?.CanonicalName);
    }

    [Fact]
    public void Of_a_subject_joining_two_parties_the_first_acts_and_the_second_is_its_ally()
    {
        var b = new DocBuilder("Mozambican troops backed by Rwandan forces attacked insurgents near Macomia.")
            .Actor("Mozambican troops", "Military Forces of Mozambique", ActorCategory.StateForces, home: "MZ")
            .Actor("Rwandan forces", "Military Forces of Rwanda", ActorCategory.StateForces, home: "RW")
            .Actor("insurgents", "Unidentified Armed Group (Mozambique)", ActorCategory.PoliticalMilitia)
            .Event("attacked", T.Clash);
        var (a1, a2) = Roles(b, "attacked");
        Assert.Equal("Military Forces of Mozambique", a1?.CanonicalName);
        Assert.Equal("Unidentified Armed Group (Mozambique)", a2?.CanonicalName);
        var resolver = new ActorRoleResolver(b.Doc, new ClauseMap(b.Doc), new ReportingFrame(b.Doc), new HashSet<string>(), Words);
        Assert.Equal(["Military Forces of Rwanda"], resolver.AlliesOf(b.Doc.EventMentions[0], a1!).Select(a => a.CanonicalName));
    }

    [Fact]
    public void Two_parties_joined_before_a_verb_that_takes_two_sides_are_the_sides()
    {
        var b = new DocBuilder("Government troops and Hayat Tahrir al-Sham fighters fought near Saraqib on Monday.")
            .Actor("Government troops", "Military Forces of Syria", ActorCategory.StateForces, home: "SY")
            .Actor("Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al-Sham", ActorCategory.RebelGroup, home: "SY")
            .Event("fought", T.Clash);
        var (a1, a2) = Roles(b, "fought");
        Assert.Equal("Military Forces of Syria", a1?.CanonicalName);
        Assert.Equal("HTS: Hayat Tahrir al-Sham", a2?.CanonicalName);
    }

    [Fact]
    public void An_actor_overlapping_the_trigger_after_a_joined_subject_is_read_without_error()
    {
        // "Turkish drones" is both the second party and part of the trigger: the stretch between them is empty.
        var b = new DocBuilder("Syrian troops and Turkish drones struck a village near Kobani.")
            .Actor("Syrian troops", "Military Forces of Syria", ActorCategory.StateForces, home: "SY")
            .Actor("Turkish drones", "Military Forces of Turkey", ActorCategory.StateForces, home: "TR")
            .Event("drones struck", T.AirStrike);
        var (a1, _) = Roles(b, "drones struck");
        Assert.Equal("Military Forces of Syria", a1?.CanonicalName);
    }

    [Fact]
    public void Civilians_are_never_the_ones_acting()
    {
        var b = new DocBuilder("Researchers documented the killing of ten civilians, among them three children, in an air strike on a market.")
            .Actor("civilians", "Civilians (Syria)", ActorCategory.Civilians)
            .Actor("children", "Civilians (Syria)", ActorCategory.Civilians)
            .Event("air strike", T.AirStrike);
        var (a1, _) = Roles(b, "air strike");
        Assert.Null(a1);
    }

    [Fact]
    public void An_actor_that_starts_the_trigger_phrase_is_the_one_acting()
    {
        var b = new DocBuilder("Turkish drones hit a checkpoint near Qamishli.")
            .Actor("Turkish drones", "Military Forces of Turkey", ActorCategory.StateForces, home: "TR")
            .Event("Turkish drones", T.AirStrike);
        var (a1, _) = Roles(b, "Turkish drones");
        Assert.Equal("Military Forces of Turkey", a1?.CanonicalName);
    }

    [Fact]
    public void Fighting_between_two_sides_names_them_in_order()
    {
        var b = new DocBuilder("Fighting between Fano militiamen and federal troops resumed near Bahir Dar on Sunday.")
            .Actor("Fano militiamen", "Fano Militia", ActorCategory.IdentityMilitia, home: "ET")
            .Actor("federal troops", "Military Forces of Ethiopia", ActorCategory.StateForces, home: "ET")
            .Event("Fighting between", T.Clash);
        var (a1, a2) = Roles(b, "Fighting between");
        Assert.Equal("Fano Militia", a1?.CanonicalName);
        Assert.Equal("Military Forces of Ethiopia", a2?.CanonicalName);
    }

    [Fact]
    public void The_subject_of_a_reported_clause_after_that_acts()
    {
        var b = new DocBuilder("The mission said that Israeli tank fire hit a watchtower in Naqoura.")
            .Actor("Israeli tank", "Military Forces of Israel", ActorCategory.StateForces, home: "IL")
            .Event("hit", T.Shelling);
        var sentence = "The mission said that Israeli tank fire hit a watchtower in Naqoura.";
        b.Doc.Claims.Add(new Claim(ClaimKind.Statement, "the mission", Stance.Asserts, null, b.Find(sentence), sentence,
            new Provenance("rule:test", 0.9)) { Cue = b.Find("said") });
        var (a1, _) = Roles(b, "hit");
        Assert.Equal("Military Forces of Israel", a1?.CanonicalName);
    }

    [Fact]
    public void What_an_attack_set_off_has_no_actors_of_its_own()
    {
        var b = new DocBuilder("Militants attacked an army post near Balad yesterday, sparking a gun battle with the soldiers.")
            .Actor("Militants", "Unidentified Armed Group (Iraq)", ActorCategory.RebelGroup, home: "IQ")
            .Actor("army", "Military Forces of Iraq", ActorCategory.StateForces, home: "IQ")
            .Actor("soldiers", "Military Forces of Iraq", ActorCategory.StateForces, home: "IQ")
            .Event("attacked", T.Clash)
            .Event("gun battle", T.Clash);
        Assert.Equal((null, null), Roles(b, "gun battle"));
        Assert.Equal("Unidentified Armed Group (Iraq)", Roles(b, "attacked").A1?.CanonicalName);
    }

    [Fact]
    public void An_attack_named_as_the_reason_for_arrests_is_not_the_police_s()
    {
        var b = new DocBuilder("Police arrested five suspects in connection with a grenade attack on a market.")
            .Actor("Police", "Police Forces of Somalia", ActorCategory.StateForces, home: "SO")
            .Event("arrested", T.Arrests)
            .Event("grenade attack", T.AttackOnCivilians);
        Assert.Equal((null, null), Roles(b, "grenade attack"));
        Assert.Equal("Police Forces of Somalia", Roles(b, "arrested").A1?.CanonicalName);
    }

    [Fact]
    public void A_passive_without_an_agent_names_only_the_target()
    {
        var b = new DocBuilder("A Taliban commander was detained in Kunduz.")
            .Actor("Taliban", "Taliban", ActorCategory.RebelGroup, home: "AF")
            .Event("detained", T.Arrests);
        var (a1, a2) = Roles(b, "detained");
        Assert.Null(a1);
        Assert.Equal("Taliban", a2?.CanonicalName);
    }

    [Fact]
    public void Active_voice_and_nominal_triggers_put_the_agent_first_and_skip_sources()
    {
        var b = new DocBuilder("The monitor said Russian artillery shelling on Ukrainian positions lasted hours.")
            .Actor("monitor", "OSCE Monitoring Mission", ActorCategory.ExternalForces, sourceOnly: true)
            .Actor("Russian", "Military Forces of Russia", ActorCategory.StateForces, home: "RU")
            .Actor("Ukrainian positions", "Military Forces of Ukraine", ActorCategory.StateForces, home: "UA")
            .Event("shelling", T.Shelling);
        var (a1, a2) = Roles(b, "shelling");
        Assert.Equal("Military Forces of Russia", a1?.CanonicalName);
        Assert.Equal("Military Forces of Ukraine", a2?.CanonicalName);
    }

    [Fact]
    public void A_verb_of_hitting_leads_from_the_weapon_to_a_distant_target()
    {
        var b = new DocBuilder("Rockets fired by the rebels from the hills overnight hit the main barracks used by government troops.")
            .Actor("rebels", "Unidentified Armed Group ({country})", ActorCategory.RebelGroup, generic: true)
            .Actor("government troops", "Military Forces of Myanmar", ActorCategory.StateForces, home: "MM")
            .Event("Rockets", T.Shelling);
        var (a1, a2) = Roles(b, "Rockets");
        Assert.Equal("Unidentified Armed Group ({country})", a1?.CanonicalName);
        Assert.Equal("Military Forces of Myanmar", a2?.CanonicalName);
    }

    [Fact]
    public void Those_counted_among_the_dead_are_targets()
    {
        var b = new DocBuilder("Militants ambushed a convoy on the Gao road, killing eight soldiers.")
            .Actor("Militants", "Unidentified Armed Group ({country})", ActorCategory.PoliticalMilitia, generic: true)
            .Actor("soldiers", "Military Forces of Mali", ActorCategory.StateForces, home: "ML")
            .Count("eight", 8, CountedThing.Killed)
            .Event("ambushed", T.Clash);
        var (a1, a2) = Roles(b, "ambushed");
        Assert.Equal("Unidentified Armed Group ({country})", a1?.CanonicalName);
        Assert.Equal("Military Forces of Mali", a2?.CanonicalName);
    }

    [Fact]
    public void A_states_forces_abroad_are_external_and_interaction_puts_the_smaller_code_first()
    {
        var b = new DocBuilder("Turkish drones struck PKK positions in Sinjar on Monday.", new DateOnly(2023, 4, 12))
            .Actor("Turkish", "Military Forces of Turkey", ActorCategory.StateForces, home: "TR")
            .Actor("PKK", "PKK: Kurdistan Workers Party", ActorCategory.RebelGroup, home: "TR")
            .Place("Sinjar", T.Town("Sinjar", "IQ", "IRQ", "Iraq", "Nineveh", 36.32, 41.87))
            .Day("on Monday", 2023, 4, 10)
            .Event("struck", T.AirStrike);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal((8, 2, 28), (r.Inter1, r.Inter2, r.Interaction));
        Assert.Equal(10, RecordBuilder.Interaction(1, 0));
        Assert.Equal(60, RecordBuilder.Interaction(6, 0));
        Assert.Equal(17, RecordBuilder.Interaction(7, 1));
    }

    [Fact]
    public void Type_defaults_fill_protesters_and_the_state_for_arrests()
    {
        var kenya = T.Country("Kenya", "KE", "KEN", 0.0, 38.0);
        var b = new DocBuilder("Thousands marched in Kenya against the finance bill.").Place("Kenya", kenya, GeoPrecision.Region).Event("marched", T.Protest);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Protesters (Kenya)", 6, 60), (r.Actor1, r.Inter1, r.Interaction));

        b = new DocBuilder("Two journalists were arrested in Kenya.").Place("Kenya", kenya, GeoPrecision.Region).Event("arrested", T.Arrests);
        r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Police Forces of Kenya", 1), (r.Actor1, r.Inter1));
        Assert.Equal("rule:assembly.default-actor", r.Evidence.Single(e => e.Field == "actor1").By);
    }

    [Fact]
    public void A_claim_of_responsibility_names_the_actor_when_the_sentence_does_not()
    {
        var b = new DocBuilder("A car bomb exploded near a hotel in Mogadishu. Al-Shabaab claimed responsibility.")
            .Actor("Al-Shabaab", "Al Shabaab", ActorCategory.RebelGroup, home: "SO")
            .Event("exploded", new EventTypeCode("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives", "18"));
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Al Shabaab", 2), (r.Actor1, r.Inter1));
        Assert.Contains("Responsibility claimed by Al Shabaab", r.Notes);
    }
}

public class EventGrouperTests
{
    private static MentionFacts F(string trigger, EventTypeCode type, int at, bool generic = false, FuzzyDate? date = null, Place? place = null,
        int sentence = 0) =>
        new(new EventMention(new TextSpan(at, at + trigger.Length), trigger, sentence, type, Provenance.Rule("t", 0.9)), generic)
        {
            Date = date is null ? null : new DateMention(new TextSpan(at, at + 1), "d", date, DateKind.Absolute, Provenance.Rule("t", 0.9)),
            Place = place is null ? null : new PlaceMention(new TextSpan(at, at + 1), place.Name, place, GeoPrecision.Exact, Provenance.Rule("t", 0.9)),
        };

    private static readonly Place Bamako = T.Town("Bamako", "ML", "MLI", "Mali", "Bamako", 12.6, -8.0);
    private static readonly Place Kati = T.Town("Kati", "ML", "MLI", "Mali", "Koulikoro", 12.7, -8.07);

    [Fact]
    public void A_generic_word_joins_the_violent_event_before_it_and_a_specific_word_lends_its_type()
    {
        var groups = EventGrouper.Group([F("killed", T.AttackOnCivilians, 0, generic: true), F("shelled", T.Shelling, 20), F("the attack", T.Clash, 60, generic: true)]);
        var g = Assert.Single(groups);
        Assert.Equal("Shelling/artillery/missile attack", g.Type.SubEventType);
    }

    [Fact]
    public void Different_days_or_towns_split_events()
    {
        var d1 = FuzzyDate.OnDay(new DateOnly(2022, 7, 22));
        var d2 = FuzzyDate.OnDay(new DateOnly(2022, 7, 23));
        Assert.Equal(2, EventGrouper.Group([F("attack", T.Clash, 0, date: d1), F("clashes", T.Clash, 50, date: d2)]).Count);
        Assert.Equal(2, EventGrouper.Group([F("attack", T.Clash, 0, place: Bamako), F("clashes", T.Clash, 50, place: Kati)]).Count);
        Assert.Single(EventGrouper.Group([F("attack", T.Clash, 0, date: d1, place: Kati), F("clashes", T.Clash, 50, date: d1)]));
    }

    [Fact]
    public void Different_kinds_of_specific_events_stay_apart()
    {
        Assert.Equal(2, EventGrouper.Group([F("arrested", T.Arrests, 0), F("marched", T.Protest, 30, sentence: 1)]).Count);
        // Arrests told in the same sentence as a march were made at it.
        Assert.Single(EventGrouper.Group([F("arrested", T.Arrests, 0), F("marched", T.Protest, 30)]));
        Assert.Equal(2, EventGrouper.Group([F("airstrike", T.AirStrike, 0), F("protest", T.Protest, 30)]).Count);
    }

    [Fact]
    public void Trigger_words_share_stems()
    {
        Assert.True(EventGrouper.SameWord("bombed", "bombing"));
        Assert.True(EventGrouper.SameWord("airstrikes", "strikes"));
        Assert.False(EventGrouper.SameWord("drone attack", "shelling"));
    }
}

public class FatalityResolverTests
{
    private static Claim Toll(string? speaker, int number, int sentence, int at, ClaimKind kind = ClaimKind.Fatalities) =>
        new(kind, speaker, Stance.Reports, number.ToString(), new TextSpan(at, at + 1), "t", Provenance.Rule("t", 1))
        {
            Sentence = sentence, Number = number, Subject = new TextSpan(at, at + 1),
        };

    private static readonly Document Doc = new("d", new string('x', 200));

    [Fact]
    public void Lowest_source_is_coded_and_highest_kept()
    {
        var t = FatalityResolver.Resolve(Doc, [Toll("monitor", 6, 1, 10), Toll("activists", 10, 1, 40), Toll(null, 8, 2, 80)]);
        Assert.Equal((6, 6, 10), (t.Fatalities, t.Low, t.High));
        Assert.Equal(3, t.BySource.Count);
    }

    [Fact]
    public void One_sources_figures_in_a_sentence_add_up_and_its_repeats_do_not()
    {
        var t = FatalityResolver.Resolve(Doc, [Toll(null, 3, 1, 10), Toll(null, 2, 1, 20), Toll(null, 5, 3, 90)]);
        Assert.Equal(5, t.Fatalities);
    }

    [Fact]
    public void Injuries_never_count_as_deaths()
    {
        var t = FatalityResolver.Resolve(Doc, [Toll(null, 12, 1, 10, ClaimKind.Injuries), Toll(null, 1, 1, 30)]);
        Assert.Equal((1, 1, 1), (t.Fatalities, t.Low, t.High));
        Assert.Equal(0, FatalityResolver.Resolve(Doc, []).Fatalities);
    }
}
