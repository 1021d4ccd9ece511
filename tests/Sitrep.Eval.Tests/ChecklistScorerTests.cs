using Sitrep.Core;
using Sitrep.Eval.Corpora;

namespace Sitrep.Eval.Tests;

public class ChecklistScorerTests
{
    private static FieldCheck Is(string field, params string[] values) => new(field, [.. values], null, null, null, null, null);

    private static readonly ChecklistSpec Spec = new("reports/harbour-raid.txt", "2021-06-10", 2,
    [
        new("raid", null, [Is("sub_event_type", "Armed clash"), Is("fatalities", "4"),
            new FieldCheck(null, null, null, null, null, new ClaimCheck("fatalities", ["Port Authority"], 4), null)]),
        new("arrests", null, [Is("sub_event_type", "Arrests"), Is("event_date", "2021-06-09"),
            new FieldCheck("admin1", null, ["North Coast", "Costa Norte"], null, null, null, null)]),
    ],
    [
        new FieldCheck("event_date", null, null, null, "2021-01-01", null, "nothing from last decade"),
        new FieldCheck("actor1", null, null, "Navy", null, null, "no naval record"),
    ],
    [
        new ClaimCheck("fatalities", ["Port Authority"], 4),
        new ClaimCheck("denial", ["Harbour Guild"], null),
    ]);

    private static EventRecord Raid()
    {
        var r = Build.Record("Armed clash", "2021-06-10", fatalities: 4, actor1: "Police Forces of Examplia");
        r.Claims.Add(Build.Claim("fatalities", "the Port Authority", "four dead, 4"));
        return r;
    }

    [Fact]
    public void Expected_events_find_their_records_whatever_the_order()
    {
        var arrests = Build.Record("Arrests", "2021-06-09", admin1: "North-Coast");
        var s = ChecklistScorer.Score("demo", "Demo", Spec, new SystemOutput("x", [arrests, Raid()]));

        Assert.All(s.Checklist.Where(i => i.Item.StartsWith("raid") || i.Item.StartsWith("arrests")), i => Assert.True(i.Passed, i.Item));
        Assert.True(s.Checklist.Single(i => i.Item == "2 records, no more").Passed);
    }

    [Fact]
    public void Absent_items_fail_when_a_record_has_them_and_claims_are_scored_as_precision_and_recall()
    {
        var old = Build.Record("Armed clash", "2014-03-01", actor1: "Military Forces of Examplia (Navy)");
        old.Claims.Add(Build.Claim("statement", "a spokesman", "-"));
        var s = ChecklistScorer.Score("demo", "Demo", Spec, new SystemOutput("x", [Raid(), old]));

        Assert.False(s.Checklist.Single(i => i.Item == "nothing from last decade").Passed);
        Assert.False(s.Checklist.Single(i => i.Item == "no naval record").Passed);
        var claims = s.Fields.Single(f => f.Key == "demo.claims");
        Assert.Equal((1, 1, 1), (claims.TruePositives!.Value, claims.FalsePositives!.Value, claims.FalseNegatives!.Value));
        Assert.True(s.Fields.Single(f => f.Key == "demo.checklist").Value < 1.0);
    }

    [Fact]
    public void No_records_fail_every_positive_item_and_pass_the_absent_ones()
    {
        var s = ChecklistScorer.Score("demo", "Demo", Spec, SystemOutput.Empty("x"));

        Assert.Equal(2, s.Checklist.Count(i => i.Passed));
        Assert.Equal("(no record)", s.Checklist.Single(i => i.Item == "raid: fatalities").Found);
    }

    [Fact]
    public void Record_fields_are_read_by_their_output_names()
    {
        var r = Build.Record("Arrests", "2021-06-09", fatalities: 3);
        r.FatalitiesHigh = 7;
        Assert.Equal("7", FieldCheck.ValueOf(r, "fatalities_high"));
        Assert.Equal("Arrests", FieldCheck.ValueOf(r, "sub_event_type"));
        Assert.Null(FieldCheck.ValueOf(r, "admin1"));
    }

    [Fact]
    public void The_seed_checklist_data_loads()
    {
        var seed = ChecklistSpec.LoadSeed();
        Assert.True(seed.RecordCount > 0);
        Assert.NotEmpty(seed.Events);
        Assert.All(seed.Events, e => Assert.NotEmpty(e.Checks));
    }
}

public class SpecScorerTests
{
    private const string Specs = """
        ## demo-clash: A clash in a made-up valley
        published: 2021-03-04

        ```report
        Rebels and soldiers fought in the Examplia valley on Tuesday; three people died.
        ```

        ```expect
        - sub_event_type: Armed clash
          event_date: 2021-03-02
          fatalities: 3
          admin1: ~
        ```

        ## demo-none: A threat only
        published: 2021-03-04

        ```report
        The rebels said they might attack next week.
        ```

        ```expect
        none
        ```
        """;

    private static IReadOnlyList<Sitrep.Specs.SpecExample> Examples()
    {
        var (examples, errors) = Sitrep.Specs.SpecParser.Parse(Specs, "demo.md");
        Assert.Empty(errors);
        return examples;
    }

    [Fact]
    public void Fields_are_scored_on_the_closest_record_and_wildcards_are_not_scored()
    {
        var ex = Examples();
        var clash = Build.Record("Armed clash", "2021-03-03", fatalities: 3);
        var s = Corpora.SpecScorer.Score([(ex[0], new SystemOutput("a", [Build.Record("Arrests", "2021-03-01"), clash])), (ex[1], SystemOutput.Empty("b"))]);

        double F(string key) => s.Fields.Single(f => f.Key == key).Value;
        Assert.Equal(1.0, F("specs.field.sub_event_type"));
        Assert.Equal(0.0, F("specs.field.event_date"));
        Assert.Equal(1.0, F("specs.field.fatalities"));
        Assert.DoesNotContain(s.Fields, f => f.Key == "specs.field.admin1");
        Assert.Equal(0.5, F("specs.passed"));
        Assert.Equal(1.0, F("specs.non_events"));
        Assert.Contains(s.Errors, e => e.Kind == "event_date: wrong" && e.Example.System == "2021-03-03");
    }

    [Fact]
    public void A_record_for_a_non_event_is_an_error()
    {
        var ex = Examples();
        var s = Corpora.SpecScorer.Score([(ex[1], new SystemOutput("b", [Build.Record("Armed clash")]))]);
        Assert.Equal(0.0, s.Fields.Single(f => f.Key == "specs.non_events").Value);
        Assert.Contains(s.Errors, e => e.Kind == "non-event coded as an event");
    }
}
