using Sitrep.Core;
using Sitrep.Pipeline.Stages.Assembly;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Tests.Assembly;

public class DateChooserTests
{
    [Fact]
    public void A_date_beside_the_reporting_verb_dates_the_statement_not_the_event()
    {
        var b = new DocBuilder("The ministry said Thursday that drones hit a depot in Kramatorsk overnight.", new DateOnly(2023, 6, 15))
            .Day("Thursday", 2023, 6, 15)
            .Date("overnight", FuzzyDate.Between(new DateOnly(2023, 6, 14), new DateOnly(2023, 6, 15), DatePrecision.Day))
            .Event("hit", T.AirStrike);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("2023-06-15", "2023-06-14", "2023-06-15"), (r.EventDate, r.DateStart, r.DateEnd));
        Assert.Equal("overnight", r.Evidence.Single(e => e.Field == "event_date").Text);
    }

    [Fact]
    public void An_undated_arrest_does_not_take_the_date_of_an_arrest_months_earlier()
    {
        var b = new DocBuilder("Police detained four suspects in Kano. In March, soldiers detained dozens more in the same area.",
                new DateOnly(2023, 8, 20))
            .Date("In March", FuzzyDate.Between(new DateOnly(2023, 3, 1), new DateOnly(2023, 3, 31), DatePrecision.Month))
            .Event("detained", T.Arrests)
            .Event("detained", T.Arrests, occurrence: 2);
        var records = AssemblyStageTests.Run(b);
        Assert.Equal(2, records.Count);
        Assert.Equal("2023-08-20", records.Single(r => r.Evidence.Any(e => e.Field == "event_type" && e.Start < 20)).EventDate);
        Assert.Contains(records, r => r.DateStart == "2023-03-01");
    }

    [Fact]
    public void A_later_strike_with_no_attacker_named_is_the_earlier_strikes_attacker()
    {
        var b = new DocBuilder("Russian missiles struck Odesa on Monday. In Izmail, a strike on the port killed two workers on Tuesday.",
                new DateOnly(2023, 8, 2))
            .Actor("Russian missiles", "Military Forces of Russia", ActorCategory.StateForces, home: "RU")
            .Day("on Monday", 2023, 7, 31)
            .Day("on Tuesday", 2023, 8, 1)
            .Event("struck", T.AirStrike)
            .Event("strike", T.AirStrike);
        var records = AssemblyStageTests.Run(b);
        Assert.Equal(2, records.Count);
        var later = records.Single(r => r.EventDate == "2023-08-01");
        Assert.Equal("Military Forces of Russia", later.Actor1);
        var evidence = later.Evidence.Single(e => e.Field == "actor1");
        Assert.EndsWith("+rule:assembly.actor-carried-over", evidence.By);
        Assert.True(evidence.Confidence <= 0.6);
    }

    [Fact]
    public void With_no_scene_named_the_dateline_town_places_the_event()
    {
        // The dateline is a line of its own, which segmentation marks as boilerplate.
        var b = new DocBuilder("KANO:\nTraders protested peacefully against a new market levy on Monday, Nigerian media said.", new DateOnly(2024, 5, 7))
            .Boilerplate(0)
            .Place("KANO", T.Town("Kano", "NG", "NGA", "Nigeria", "Kano", 12.0, 8.5), qualifier: "dateline")
            .Place("Nigerian", T.Country("Nigeria", "NG", "NGA", 9.1, 8.7), GeoPrecision.Region, evidenceOnly: true)
            .Day("on Monday", 2024, 5, 6)
            .Event("protested", T.Protest);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Kano", "Kano"), (r.Location, r.Admin1));
        Assert.EndsWith("+rule:assembly.focus-region", r.Evidence.Single(e => e.Field == "location").By);
        Assert.Equal(2, r.GeoPrecision);
    }

    [Fact]
    public void Civilians_counted_among_the_dead_of_a_strike_are_its_target()
    {
        var b = new DocBuilder("A missile hit a block of flats in Dnipro overnight, killing eight people.", new DateOnly(2025, 2, 12))
            .Place("Dnipro", T.Town("Dnipro", "UA", "UKR", "Ukraine", "Dnipropetrovsk", 48.45, 34.98))
            .Count("eight people", 8, CountedThing.Killed, subject: "people")
            .Event("missile hit", T.Shelling);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Civilians (Ukraine)", 7), (r.Actor2, r.Inter2));
        Assert.Equal("rule:assembly.civilian-victims", r.Evidence.Single(e => e.Field == "actor2").By);

        // In a battle the dead may be fighters: no target is inferred.
        var clash = new DocBuilder("Fighting near Bakhmut killed eight people.", new DateOnly(2025, 2, 12))
            .Count("eight people", 8, CountedThing.Killed, subject: "people")
            .Event("Fighting", T.Clash);
        Assert.Null(Assert.Single(AssemblyStageTests.Run(clash)).Actor2);
    }

    [Fact]
    public void A_date_before_a_comma_stays_with_its_own_clause_not_the_next_event_word()
    {
        var b = new DocBuilder("Militants attacked an army post near Balad yesterday, sparking a gun battle that lasted hours.", new DateOnly(2024, 3, 13))
            .Day("yesterday", 2024, 3, 12)
            .Event("attacked", T.Clash)
            .Event("gun battle", T.Clash);
        var records = AssemblyStageTests.Run(b);
        Assert.All(records, r => Assert.Equal("2024-03-12", r.EventDate));
        Assert.Equal("yesterday", records[0].Evidence.Single(e => e.Field == "event_date").Text);
    }

    [Fact]
    public void Arrests_at_a_protest_and_the_riot_it_became_are_one_event()
    {
        var b = new DocBuilder("Police detained six students as a march in Nairobi turned into a riot on Monday.", new DateOnly(2024, 5, 7))
            .Place("Nairobi", T.Town("Nairobi", "KE", "KEN", "Kenya", "Nairobi", -1.28, 36.82))
            .Day("on Monday", 2024, 5, 6)
            .Event("detained", T.Arrests)
            .Event("march", T.Protest)
            .Event("riot", new EventTypeCode("Riots", "Violent demonstration", "PROTEST", "riot", "145"));
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Riots", "Violent demonstration"), (r.EventType, r.SubEventType));
    }

    [Fact]
    public void A_place_written_with_another_event_noun_is_that_events()
    {
        var b = new DocBuilder("The strikes in Nineveh province answered the rocket attacks of last week on the base at Qayyarah.", new DateOnly(2024, 5, 7))
            .Place("Nineveh", T.Region("Nineveh", "IQ", "IRQ", "Iraq", 36.3, 43.1), GeoPrecision.Region)
            .Place("Qayyarah", T.Town("Qayyarah", "IQ", "IRQ", "Iraq", "Nineveh", 35.8, 43.3))
            .Event("strikes", T.AirStrike);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("Nineveh", r.Location);
    }

    [Fact]
    public void Police_who_broke_up_a_protest_are_its_second_actor()
    {
        var b = new DocBuilder("Police dispersed the protesters outside parliament in Nairobi on Monday.", new DateOnly(2024, 5, 7))
            .Actor("Police", "Police Forces of Kenya", ActorCategory.StateForces, home: "KE")
            .Actor("protesters", "Protesters (Kenya)", ActorCategory.Protesters, home: "KE")
            .Place("Nairobi", T.Town("Nairobi", "KE", "KEN", "Kenya", "Nairobi", -1.28, 36.82))
            .Day("on Monday", 2024, 5, 6)
            .Event("dispersed", new EventTypeCode("Protests", "Protest with intervention", "PROTEST", "demonstrate", "145"));
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Protesters (Kenya)", "Police Forces of Kenya", 16), (r.Actor1, r.Actor2, r.Interaction));
    }

    [Fact]
    public void A_weapon_an_earlier_attack_was_carried_out_with_is_part_of_that_attack()
    {
        var b = new DocBuilder("Militants stormed an army post near Balad on Monday. The attackers used a car bomb to breach the gate.",
                new DateOnly(2024, 3, 12))
            .Day("on Monday", 2024, 3, 11)
            .Event("stormed", T.Clash)
            .Event("car bomb", new EventTypeCode("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives", "18"));
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("Armed clash", r.SubEventType);

        // Told on its own, a car bomb is the event.
        var alone = new DocBuilder("Militants used a car bomb to breach the gate of an army post near Balad on Monday.", new DateOnly(2024, 3, 12))
            .Day("on Monday", 2024, 3, 11)
            .Event("car bomb", new EventTypeCode("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT", "explosives", "18"));
        Assert.Equal("Remote explosive/landmine/IED", Assert.Single(AssemblyStageTests.Run(alone)).SubEventType);
    }

    [Fact]
    public void Police_at_a_protest_are_not_its_first_actor()
    {
        var b = new DocBuilder("Police watched as students protested outside the ministry in Nairobi on Monday.", new DateOnly(2024, 5, 7))
            .Actor("Police", "Police Forces of Kenya", ActorCategory.StateForces, home: "KE")
            .Place("Nairobi", T.Town("Nairobi", "KE", "KEN", "Kenya", "Nairobi", -1.28, 36.82))
            .Day("on Monday", 2024, 5, 6)
            .Event("protested", T.Protest);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("Protesters (Kenya)", r.Actor1);
        Assert.Null(r.Actor2);
    }

    [Fact]
    public void A_date_on_the_statement_side_of_the_verb_is_not_the_events()
    {
        var b = new DocBuilder("On Friday, officials confirmed that rebels overran an army post near Tessalit.", new DateOnly(2022, 9, 2))
            .Day("On Friday", 2022, 9, 2)
            .Event("overran", T.Clash);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("2022-09-02", r.EventDate);
        var e = r.Evidence.Single(x => x.Field == "event_date");
        Assert.Equal("rule:assembly.reference-date", e.By);
        Assert.True(e.Confidence < 0.5);
        Assert.True(r.Confidence < 0.5);
    }

    [Fact]
    public void Without_any_date_or_reference_the_year_stays_unknown()
    {
        var b = new DocBuilder("Gunmen abducted a priest near Enugu on 4 May.")
            .Date("on 4 May", new FuzzyDate(null, null, DatePrecision.Day, false, 5, 4))
            .Event("abducted", T.AttackOnCivilians);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("XXXX-05-04", r.EventDate);
        Assert.Null(r.DateStart);

        var none = new DocBuilder("Gunmen abducted a priest near Enugu.").Event("abducted", T.AttackOnCivilians);
        Assert.Equal("XXXX-XX-XX", Assert.Single(AssemblyStageTests.Run(none)).EventDate);
    }

    [Fact]
    public void Month_and_week_precision_carry_through()
    {
        var b = new DocBuilder("Clashes in Rakhine killed dozens of fighters earlier this month.", new DateOnly(2024, 2, 20))
            .Date("earlier this month", FuzzyDate.Between(new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 20), DatePrecision.Month))
            .Event("Clashes", T.Clash);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(3, r.TimePrecision);
        Assert.Equal("2024-02-10", r.EventDate);
    }

    [Fact]
    public void Ranges_of_dates_that_overlap_can_be_the_same_day()
    {
        var overnight = FuzzyDate.Between(new DateOnly(2022, 8, 23), new DateOnly(2022, 8, 24), DatePrecision.Day);
        Assert.True(DateChooser.Compatible(overnight, FuzzyDate.OnDay(new DateOnly(2022, 8, 24))));
        Assert.False(DateChooser.Compatible(overnight, FuzzyDate.OnDay(new DateOnly(2022, 8, 15))));
        Assert.False(DateChooser.Compatible(new FuzzyDate(null, null, DatePrecision.Day, false, 3, 1), new FuzzyDate(null, null, DatePrecision.Day, false, 3, 2)));
    }
}

