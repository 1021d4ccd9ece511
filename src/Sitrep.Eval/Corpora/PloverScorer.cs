using Sitrep.Core;
using Sitrep.Eval.Metrics;
using Sitrep.Eval.Text;

namespace Sitrep.Eval.Corpora;

public sealed record PloverScoring(Dictionary<string, string> EventSynonyms, List<List<string>> ModeSynonyms, List<string> GenericActorWords)
{
    public static PloverScoring Load() => ScoringData.Load<PloverScoring>("plover.json");
}

/// <summary>What the pipeline says a sentence reports, in PLOVER terms.</summary>
public sealed record PloverAnswer(string? Event, string? Mode, IReadOnlyList<string> Sources, IReadOnlyList<string> Targets, double Confidence, string From, string Evidence)
{
    public static readonly PloverAnswer Nothing = new(null, null, [], [], 0, "nothing", "(no event)");

    /// <summary>
    /// The main record's PLOVER codes and actors; when no record was assembled (PLOVER codes statements
    /// such as condemnations that ACLED does not), the first event mention's codes: an asserted one, or a
    /// statement (no ACLED type) that is not negated.
    /// </summary>
    public static PloverAnswer Of(SystemOutput output)
    {
        if (Records.Main(output.Records) is { } r && !string.IsNullOrWhiteSpace(r.PloverEvent))
            return new(r.PloverEvent, r.PloverMode, Names(r.Actor1, r.AssocActor1), Names(r.Actor2, r.AssocActor2),
                Records.ConfidenceOf(r, "plover_event", "event_type"), "record", Records.EvidenceText(r, "plover_event", "event_type"));
        // A threat or a refusal is itself the PLOVER event, so statement mentions count unless negated.
        var mention = output.Document?.EventMentions
            .Where(m => !string.IsNullOrWhiteSpace(m.Type.PloverEvent) &&
                        (m.Factuality == Factuality.Asserted || (m.Type.EventType.Length == 0 && m.Factuality != Factuality.Negated)))
            .OrderBy(m => m.Trigger.Start).FirstOrDefault();
        if (mention is not null)
            return new(mention.Type.PloverEvent, mention.Type.PloverMode, [], [], mention.By.Confidence, "mention", Records.Shorten(mention.TriggerText));
        return Nothing;
    }

    private static List<string> Names(params string?[] names) => names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).ToList();
}

/// <summary>Scores PLOVER gold sentences: event type, mode where coded, and source and target actors (loosely).</summary>
public sealed class PloverScorer(PloverScoring scoring)
{
    private readonly SpellingGroups _modes = new(scoring.ModeSynonyms);
    private readonly HashSet<string> _generic = scoring.GenericActorWords.Select(NameFold.Fold).ToHashSet();

    public PloverScorer() : this(PloverScoring.Load()) { }

    public string CanonicalEvent(string? e)
    {
        if (string.IsNullOrWhiteSpace(e)) return "";
        var upper = e.Trim().ToUpperInvariant();
        return scoring.EventSynonyms.GetValueOrDefault(upper, upper);
    }

