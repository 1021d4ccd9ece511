using Sitrep.Core;
using Sitrep.Eval.Metrics;
using Sitrep.Specs;

namespace Sitrep.Eval.Corpora;

/// <summary>
/// Scores the team's spec reports the way the spec tests judge them (share of examples passing), and field by
/// field: each expected record is paired with the produced record closest to it, and each listed field is right
/// or wrong on that pair.
/// </summary>
public static class SpecScorer
{
    public static CorpusScore Score(IEnumerable<(SpecExample Example, SystemOutput Output)> pairs)
    {
        var passed = new AccuracyTally();
        var events = new PrfTally();
        var nonEvents = new AccuracyTally();
        var claims = new AccuracyTally();
        var fields = new SortedDictionary<string, AccuracyTally>(StringComparer.Ordinal);
        var subTypes = new ConfusionMatrix("expected sub_event_type → paired record's");
        var types = new ConfusionMatrix("expected event_type → paired record's");
        var calibration = new CalibrationTally();
        var errors = new ErrorLog();
        int examples = 0, systemEvents = 0, failures = 0;

        foreach (var (example, output) in pairs)
        {
            examples++;
            var produced = output.Records;
            systemEvents += produced.Count;
            if (output.Failure is { } f)
            {
                failures++;
                errors.Add("pipeline failed on the example", new(example.Id, "-", f, "-"));
            }

            var outcome = SpecMatcher.Match(example, produced);
            passed.Add(outcome.Passed);
            if (example.ExpectsNone)
            {
                nonEvents.Add(produced.Count == 0);
                if (produced.Count > 0)
                    errors.Add("non-event coded as an event", new(example.Id, "no record", SpecMatcher.Summary(produced[0]),
                        Records.EvidenceText(produced[0], "sub_event_type", "event_type")));
            }
            events.AddCounts(example.Expected.Count, example.OthersAllowed ? Math.Min(produced.Count, example.Expected.Count) : produced.Count);

            var pairing = Pair(example.Expected, produced);
            for (var i = 0; i < example.Expected.Count; i++)
            {
                var expected = example.Expected[i];
                var record = pairing[i];
                foreach (var field in expected.Fields.Where(x => !x.Pattern.IsAny))
                {
                    var actual = record is null ? null : SpecFields.Read(record, field.Name);
                    var right = record is not null && field.Pattern.Matches(actual);
                    (fields.TryGetValue(field.Name, out var t) ? t : fields[field.Name] = new AccuracyTally()).Add(right);
                    if (record is not null) calibration.Add(Records.ConfidenceOf(record, field.Name), right);
                    if (!right)
                        errors.Add(record is null ? $"{field.Name}: no record" : $"{field.Name}: wrong",
                            new(example.Id, field.Pattern.Text, actual ?? "(empty)", Records.EvidenceText(record, field.Name)));
                }
                foreach (var claim in expected.Claims)
                {
                    var right = record is not null && record.Claims.Any(c => SpecMatcher.ClaimFits(claim, c));
                    claims.Add(right);
                    if (!right)
                        errors.Add($"claim {claim.Kind}: {(record is null ? "no record" : "not found")}",
                            new(example.Id, claim.Text, record is null ? "(no record)" : $"{record.Claims.Count} claims", "-"));
                }
                subTypes.Add(expected.ValueOf("sub_event_type"), record?.SubEventType);
                types.Add(expected.ValueOf("event_type"), record?.EventType);
            }
        }

        var scores = new List<FieldScore>
        {
            FieldScore.Of("specs.passed", "examples passing as the spec tests judge them", passed),
            FieldScore.Of("specs.events", "records per example", events),
            FieldScore.Of("specs.non_events", "non-event examples yielding no record", nonEvents),
            FieldScore.Of("specs.claims", "expected claims found on the paired record", claims),
        };
        scores.AddRange(fields.Select(kv => FieldScore.Of($"specs.field.{kv.Key}", kv.Key, kv.Value)));

        return new CorpusScore("specs", "Spec reports (the team's own examples)", examples, systemEvents)
        {
            PipelineFailures = failures,
            Fields = scores,
            ErrorTotal = errors.Total,
            Errors = errors.MostFrequent(10),
            Confusions = [ConfusionTable.From(types), ConfusionTable.From(subTypes)],
            Calibration = calibration.Bands,
            Notes =
            [
                "Each expected record is paired with the unpaired produced record that fits most of its fields; field accuracy is counted on those pairs (no pair: wrong).",
                "Fields written '~' accept anything and are not scored; 'others: allowed' examples do not count extra records as false positives.",
            ],
        };
    }

    /// <summary>Pairs each expected record, in order, with the unpaired produced record it mismatches least.</summary>
    public static EventRecord?[] Pair(IReadOnlyList<ExpectedRecord> expected, IReadOnlyList<EventRecord> produced)
    {
        var used = new bool[produced.Count];
        var result = new EventRecord?[expected.Count];
        for (var i = 0; i < expected.Count; i++)
        {
            var best = -1;
            var fewest = int.MaxValue;
            for (var j = 0; j < produced.Count; j++)
            {
                if (used[j]) continue;
                var misses = SpecMatcher.Mismatches(expected[i], produced[j]).Count;
                if (misses < fewest) { fewest = misses; best = j; }
            }
            if (best < 0) continue;
            used[best] = true;
            result[i] = produced[best];
        }
        return result;
    }
}