public class PlaceChooserTests
{
    private static readonly Place Mali = T.Country("Mali", "ML", "MLI", 17.0, -4.0);
    private static readonly Place Mopti = T.Region("Mopti", "ML", "MLI", "Mali", 14.5, -4.2);
    private static readonly Place Bandiagara = T.Town("Bandiagara", "ML", "MLI", "Mali", "Mopti", 14.35, -3.61);
    private static readonly Place BurkinaFaso = T.Country("Burkina Faso", "BF", "BFA", 12.2, -1.6);

    [Fact]
    public void The_most_specific_place_in_the_clause_wins_and_names_its_region()
    {
        var b = new DocBuilder("Jihadists attacked a market in Bandiagara, Mopti region, Mali, on Sunday.")
            .Place("Bandiagara", Bandiagara).Place("Mopti", Mopti, GeoPrecision.Region).Place("Mali,", Mali, GeoPrecision.Region)
            .Event("attacked", T.AttackOnCivilians);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Mali", "MLI", "Mopti", "Bandiagara", 1), (r.Country, r.Iso3, r.Admin1, r.Location, r.GeoPrecision));
        Assert.Equal((14.35, -3.61), (r.Latitude!.Value, r.Longitude!.Value));
    }

    [Fact]
    public void A_place_of_origin_is_not_where_the_event_happened()
    {
        var b = new DocBuilder("Fighters from Burkina Faso ambushed soldiers in Mopti.")
            .Place("Burkina Faso", BurkinaFaso, GeoPrecision.Region).Place("Mopti", Mopti, GeoPrecision.Region)
            .Event("ambushed", T.Clash);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Mali", "Mopti"), (r.Country, r.Admin1));
    }

