using Sitrep.Core;
using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

public sealed class SpecMatcherTests
{
    private static SpecExample Example(string expect) =>
        Assert.Single(SpecParser.Parse($"## ex\n```report\nText.\n```\n```expect\n{expect}\n```\n", "t.md").Examples);

    private static EventRecord Record(string sub, string location, int fatalities, params ClaimRecord[] claims) => new()
    {
        EventType = "Explosions/Remote violence", SubEventType = sub, Location = location, Fatalities = fatalities,
        Actor1 = "Military Forces of Syria (2000-2024)", Inter1 = 1, Admin1 = "Tillabéri", Claims = [.. claims],
    };

    [Fact]
    public void Each_expected_record_needs_a_different_produced_record()
    {
        var example = Example("- sub_event_type: Air/drone strike\n- sub_event_type: Air/drone strike");
        Assert.False(SpecMatcher.Match(example, [Record("Air/drone strike", "A", 1)]).Passed);
        Assert.True(SpecMatcher.Match(example, [Record("Air/drone strike", "A", 1), Record("Air/drone strike", "B", 0)]).Passed);
    }

    [Fact]
    public void Finds_the_assignment_that_satisfies_every_expectation()
    {
        // A greedy pass would give the first produced record to the first expectation and strand the second.
        var example = Example("- sub_event_type: Air/drone strike\n- location: A");
        var outcome = SpecMatcher.Match(example, [Record("Air/drone strike", "A", 1), Record("Air/drone strike", "B", 0)]);
        Assert.True(outcome.Passed, outcome.Describe());
    }

    [Fact]
    public void Extra_records_fail_unless_others_are_allowed()
    {
        var produced = new[] { Record("Air/drone strike", "A", 1), Record("Grenade", "B", 0) };
        Assert.False(SpecMatcher.Match(Example("- location: A"), produced).Passed);
        Assert.True(SpecMatcher.Match(Example("- location: A\nothers: allowed"), produced).Passed);
        Assert.False(SpecMatcher.Match(Example("none"), produced).Passed);
        Assert.True(SpecMatcher.Match(Example("none"), []).Passed);
    }

    [Theory]
    [InlineData("actor1: military forces of syria*", true)]
    [InlineData("actor1: Military Forces of Iraq*", false)]
    [InlineData("admin1: Tillaberi", true)]
    [InlineData("admin1: Tahoua | Tillaberi", true)]
    [InlineData("fatalities: 4", true)]
    [InlineData("fatalities: 5", false)]
    [InlineData("actor2: null", true)]
    [InlineData("actor2: ~", true)]
    [InlineData("location: null", false)]
    public void Compares_fields_ignoring_case_and_accents_with_wildcards_and_alternatives(string field, bool passes)
    {
        var outcome = SpecMatcher.Match(Example("- " + field), [Record("Air/drone strike", "Ouallam", 4)]);
        Assert.Equal(passes, outcome.Passed);
    }

    [Theory]
    [InlineData("claim: fatalities by \"observatory\" = 6", true)]
    [InlineData("claim: fatalities = 6", true)]
    [InlineData("claim: fatalities by \"observatory\" = 7", false)]
    [InlineData("claim: fatalities by \"ministry\"", false)]
    [InlineData("claim: fatalities stance reports", true)]
    [InlineData("claim: fatalities stance denies", false)]
    [InlineData("claim: denial", false)]
    public void Checks_claims_by_kind_speaker_stance_and_value(string claim, bool passes)
    {
        var kept = new ClaimRecord("fatalities", "Syrian Observatory for Human Rights", "reports", "at least 6", "at least six", 0, 10);
        var outcome = SpecMatcher.Match(Example("- " + claim), [Record("Air/drone strike", "A", 6, kept)]);
        Assert.Equal(passes, outcome.Passed);
    }

    [Theory]
    [InlineData("health ministry", "Ministry of Health (Sudan)", true)]
    [InlineData("resistance committee", "Wad Madani Resistance Committees", true)]
    [InlineData("Guterres|United Nations", "United Nations", true)]
    [InlineData("health ministry", "Ministry of Interior (Sudan)", false)]
    [InlineData("observatory", null, false)]
    public void Matches_speakers_by_the_words_they_begin(string expected, string? speaker, bool fits)
    {
        Assert.Equal(fits, SpecMatcher.SpeakerFits(expected, speaker));
    }

    [Theory]
    [InlineData("Tillaberi", "Tillabéri Region", true)]
    [InlineData("Borno", "Borno State", true)]
    [InlineData("Borno", "Yobe State", false)]
    [InlineData("Centre", "Centre-Nord", false)]
    public void Compares_regions_without_their_generic_suffix(string expected, string actual, bool fits)
    {
        var record = Record("Air/drone strike", "A", 0);
        record.Admin1 = actual;
        Assert.Equal(fits, SpecMatcher.Match(Example("- admin1: " + expected), [record]).Passed);
    }

    [Theory]
    [InlineData("Sderot", "Sederot", true)]
    [InlineData("Bint Jbeil", "Bent Jbaïl", true)]
    [InlineData("Azaz", "I‘zāz", false)]
    [InlineData("Marib", "Mareb", true)]
    [InlineData("Tarmiyah", "Aţ Ţārmīyah", true)]
    [InlineData("Dansadau", "Dan Sadau", true)]
    [InlineData("Kafr Zita", "Kafr Zaytā", true)]
    [InlineData("Kisumu", "Kisumu County", false)]
    [InlineData("Tame", "Tumaco", false)]
    [InlineData("Kano", "Katsina", false)]
    [InlineData("Nabatieh", "Qana", false)]
    public void Accepts_close_transliterations_of_a_location(string expected, string actual, bool fits)
    {
        var record = Record("Air/drone strike", actual, 0);
        Assert.Equal(fits, SpecMatcher.Match(Example("- location: " + expected), [record]).Passed);
    }

    [Fact]
    public void Scores_each_checked_field_against_the_closest_record()
    {
        var example = Example("- sub_event_type: Grenade\n  location: A\n  fatalities: 1\n  claim: denial");
        var checks = SpecFieldScore.Checks(example, [Record("Air/drone strike", "A", 1), Record("Attack", "B", 0)]);
        Assert.Equal(["sub_event_type:False", "location:True", "fatalities:True", "claim:denial:False"],
            checks.Select(c => $"{c.Field}:{c.Passed}"));
        var summary = SpecFieldScore.Summarize(checks);
        Assert.Equal((1, 1), summary["location"]);
        Assert.Equal((1, 0), summary["sub_event_type"]);
        Assert.All(SpecFieldScore.Checks(example, []), c => Assert.False(c.Passed));
    }

    [Fact]
    public void Explains_a_miss_with_the_closest_record()
    {
        var outcome = SpecMatcher.Match(Example("- sub_event_type: Grenade\n  location: A"), [Record("Air/drone strike", "A", 1)]);
        var problem = outcome.Problems[0];
        Assert.Contains("sub_event_type: expected Grenade, got 'Air/drone strike'", problem);
        Assert.Contains("line 6", problem);
    }
}
