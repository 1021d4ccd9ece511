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

    public bool Separates(TextSpan a, TextSpan trigger) =>
        _cues.Any(c => (a.End <= c.Start && c.End <= trigger.Start) || (trigger.End <= c.Start && c.End <= a.Start));

    public bool RightAfterVerb(TextSpan a) => _cues.Any(c => a.Start >= c.End && WordsBetween(c.End, a.Start) <= 1);

    /// <summary>True when the span belongs to the reporting side of the sentence rather than the event's.</summary>
    public bool IsFrame(TextSpan a, TextSpan trigger) => Separates(a, trigger) || RightAfterVerb(a);

    public IEnumerable<TextSpan> Cues => _cues;

    private int WordsBetween(int from, int to) =>
        to <= from ? 0 : doc.Text[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
