using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Picks the date a mention's sentence gives its event. A date on the far side of a reporting verb
/// dates the statement, not the event ("the Pentagon said Wednesday that overnight strikes ...").
/// </summary>
public sealed partial class DateChooser(Document doc, ClauseMap clauses, ReportingFrame frame, IReadOnlySet<string> eventWords)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}]+")]
    private static partial System.Text.RegularExpressions.Regex Word();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:that|which|who)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Relative();

    public DateMention? For(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return null;
        var sentence = doc.Sentences[m.Sentence].Span;
        var clause = clauses.ClauseAt(sentence, m.Trigger.Start);
        // Other event words compete for the sentence's dates: mentions, and words such as "attacks" no type was given to.
        var others = doc.EventMentions.Where(o => o != m && o.Sentence == m.Sentence).Select(o => o.Trigger)
            .Concat(Word().Matches(doc.Text[sentence.Start..sentence.End])
                .Where(w => eventWords.Contains(w.Value.ToLowerInvariant()))
                .Select(w => new TextSpan(sentence.Start + w.Index, sentence.Start + w.Index + w.Length)))
            .Where(t => !t.Overlaps(m.Trigger) && !SameEventNoun.Is(doc.Text, t.Start)).ToList();
        return doc.Dates
            .Where(d => sentence.Contains(d.Span.Start))
            .Where(d => !frame.Separates(d.Span, m.Trigger) && !frame.Cues.Any(c => Adjacent(c, d.Span)))
            // A date closer to another event word of the sentence dates that one ("the raids answered attacks on March 3"),
            // unless a comma parts them ("attacked a base yesterday, sparking a gun battle").
            .Where(d => InLeadingAdjunct(sentence, d.Span, m.Trigger) ||
                        !others.Any(o => Distance(d.Span, o) < Distance(d.Span, m.Trigger) && !CommaBetween(d.Span, o)))
            .Where(d => !InRelativeClauseOfAnother(m.Trigger, d.Span))
            .OrderBy(d => clause.Contains(d.Span.Start) ? 0 : 1)
            .ThenBy(d => Distance(d.Span, m.Trigger))
            .FirstOrDefault();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:in|on|during|after|late|early|overnight|at|by)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Preposition();

    /// <summary>"In the March 3 attack, rockets hit ...", "On Monday, ...": an opening phrase dates the whole sentence.</summary>
    private bool InLeadingAdjunct(TextSpan sentence, TextSpan date, TextSpan trigger)
    {
        var comma = doc.Text.IndexOf(',', sentence.Start, sentence.Length);
        return comma >= 0 && date.End <= comma && trigger.Start > comma && Preposition().IsMatch(doc.Text[sentence.Start..date.Start]);
    }

    // "strikes on militias that attacked troops this month": the date is in a clause about the militias.
    private bool InRelativeClauseOfAnother(TextSpan trigger, TextSpan date)
    {
        if (date.Start <= trigger.End) return false;
        var between = doc.Text[trigger.End..date.Start];
        var rel = Relative().Match(between);
        if (!rel.Success) return false;
        var relAt = trigger.End + rel.Index;
        return doc.Actors.Any(a => a.Span.Start >= trigger.End && a.Span.End <= relAt);
    }

    // "said Wednesday", "said on Sunday": the statement's date, whichever side the event is on.
    private bool Adjacent(TextSpan cue, TextSpan date)
    {
        // The longest gap allowed is a short word and its spaces; anything wider is not adjacent (and need not be copied).
        if (date.Start < cue.End || date.Start - cue.End > 12) return false;
        var gap = doc.Text[cue.End..date.Start].Trim();
        return gap.Length == 0 || gap is "on" or "late" or "early" or "last" or "this";
    }

    private bool CommaBetween(TextSpan a, TextSpan b)
    {
        var (from, to) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return to > from && doc.Text.AsSpan(from, to - from).Contains(',');
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
