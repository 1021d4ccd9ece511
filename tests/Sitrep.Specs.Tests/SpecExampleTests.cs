using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

/// <summary>Runs every spec example through the real default pipeline and compares the records it yields.</summary>
public sealed class SpecExampleTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var example in SpecFolder.Examples.Examples) data.Add(example.Id);
        return data;
    }

    private static IReadOnlySet<string> Gaps => KnownGaps.Read(Path.Combine(SpecFolder.Output, SpecFolder.KnownGapsFile));

    [SkippableTheory]
    [MemberData(nameof(Ids))]
    public void Example_yields_its_records(string id)
    {
        var example = SpecFolder.Examples.Find(id)!;
        var outcome = pipeline.Outcome(example);
        var where = $"{example.File}:{example.Line}";
        if (Gaps.Contains(id))
        {
            Assert.False(outcome.Passed, $"{id} ({where}) now passes: remove it from specs/{SpecFolder.KnownGapsFile}.");
            Skip.If(true, $"known gap ({where}): {outcome.Problems[0]}");
        }
        Assert.True(outcome.Passed, $"{where}\n{outcome.Describe()}");
    }

    [Fact]
    public void No_known_gap_passes_now()
    {
        var passing = SpecFolder.Examples.Examples
            .Where(e => Gaps.Contains(e.Id) && pipeline.Outcome(e).Passed)
            .Select(e => e.Id).ToList();
        Assert.True(passing.Count == 0,
            $"These examples pass now; remove them from specs/{SpecFolder.KnownGapsFile}: {string.Join(", ", passing)}");
    }

    [Fact]
    public void Known_gaps_name_only_existing_examples()
    {
        var unknown = Gaps.Where(id => SpecFolder.Examples.Find(id) is null).ToList();
        Assert.True(unknown.Count == 0, $"specs/{SpecFolder.KnownGapsFile} names examples that do not exist: {string.Join(", ", unknown)}");
    }

    /// <summary>Rewrites known-gaps.txt in the source folder with the examples failing now, when SITREP_SPECS_WRITE_GAPS=1.</summary>
    [SkippableFact]
    public void Write_known_gaps_when_asked()
    {
        Skip.IfNot(SpecFolder.Asked(SpecFolder.WriteGapsVariable), $"set {SpecFolder.WriteGapsVariable}=1 to rewrite specs/{SpecFolder.KnownGapsFile}");
        var failing = SpecFolder.Examples.Examples.Where(e => !pipeline.Outcome(e).Passed).Select(e => e.Id).ToList();
        var path = Path.Combine(SpecFolder.Source, SpecFolder.KnownGapsFile);
        File.WriteAllText(path, KnownGaps.Format(failing));
        Assert.Equal(failing.ToHashSet(), KnownGaps.Read(path));
    }
}