    public CorpusScore Score(IEnumerable<(PloverGold Gold, SystemOutput Output)> pairs)
    {
        var type = new AccuracyTally();
        var mode = new AccuracyTally();
        var source = new AccuracyTally();
        var target = new AccuracyTally();
        var confusion = new ConfusionMatrix("PLOVER event type (gold → system)");
        var calibration = new CalibrationTally();
        var errors = new ErrorLog();
        var from = new Dictionary<string, int>();
        int sentences = 0, systemEvents = 0, failures = 0;

        foreach (var (gold, output) in pairs)
        {
            sentences++;
            systemEvents += output.Records.Count;
            if (output.Failure is { } f)
            {
                failures++;
                errors.Add("pipeline failed on the sentence", new(gold.Id, "-", f, "-"));
            }
            var answer = PloverAnswer.Of(output);
            from[answer.From] = from.GetValueOrDefault(answer.From) + 1;

            var goldEvent = CanonicalEvent(gold.Event);
            var systemEvent = CanonicalEvent(answer.Event);
            var typeRight = goldEvent == systemEvent;
            type.Add(typeRight);
            confusion.Add(goldEvent, systemEvent);
            if (answer.Event is not null) calibration.Add(answer.Confidence, typeRight);
            if (!typeRight)
                errors.Add($"event type: {goldEvent} coded as {(systemEvent.Length > 0 ? systemEvent : "(none)")}",
                    new(gold.Id, goldEvent, systemEvent.Length > 0 ? systemEvent : "(none)", answer.Evidence));

            if (gold.Mode is { } gm)
            {
                var right = _modes.Same(gm, answer.Mode);
                mode.Add(right);
                if (!right)
                    errors.Add(answer.Mode is null ? "mode: none coded" : "mode: other mode",
                        new(gold.Id, $"{goldEvent} {gm}", $"{systemEvent} {answer.Mode ?? "(none)"}", answer.Evidence));
            }

            if (gold.Sources.Count > 0)
            {
                var right = gold.Sources.Any(g => answer.Sources.Any(s => LooselySame(g.Text, s)));
                source.Add(right);
                if (!right)
                    errors.Add(answer.Sources.Count == 0 ? "source actor: none coded" : "source actor: other actor",
                        new(gold.Id, string.Join("; ", gold.Sources.Select(a => a.Text)), Joined(answer.Sources), answer.Evidence));
            }

            if (gold.Targets.Count > 0)
            {
                var right = gold.Targets.Any(g => answer.Targets.Any(s => LooselySame(g.Text, s)));
                target.Add(right);
                if (!right)
                    errors.Add(answer.Targets.Count == 0 ? "target actor: none coded" : "target actor: other actor",
                        new(gold.Id, string.Join("; ", gold.Targets.Select(a => a.Text)), Joined(answer.Targets), answer.Evidence));
            }
        }

        return new CorpusScore("plover", "PLOVER gold-standard sentences", sentences, systemEvents)
        {
            PipelineFailures = failures,
            Fields =
            [
                FieldScore.Of("plover.event_type", "PLOVER event type", type),
                FieldScore.Of("plover.mode", "PLOVER mode, where gold codes one", mode),
                FieldScore.Of("plover.source", "source actor (loose) = actor1", source),
                FieldScore.Of("plover.target", "target actor (loose) = actor2", target),
            ],
            ErrorTotal = errors.Total,
            Errors = errors.MostFrequent(10),
            Confusions = [ConfusionTable.From(confusion)],
            Calibration = calibration.Bands,
            Notes =
            [
                "Each gold sentence is run as a report without a publication date.",
                "System answer: the main record's plover_event, plover_mode, actor1 and actor2; with no record, the first asserted event mention's PLOVER codes (no actors). " +
                    $"Answers came from: {string.Join(", ", from.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}.",
                "Renamed types compare as one: FIGHT = ASSAULT, REQUEST = DEMAND, ACCUSE = DISAPPROVE.",
                "Actors match loosely: they share a distinctive word stem (first four letters, generic words such as 'forces' ignored), so 'Hungarian' matches 'Military Forces of Hungary'.",
            ],
        };
    }

    /// <summary>Whether two actor names share a distinctive word stem.</summary>
    public bool LooselySame(string gold, string system)
    {
        var g = Stems(gold);
        return g.Count > 0 && Stems(system).Overlaps(g);
    }

    private HashSet<string> Stems(string name) => NameFold.Words(name)
        .Where(w => w.Length >= 3 && !_generic.Contains(w))
        .Select(w => w.Length > 4 ? w[..4] : w)
        .ToHashSet();

    private static string Joined(IReadOnlyList<string> names) => names.Count == 0 ? "(none)" : string.Join("; ", names);
}
