using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Picks the date a mention's sentence gives its event. A date on the far side of a reporting verb
/// dates the statement, not the event ("the Pentagon said Wednesday that overnight strikes ...").
/// </summary>
public sealed class DateChooser(Document doc, ClauseMap clauses)
{
    public DateMention? For(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return null;
        var sentence = doc.Sentences[m.Sentence].Span;
        var clause = clauses.ClauseAt(sentence, m.Trigger.Start);
        var cues = doc.Claims.Where(c => c.Cue is { } cue && sentence.Contains(cue.Start)).Select(c => c.Cue!.Value).Distinct().ToList();
        return doc.Dates
            .Where(d => sentence.Contains(d.Span.Start))
            .Where(d => !cues.Any(c => Between(c, d.Span, m.Trigger) || Adjacent(c, d.Span)))
            .OrderBy(d => clause.Contains(d.Span.Start) ? 0 : 1)
            .ThenBy(d => Distance(d.Span, m.Trigger))
            .FirstOrDefault();
    }

    private static bool Between(TextSpan cue, TextSpan a, TextSpan b) =>
        (a.End <= cue.Start && cue.End <= b.Start) || (b.End <= cue.Start && cue.End <= a.Start);

    // "said Wednesday", "said on Sunday": the statement's date, whichever side the event is on.
    private bool Adjacent(TextSpan cue, TextSpan date)
    {
        if (date.Start < cue.End) return false;
        var gap = doc.Text[cue.End..date.Start].Trim();
        return gap.Length == 0 || gap is "on" or "late" or "early" or "last" or "this";
    }

    private static int Distance(TextSpan a, TextSpan b) =>
        a.End <= b.Start ? b.Start - a.End : a.Start >= b.End ? a.Start - b.End : 0;

    /// <summary>True when two dates can be the same day (their ranges overlap; an unknown year compares month and day).</summary>
    public static bool Compatible(FuzzyDate a, FuzzyDate b)
    {
        if (a.Start is { } s1 && a.End is { } e1 && b.Start is { } s2 && b.End is { } e2) return s1 <= e2 && s2 <= e1;
        if (a.Month is { } m1 && b.Month is { } m2 && m1 != m2) return false;
        if (a.Day is { } d1 && b.Day is { } d2 && d1 != d2) return false;
        return true;
    }
}
