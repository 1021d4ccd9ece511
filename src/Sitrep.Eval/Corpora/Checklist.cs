using System.Text.Json;
using System.Text.Json.Serialization;
using Sitrep.Core;
using Sitrep.Eval.Metrics;
using Sitrep.Eval.Text;

namespace Sitrep.Eval.Corpora;

/// <summary>A claim the output should hold: its kind, one of the speaker's names, and the figure it gives.</summary>
public sealed record ClaimCheck(string Kind, List<string>? Speaker, int? Number)
{
    public bool Matches(ClaimRecord c) =>
        string.Equals(c.Kind, Kind, StringComparison.OrdinalIgnoreCase) &&
        (Speaker is not { Count: > 0 } || Speaker.Any(s => NameFold.ContainsPhrase(c.Speaker, s))) &&
        (Number is null || Records.NumberIn(c.Value) == Number);

    public override string ToString() =>
        $"{Kind} claim" + (Speaker is { Count: > 0 } ? $" by {Speaker[0]}" : "") + (Number is { } n ? $" of {n}" : "");
}

/// <summary>One check on a record: a field equal to one of some values, spelled like a name, containing a word,
/// dated before a day, or a claim present among the record's claims.</summary>
public sealed record FieldCheck(string? Field, [property: JsonPropertyName("equals")] List<string>? OneOf, List<string>? Spelling, string? Contains, string? Before, ClaimCheck? Claim,
    string? Description)
{
    public bool Passes(EventRecord r) => Claim is { } c ? r.Claims.Any(c.Matches) : Holds(ValueOf(r, Field ?? ""));

    private bool Holds(string? value)
    {
        if (OneOf is { Count: > 0 } eq && !eq.Contains(value ?? "", StringComparer.Ordinal)) return false;
        if (Spelling is { Count: > 0 } sp && !sp.Any(s => NameFold.Fold(s) == NameFold.Fold(value) && value is { Length: > 0 })) return false;
        if (Contains is { } word && !NameFold.ContainsPhrase(value, word)) return false;
        if (Before is { } day && !(DateOnly.TryParse(value, out var d) && DateOnly.TryParse(day, out var limit) && d < limit)) return false;
        return true;
    }

    public string Expected => Claim?.ToString() ?? $"{Field} " + (OneOf is { Count: > 0 } ? string.Join(" or ", OneOf)
        : Spelling is { Count: > 0 } ? $"spelled as {string.Join(" / ", Spelling)}"
        : Contains is { } w ? $"containing {w}" : Before is { } b ? $"before {b}" : "(any)");

    public string Found(EventRecord? r) => r is null ? "(no record)"
        : Claim is { } want ? FoundClaims(r, want)
        : ValueOf(r, Field ?? "") ?? "(empty)";

    private static string FoundClaims(EventRecord r, ClaimCheck want)
    {
        var sameKind = r.Claims.Where(c => string.Equals(c.Kind, want.Kind, StringComparison.OrdinalIgnoreCase)).ToList();
        return sameKind.Count == 0
            ? $"(no {want.Kind} claim among {r.Claims.Count})"
            : string.Join("; ", sameKind.Select(c => $"{c.Kind} by {c.Speaker ?? "?"}: {Records.Shorten(c.Value ?? c.Text, 40)}"));
    }

    /// <summary>A record field by its name in the output contract ("sub_event_type"), as text.</summary>
    public static string? ValueOf(EventRecord r, string field)
    {
        var json = JsonSerializer.SerializeToElement(r, SitrepJson.Options);
        if (!json.TryGetProperty(field, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        };
    }
}

public sealed record ExpectedEvent(string Name, string? Description, List<FieldCheck> Checks);

/// <summary>A report coded by hand as checks: how many records, what each must hold, what must be absent, which claims.</summary>
public sealed record ChecklistSpec(string Report, string? Published, int RecordCount, List<ExpectedEvent> Events, List<FieldCheck> Absent, List<ClaimCheck> Claims)
{
    public static ChecklistSpec LoadSeed() => ScoringData.Load<ChecklistSpec>("seed-checklist.json");
}

/// <summary>Scores one report's output against a checklist, item by item.</summary>
public static class ChecklistScorer
{
    public static CorpusScore Score(string key, string title, ChecklistSpec spec, SystemOutput output)
    {
        var records = output.Records;
        var results = new List<ChecklistResult>
        {
            new($"{spec.RecordCount} records, no more", records.Count == spec.RecordCount, spec.RecordCount.ToString(), records.Count.ToString()),
        };

        var assignment = BestAssignment(spec.Events, records);
        for (var i = 0; i < spec.Events.Count; i++)
        {
            var ev = spec.Events[i];
            var r = assignment[i];
            foreach (var check in ev.Checks)
                results.Add(new($"{ev.Name}: {(check.Claim is not null ? check.Claim.ToString() : check.Field)}",
                    r is not null && check.Passes(r), check.Expected, check.Found(r)));
        }

        foreach (var absent in spec.Absent)
        {
            var offending = records.FirstOrDefault(absent.Passes);
            results.Add(new(absent.Description ?? $"no record with {absent.Expected}", offending is null, "none",
                offending is null ? "none" : $"{offending.EventId}: {absent.Found(offending)}"));
        }

        var claims = records.SelectMany(r => r.Claims).DistinctBy(c => (c.Kind, c.Speaker, c.Start, c.End)).ToList();
        var claimPrf = new PrfTally();
        var unmatched = new List<ClaimRecord>(claims);
        foreach (var expected in spec.Claims)
        {
            var found = unmatched.FirstOrDefault(expected.Matches);
            if (found is not null) unmatched.Remove(found);
            results.Add(new($"claim: {expected}", found is not null, expected.ToString(),
                found is null ? "(not found)" : $"{found.Kind} by {found.Speaker ?? "?"}: {Records.Shorten(found.Text, 80)}"));
        }
        var matchedClaims = claims.Count - unmatched.Count;
        claimPrf.AddCounts(matchedClaims, unmatched.Count, spec.Claims.Count - matchedClaims);

        var events = new PrfTally();
        events.AddCounts(spec.RecordCount, records.Count);
        var items = new AccuracyTally();
        foreach (var r in results) items.Add(r.Passed);

        return new CorpusScore(key, title, 1, records.Count)
        {
            Source = spec.Report,
            PipelineFailures = output.Failure is null ? 0 : 1,
            Fields =
            [
                FieldScore.Of($"{key}.checklist", "checklist items passed", items),
                FieldScore.Of($"{key}.events", "records (events) vs the walkthrough's", events),
                FieldScore.Of($"{key}.claims", "claims vs the walkthrough's statements", claimPrf),
            ],
            // Every failed item is in the checklist table; it is the error list of a one-report corpus.
            ErrorTotal = results.Count(r => !r.Passed),
            Checklist = results,
            Notes = ["Each expected event is matched to the record that passes most of its checks; a record serves one expected event."],
        };
    }

    /// <summary>Gives each expected event the distinct record that passes most of its checks (exhaustive; reports hold few records).</summary>
    public static EventRecord?[] BestAssignment(IReadOnlyList<ExpectedEvent> events, IReadOnlyList<EventRecord> records)
    {
        var best = new EventRecord?[events.Count];
        var bestScore = -1;
        var current = new EventRecord?[events.Count];
        var used = new bool[records.Count];

        void Search(int i, int score)
        {
            if (i == events.Count)
            {
                if (score > bestScore) { bestScore = score; Array.Copy(current, best, current.Length); }
                return;
            }
            current[i] = null;
            Search(i + 1, score);
            for (var j = 0; j < records.Count; j++)
            {
                if (used[j]) continue;
                used[j] = true;
                current[i] = records[j];
                Search(i + 1, score + events[i].Checks.Count(c => c.Passes(records[j])));
                used[j] = false;
            }
            current[i] = null;
        }

        Search(0, 0);
        return best;
    }
}
