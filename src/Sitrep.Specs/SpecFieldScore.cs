using Sitrep.Core;

namespace Sitrep.Specs;

/// <summary>One checked field of one expected record: whether the closest produced record satisfies it.</summary>
public sealed record FieldCheck(string ExampleId, int RecordLine, string Field, bool Passed);

/// <summary>
/// Field-level scores for a scorecard: where an example fails as a whole, which of its checks still hold.
/// Each expected record is compared with the produced record that satisfies most of its checks.
/// </summary>
public static class SpecFieldScore
{
    public static IReadOnlyList<FieldCheck> Checks(SpecExample example, IReadOnlyList<EventRecord> produced)
    {
        var checks = new List<FieldCheck>();
        foreach (var expected in example.Expected)
        {
            var best = produced.OrderBy(r => SpecMatcher.Mismatches(expected, r).Count).FirstOrDefault();
            var misses = best is null ? null : SpecMatcher.Mismatches(expected, best);
            foreach (var field in expected.Fields)
                checks.Add(new FieldCheck(example.Id, expected.Line, field.Name,
                    misses is not null && !misses.Any(m => m.StartsWith(field.Name + ":", StringComparison.Ordinal))));
            foreach (var claim in expected.Claims)
                checks.Add(new FieldCheck(example.Id, expected.Line, "claim:" + claim.Kind,
                    best is not null && best.Claims.Any(c => SpecMatcher.ClaimFits(claim, c))));
        }
        return checks;
    }

    /// <summary>Per field: how many checks there were and how many held.</summary>
    public static IReadOnlyDictionary<string, (int Checked, int Passed)> Summarize(IEnumerable<FieldCheck> checks) =>
        checks.GroupBy(c => c.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Count(c => c.Passed)), StringComparer.Ordinal);
}
