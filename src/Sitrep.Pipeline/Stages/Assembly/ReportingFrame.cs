using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// The part of a sentence that says who reports, as opposed to what happened: "In Kyiv, the ministry said
/// on Friday that drones hit Odesa". A date, place or actor on the far side of a reporting verb from the
/// trigger, or named right after the verb ("said Okafor", "told reporters"), belongs to the statement.
/// </summary>
public sealed class ReportingFrame(Document doc)
{
    private readonly List<TextSpan> _cues = doc.Claims.Where(c => c.Cue is not null).Select(c => c.Cue!.Value).Distinct().OrderBy(c => c.Start).ToList();

    public bool Separates(TextSpan a, TextSpan trigger) => CueWithin(a.End, trigger.Start) || CueWithin(trigger.End, a.Start);

    public bool RightAfterVerb(TextSpan a)
    {
        // Cues are sorted by start; only those ending shortly before the span can be a word away from it.
        for (var i = FirstStartingAtOrAfter(a.Start) - 1; i >= 0 && a.Start - _cues[i].End <= MaxLookBackChars; i--)
            if (a.Start >= _cues[i].End && WordsBetween(_cues[i].End, a.Start) <= 1 && !StartsReportedClause(_cues[i].End, a.Start)) return true;
        return false;
    }

    private const int MaxLookBackChars = 200;

    // "said that Israeli fire hit ...": after "that" the reported clause begins, and its subject is the event's.
    private bool StartsReportedClause(int from, int to) =>
        doc.Text[from..to].Trim().Equals("that", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a whole cue lies in [from, to).</summary>
    private bool CueWithin(int from, int to)
    {
        for (var i = FirstStartingAtOrAfter(from); i < _cues.Count && _cues[i].Start < to; i++)
            if (_cues[i].End <= to) return true;
        return false;
    }

    private int FirstStartingAtOrAfter(int position)
    {
        int lo = 0, hi = _cues.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_cues[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when the span belongs to the reporting side of the sentence rather than the event's.</summary>
    public bool IsFrame(TextSpan a, TextSpan trigger) => Separates(a, trigger) || RightAfterVerb(a);

    public IEnumerable<TextSpan> Cues => _cues;

    // Callers only ask whether the gap is a word or two, so counting stops early instead of splitting the whole stretch.
    private int WordsBetween(int from, int to)
    {
        var count = 0;
        var inWord = false;
        for (var i = from; i < to && count <= 2; i++)
        {
            var space = doc.Text[i] == ' ';
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }
}
