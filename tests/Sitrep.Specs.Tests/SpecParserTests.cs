using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

public sealed class SpecParserTests
{
    private const string Good = """
        # Title

        Prose before the first example is ignored.

        ## town-shelled: Artillery hits a town
        published: 2024-05-02
        source: Example Wire
        covers: yesterday, at-least

        Prose between the heading and the blocks.

        ```report
        Shells hit the town yesterday, killing at least three people.
        ```

        ```expect
        # a comment
        - sub_event_type: Shelling/artillery/missile attack
          fatalities: 3
          admin1: North | Nord
          claim: fatalities by "health officials" stance reports = 3
        - event_type: Battles
          actor2: ~
        others: allowed
        ```

        ## quiet-day

        ```report
        No fighting was reported.
        ```

        ```expect
        none
        ```
        """;

    [Fact]
    public void Reads_examples_with_their_metadata_fields_and_claims()
    {
        var (examples, errors) = SpecParser.Parse(Good, "good.md");
        Assert.Empty(errors);
        Assert.Equal(2, examples.Count);
        var first = examples[0];
        Assert.Equal("town-shelled", first.Id);
        Assert.Equal("Artillery hits a town", first.Title);
        Assert.Equal(5, first.Line);
        Assert.Equal(new DateOnly(2024, 5, 2), first.Published);
        Assert.Equal("Example Wire", first.Source);
        Assert.Equal(["yesterday", "at-least"], first.Covers);
        Assert.Equal("Shells hit the town yesterday, killing at least three people.", first.Text);
        Assert.True(first.OthersAllowed);
        Assert.Equal(2, first.Expected.Count);
        Assert.Equal("3", first.Expected[0].ValueOf("fatalities"));
        var claim = Assert.Single(first.Expected[0].Claims);
        Assert.Equal(("fatalities", "health officials", "reports"), (claim.Kind, claim.Speaker, claim.Stance));
        Assert.True(examples[1].ExpectsNone);
        Assert.Null(examples[1].Published);
    }

    [Theory]
    [InlineData("## Bad Heading\n", 1, "heading")]
    [InlineData("## a\n```report\nx\n```\n```expect\n- colour: red\n```\n", 6, "unknown field 'colour'")]
    [InlineData("## a\npublished: 12/03/2024\n```report\nx\n```\n```expect\nnone\n```\n", 2, "YYYY-MM-DD")]
    [InlineData("## a\n```report\nx\n```\n```expect\n- fatalities: 2\n```\n## a\n```report\ny\n```\n```expect\nnone\n```\n", 8, "already used")]
    [InlineData("## a\n```report\nx\n```\n```expect\nnone\n", 5, "never closed")]
    [InlineData("## a\n```report\nx\n```\n\n```expect\n- fatalities: 1\n  claim: deaths by \"x\"\n```\n", 8, "unknown claim kind 'deaths'")]
    [InlineData("## a\n```report\nx\n```\n```expect\n- fatalities: 1\n  claim: fatalities by x\n```\n", 7, "a claim reads")]
    [InlineData("## a\n```report\nx\n```\n```expect\nnone\n- fatalities: 1\n```\n", 1, "says none but also lists records")]
    [InlineData("## a\n```report\nx\n```\n```expect\n```\n", 1, "expect block is empty")]
    [InlineData("## a\n```expect\nnone\n```\n", 1, "no ```report block")]
    [InlineData("## a\ncovers: yesterday, tomorrow\n```report\nx\n```\n```expect\nnone\n```\n", 2, "unknown coverage tag 'tomorrow'")]
    [InlineData("## a\n```report\nx\n```\n```expect\n- fatalities: 1\n  fatalities: 2\n```\n", 7, "listed twice")]
    [InlineData("## a\n```report\nx\n```\n```expect\nfatalities: 1\n```\n", 6, "to start a record")]
    [InlineData("## a\n```report\nx\n```\n```expct\nnone\n```\n", 5, "unknown block")]
    [InlineData("## a\n```report\nx\n```\n```expect\n- location:\n```\n", 6, "has no value")]
    public void Reports_a_malformed_spec_with_its_file_and_line(string text, int line, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("sitrep-specs-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "broken.md"), text);
            var set = SpecLibrary.LoadFolder(folder.FullName);
            var error = Assert.Single(set.Errors);
            Assert.Equal("broken.md", error.File);
            Assert.Equal(line, error.Line);
            Assert.Contains(problem, error.Message);
            Assert.StartsWith($"broken.md:{line}: ", error.ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Keeps_the_good_examples_of_a_file_with_a_broken_one()
    {
        var text = "## ok\n```report\nx\n```\n```expect\nnone\n```\n## broken\n```report\ny\n```\n";
        var (examples, errors) = SpecParser.Parse(text, "mixed.md");
        Assert.Equal("ok", Assert.Single(examples).Id);
        Assert.Equal(8, Assert.Single(errors).Line);
    }

    [Fact]
    public void Reads_the_repository_spec_folder()
    {
        var folder = SpecLibrary.Locate(SpecFolder.Source);
        Assert.NotNull(folder);
        Assert.NotEmpty(SpecLibrary.LoadFolder(folder).Examples);
    }
}
