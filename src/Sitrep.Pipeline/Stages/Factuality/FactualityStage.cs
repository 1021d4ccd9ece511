using System.Text.RegularExpressions;
using Sitrep.Core;
using FactualityKind = Sitrep.Core.Factuality;

namespace Sitrep.Pipeline.Stages.Factuality;

/// <summary>
/// Decides whether each event mention reports something that happened: a cue (negation, condition,
/// prediction, habit, history) counts only when it governs the trigger, that is in the same clause
/// and within a few words on the side the cue works from. A dated mention well before the reference
/// date is historical.
/// </summary>
public sealed partial class FactualityStage(FactualityLexicon lexicon) : IStage
{
    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant);

    public string Name => "factuality";

    public static FactualityStage Create(PipelineOptions options) => new(FactualityLexicon.Load(options.DataFolder));

    public void Process(Document document)
    {
        foreach (var mention in document.EventMentions)
        {
            if (mention.Sentence < 0 || mention.Sentence >= document.Sentences.Count) continue;
            var sentence = document.Sentences[mention.Sentence].Span;
            var (kind, cue) = Judge(document, sentence, mention);
            mention.Factuality = kind;
            mention.FactualityCue = cue;
        }
        // "...the port explosion, which killed 200 people in August 2020. The investigation into the blast stalled":
        // "the blast" points back to the explosion and shares what it is, history here. Only where every earlier
        // mention of that kind is unreal: with a reported one among them, "the strikes" may well be that one.
        var earlier = new List<EventMention>();
        foreach (var mention in document.EventMentions.OrderBy(m => m.Trigger.Start))
        {
            var sameKind = earlier.Where(e => e.Type.EventType == mention.Type.EventType).ToList();
            if (mention.Factuality == FactualityKind.Asserted && sameKind.Count > 0 && sameKind.All(e => e.Factuality != FactualityKind.Asserted) &&
                Definite().IsMatch(document.Text[Math.Max(0, mention.Trigger.Start - 12)..mention.Trigger.Start]))
            {
                mention.Factuality = sameKind[^1].Factuality;
                mention.FactualityCue = $"refers back to '{sameKind[^1].TriggerText}'";
            }
            earlier.Add(mention);
        }
    }

    [GeneratedRegex(@"\b(?:the|this|that)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    [GeneratedRegex(@"\b(?:this|that|these|those|the same|today's|yesterday's|last night's)\s+(?:[\p{L}-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Demonstrative();

    /// <summary>"responsible for this attack": a demonstrative points back to an event the report tells, not to a habit.</summary>
    private static bool PointsBack(string text, TextSpan trigger) => Demonstrative().IsMatch(text[Math.Max(0, trigger.Start - 30)..trigger.Start]);

    private (FactualityKind, string?) Judge(Document document, TextSpan sentence, EventMention mention)
    {
        var text = document.Text;
        var trigger = mention.Trigger;
        var clauseStart = ClauseStart(text, sentence.Start, trigger.Start, lexicon.AnyBarrier);
        var clauseEnd = ClauseEnd(text, trigger.End, sentence.End, lexicon.AnyBarrier);
        var dated = DatesGoverning(document, sentence, trigger);

        FactualityCue? best = null;
        var bestGap = int.MaxValue;
        string? bestText = null;
        foreach (var cue in lexicon.Cues)
        {
            if (cue.UnlessDated && (dated.Any(d => d.Value.Precision is DatePrecision.Day or DatePrecision.Week) || PointsBack(text, trigger))) continue;
            foreach (var (gap, matched) in Matches(text, sentence, cue, clauseStart, trigger, clauseEnd, document.ReferenceDate))
            {
                if (gap < bestGap)
                {
                    (best, bestGap, bestText) = (cue, gap, matched);
                }
            }
        }
        if (best is not null) return (best.Kind, $"{best.Id}: {bestText}");

        // A date that governs the trigger and lies well before the report makes it history.
        if (document.ReferenceDate is { } reference)
        {
            foreach (var d in dated)
            {
                if (d.Value.End is not { } end || !d.Value.YearKnown) continue;
                var yearOnlyAndEarlier = d.Value.Precision == DatePrecision.Year && end.Year < reference.Year;
                if (yearOnlyAndEarlier || reference.DayNumber - end.DayNumber > lexicon.HistoricalMinAgeDays)
                    return (FactualityKind.Historical, $"date: {d.Text}");
            }
        }
        return (FactualityKind.Asserted, null);
    }

    /// <summary>Each occurrence of a cue that governs the trigger, with its distance in words.</summary>
    private static IEnumerable<(int Gap, string Text)> Matches(string text, TextSpan sentence, FactualityCue cue, int clauseStart, TextSpan trigger, int clauseEnd, DateOnly? reference)
    {
        if (cue.Position is CuePosition.Before or CuePosition.Either && trigger.Start > clauseStart)
        {
            // Matched in the whole sentence so lookarounds can see the trigger, but kept inside the clause. The
            // search never runs past the sentence: on a long report an unbounded search per cue and event is quadratic.
            for (var m = cue.Pattern.Match(text, sentence.Start, sentence.End - sentence.Start); m.Success && m.Index < trigger.Start; m = m.NextMatch())
            {
                var end = m.Index + m.Length;
                if (m.Index < clauseStart || m.Length == 0 || end > trigger.Start || !YearApplies(cue, m, reference)) continue;
                var gap = Word.Count(text.AsSpan(end, trigger.Start - end));
                if (gap <= cue.MaxWords) yield return (gap, m.Value);
            }
        }
        if (cue.Position is CuePosition.After or CuePosition.Either && clauseEnd > trigger.End)
        {
            for (var m = cue.Pattern.Match(text, sentence.Start, sentence.End - sentence.Start); m.Success && m.Index + m.Length <= clauseEnd; m = m.NextMatch())
            {
                if (m.Index < trigger.End || m.Length == 0 || !YearApplies(cue, m, reference)) continue;
                var gap = Word.Count(text.AsSpan(trigger.End, m.Index - trigger.End));
                if (gap <= cue.MaxWords) yield return (gap, m.Value);
            }
        }
    }

    private static bool YearApplies(FactualityCue cue, Match m, DateOnly? reference)
    {
        if (!cue.NamesYear) return true;
        var year = m.Groups["year"];
        return year.Success && reference is { } r && int.Parse(year.Value) < r.Year;
    }

    /// <summary>Dates in the sentence not cut off from the trigger by a clause connective (a comma does not cut them off).</summary>
    private List<DateMention> DatesGoverning(Document document, TextSpan sentence, TextSpan trigger)
    {
        var text = document.Text;
        var start = ClauseStart(text, sentence.Start, trigger.Start, lexicon.StrongBarrier);
        var end = ClauseEnd(text, trigger.End, sentence.End, lexicon.StrongBarrier);
        return [.. document.Dates.Where(d => d.Span.Start >= start && d.Span.End <= end)];
    }

    private static int ClauseStart(string text, int sentenceStart, int triggerStart, Regex barrier)
    {
        var start = sentenceStart;
        foreach (Match m in barrier.Matches(text[sentenceStart..triggerStart]))
            start = sentenceStart + m.Index + m.Length;
        return start;
    }

    private static int ClauseEnd(string text, int triggerEnd, int sentenceEnd, Regex barrier)
    {
        var m = barrier.Match(text[triggerEnd..sentenceEnd]);
        return m.Success ? triggerEnd + m.Index : sentenceEnd;
    }
}