    [Fact]
    public void A_sentence_naming_only_the_country_falls_back_to_the_reports_region_at_precision_3()
    {
        var b = new DocBuilder("Fighting has raged in Mopti for months. Soldiers clashed with militants in central Mali on Tuesday.", new DateOnly(2021, 1, 7))
            .Place("Mopti", Mopti, GeoPrecision.Region).Place("Mali", Mali, GeoPrecision.Region)
            .Event("clashed", T.Clash);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Mopti", "Mopti", 3), (r.Admin1, r.Location, r.GeoPrecision));
        Assert.Contains("focus-region", r.Evidence.Single(e => e.Field == "location").By);
    }

    [Fact]
    public void With_no_resolved_place_no_coordinates_are_invented()
    {
        var b = new DocBuilder("Unknown gunmen shot dead a trader at a checkpoint.").Event("shot dead", T.AttackOnCivilians);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Null(r.Latitude);
        Assert.Null(r.Longitude);
        Assert.Null(r.Country);
        Assert.Equal("Civilians", r.Actor2);
    }

    [Fact]
    public void Nested_places_are_one_place_and_different_towns_are_not()
    {
        var other = T.Town("Djenne", "ML", "MLI", "Mali", "Mopti", 13.9, -4.55);
        Assert.True(PlaceRank.Nested(Bandiagara, Mopti));
        Assert.True(PlaceRank.Nested(Mali, Bandiagara));
        Assert.False(PlaceRank.Nested(Bandiagara, other));
        Assert.False(PlaceRank.Nested(BurkinaFaso, Bandiagara));
    }
}

