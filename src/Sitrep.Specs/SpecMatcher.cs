using Sitrep.Core;

namespace Sitrep.Specs;

/// <summary>The verdict on one example: passed, or the reasons it did not.</summary>
public sealed record SpecOutcome(string Id, bool Passed, IReadOnlyList<string> Problems, int Produced)
{
    public string Describe() => Passed ? $"{Id}: passed" : $"{Id}:\n  " + string.Join("\n  ", Problems);
}

/// <summary>
/// Compares the records a pipeline produced with an example's expectations. Each expected record must match a
/// different produced record on every listed field and claim; produced records left over fail the example unless
/// it says <c>others: allowed</c>.
/// </summary>
public static class SpecMatcher
{
    public static SpecOutcome Match(SpecExample example, IReadOnlyList<EventRecord> produced)
    {
        var expected = example.Expected;
        var fits = new bool[expected.Count, produced.Count];
        for (var i = 0; i < expected.Count; i++)
            for (var j = 0; j < produced.Count; j++)
                fits[i, j] = Mismatches(expected[i], produced[j]).Count == 0;

        var owner = Enumerable.Repeat(-1, produced.Count).ToArray();
        var problems = new List<string>();
        for (var i = 0; i < expected.Count; i++)
        {
            if (Assign(i, fits, owner, new bool[produced.Count])) continue;
            problems.Add(DescribeMiss(i, expected[i], produced));
        }
        if (!example.OthersAllowed)
            for (var j = 0; j < produced.Count; j++)
                if (owner[j] < 0) problems.Add($"unexpected record: {Summary(produced[j])}");
        return new SpecOutcome(example.Id, problems.Count == 0, problems, produced.Count);
    }

    /// <summary>Every listed field or claim of the expectation that the record does not satisfy.</summary>
    public static IReadOnlyList<string> Mismatches(ExpectedRecord expected, EventRecord record)
    {
        var result = new List<string>();
        foreach (var field in expected.Fields)
        {
            var actual = SpecFields.Read(record, field.Name);
            if (!FieldFits(field, actual)) result.Add($"{field.Name}: expected {field.Pattern}, got {Show(actual)}");
        }
        foreach (var claim in expected.Claims)
            if (!record.Claims.Any(c => ClaimFits(claim, c)))
                result.Add($"claim {claim.Text}: not among [{string.Join("; ", record.Claims.Select(ShowClaim))}]");
        return result;
    }

    public static bool ClaimFits(ExpectedClaim expected, ClaimRecord claim)
    {
        if (!string.Equals(expected.Kind, claim.Kind, StringComparison.OrdinalIgnoreCase)) return false;
        if (expected.Stance is not null && !string.Equals(expected.Stance, claim.Stance, StringComparison.OrdinalIgnoreCase)) return false;
        if (expected.Speaker is not null && !SpeakerFits(expected.Speaker, claim.Speaker)) return false;
        return expected.Value is null || expected.Value.MatchesWithin(claim.Value);
    }

    /// <summary>
    /// A speaker fits when, for one of the expected alternatives ("health ministry|Ministry of Health"), each expected
    /// word begins a word of the speaker, in any order: "health ministry" fits "Ministry of Health (Sudan)".
    /// </summary>
    public static bool SpeakerFits(string expected, string? speaker)
    {
        var words = Words(speaker);
        return expected.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(alternative => Words(alternative) is { Length: > 0 } wanted &&
                                wanted.All(w => words.Any(s => s.StartsWith(w, StringComparison.Ordinal))));
    }

    private static readonly string[] AdminSuffixes =
        ["state", "region", "province", "governorate", "oblast", "department", "county", "district", "division", "prefecture", "area"];

    /// <summary>
    /// Regions are compared without a generic trailing word, so "Borno" fits "Borno State" and "Sagaing Region";
    /// a location fits a close transliteration of the expected name ("Sderot" fits "Sederot", "Azaz" fits "I'zaz").
    /// </summary>
    private static bool FieldFits(ExpectedField field, string? actual)
    {
        if (field.Pattern.Matches(actual)) return true;
        if (field.Name == "location") return actual is not null && PlaceNames.Alternatives(field.Pattern).Any(e => PlaceNames.Close(e, actual));
        if (field.Name is not ("admin1" or "admin2") || actual is null) return false;
        var words = ValuePattern.Normalize(actual).Split(' ');
        return words.Length > 1 && AdminSuffixes.Contains(words[^1]) && field.Pattern.Matches(string.Join(' ', words[..^1]));
    }

    private static string[] Words(string? text) =>
        ValuePattern.Normalize(text).Split([' ', ',', '(', ')', ':', '.', '\'', '"', '-'], StringSplitOptions.RemoveEmptyEntries);

    // One step of Kuhn's augmenting-path matching: records are few, so this stays tiny.
    private static bool Assign(int i, bool[,] fits, int[] owner, bool[] seen)
    {
        for (var j = 0; j < owner.Length; j++)
        {
            if (!fits[i, j] || seen[j]) continue;
            seen[j] = true;
            if (owner[j] < 0 || Assign(owner[j], fits, owner, seen))
            {
                owner[j] = i;
                return true;
            }
        }
        return false;
    }

    private static string DescribeMiss(int index, ExpectedRecord expected, IReadOnlyList<EventRecord> produced)
    {
        var label = $"expected record {index + 1} (line {expected.Line})";
        if (produced.Count == 0) return $"{label}: no record was produced";
        var closest = produced.Select(r => (Record: r, Misses: Mismatches(expected, r)))
            .OrderBy(x => x.Misses.Count).First();
        if (closest.Misses.Count == 0) return $"{label}: its only fitting record is taken by another expectation ({Summary(closest.Record)})";
        return $"{label} not produced; closest is {Summary(closest.Record)}: {string.Join("; ", closest.Misses)}";
    }

    public static string Summary(EventRecord r) =>
        $"[{r.SubEventType} {r.EventDate} {r.Location ?? r.Admin1 ?? r.Country} {r.Actor1} vs {r.Actor2} fatalities {r.Fatalities}]";

    private static string Show(string? value) => string.IsNullOrEmpty(value) ? "(empty)" : $"'{value}'";

    private static string ShowClaim(ClaimRecord c) => $"{c.Kind} by {c.Speaker ?? "?"} {c.Stance} = {c.Value}";
}
