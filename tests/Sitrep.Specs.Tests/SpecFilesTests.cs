using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

/// <summary>The spec files themselves: they parse, they cover what the core issue asks, and the README's table is true.</summary>
public sealed class SpecFilesTests
{
    private static SpecSet Set => SpecFolder.Examples;

    [Fact]
    public void Every_spec_file_parses()
    {
        Assert.True(Set.Errors.Count == 0, "Spec file problems:\n" + string.Join("\n", Set.Errors));
    }

    [Fact]
    public void There_are_at_least_170_examples()
    {
        Assert.True(Set.Examples.Count >= 170, $"only {Set.Examples.Count} examples");
    }

    [Fact]
    public void Every_sub_event_type_is_expected_at_least_four_times()
    {
        var thin = Coverage.SubEventTypes
            .Select(t => (t.SubEventType, Count: Coverage.ExamplesPinning(Set, "sub_event_type", t.SubEventType)))
            .Where(t => t.Count < 4).ToList();
        Assert.True(thin.Count == 0, "Too few examples: " + string.Join(", ", thin.Select(t => $"{t.SubEventType} ({t.Count})")));
    }

    [Fact]
    public void Every_interaction_code_appears_as_inter1_or_inter2()
    {
        var missing = Enumerable.Range(1, 8).Select(c => c.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Where(c => Coverage.ExamplesPinning(Set, "inter1", c) + Coverage.ExamplesPinning(Set, "inter2", c) == 0).ToList();
        Assert.True(missing.Count == 0, "No example codes these interaction codes: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_coverage_tag_is_used_and_every_non_event_kind_has_a_report_with_no_record()
    {
        var unused = CoverageTags.Groups.SelectMany(g => g.Tags).Select(t => t.Tag)
            .Where(tag => !Set.Examples.Any(e => e.Covers.Contains(tag))).ToList();
        Assert.True(unused.Count == 0, "Coverage tags no example uses: " + string.Join(", ", unused));
        var noEmpty = CoverageTags.NonEvents.Select(t => t.Tag)
            .Where(tag => !Set.Examples.Any(e => e.Covers.Contains(tag) && e.ExpectsNone)).ToList();
        Assert.True(noEmpty.Count == 0, "Non-event kinds with no example that yields nothing: " + string.Join(", ", noEmpty));
    }

    [Fact]
    public void Examples_without_a_published_date_do_not_expect_a_guessed_year()
    {
        var guessed = Set.Examples.Where(e => e.Published is null)
            .SelectMany(e => e.Expected.Select(r => (e.Id, Date: r.ValueOf("event_date"))))
            .Where(x => x.Date is not null && System.Text.RegularExpressions.Regex.IsMatch(x.Date, @"^\d{4}-"))
            .Where(x => !x.Date!.Contains('*')).ToList();
        // Allowed only when the text itself states the year; such examples say so with the date-with-year tag.
        var unexplained = guessed.Where(x => !Set.Find(x.Id)!.Covers.Contains("date-with-year") && !Set.Find(x.Id)!.Covers.Contains("dateline-date")).ToList();
        Assert.True(unexplained.Count == 0, "Examples without a published date that expect a full year: " + string.Join(", ", unexplained.Select(x => x.Id)));
    }

    [Fact]
    public void Readme_coverage_tables_are_current()
    {
        var readmePath = Path.Combine(SpecFolder.Output, "README.md");
        var readme = File.ReadAllText(readmePath);
        var tables = Coverage.Render(Set);
        if (SpecFolder.Asked(SpecFolder.WriteCoverageVariable))
        {
            var source = Path.Combine(SpecFolder.Source, "README.md");
            var updated = Coverage.Splice(File.ReadAllText(source), tables);
            Assert.NotNull(updated);
            File.WriteAllText(source, updated);
            return;
        }
        var current = Coverage.Extract(readme);
        Assert.NotNull(current);
        Assert.True(current == tables,
            $"specs/README.md's coverage tables are out of date; rerun with {SpecFolder.WriteCoverageVariable}=1, or paste:\n{tables}");
    }
}