public class EarlierDateTests
{
    [Fact]
    public void An_event_without_a_date_takes_the_date_of_the_scene_set_before_it()
    {
        var b = new DocBuilder("Soldiers launched an operation against bandits in Zurmi on Sunday. During the operation, jets struck a hideout.", new DateOnly(2023, 3, 14))
            .Day("on Sunday", 2023, 3, 12)
            .Event("struck", T.AirStrike);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal("2023-03-12", r.EventDate);
        var e = r.Evidence.Single(x => x.Field == "event_date");
        Assert.Equal("on Sunday", e.Text);
        Assert.EndsWith("rule:assembly.earlier-date", e.By);
    }
}

public class FramedPlaceTests
{
    [Fact]
    public void A_scene_named_by_the_accusers_places_the_event_when_nothing_else_does()
    {
        var mopti = T.Region("Mopti", "ML", "MLI", "Mali", 14.5, -4.2);
        var b = new DocBuilder("Herders in Mopti region accused soldiers of shooting four villagers.", new DateOnly(2023, 2, 2))
            .Place("Mopti", mopti, GeoPrecision.Region)
            .Actor("soldiers", "Military Forces of Mali", ActorCategory.StateForces, home: "ML")
            .Event("shooting", T.AttackOnCivilians);
        var r = Assert.Single(AssemblyStageTests.Run(b));
        Assert.Equal(("Mopti", 3), (r.Admin1, r.GeoPrecision));
    }
}
