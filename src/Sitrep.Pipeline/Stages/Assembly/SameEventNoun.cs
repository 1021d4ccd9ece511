using System.Text.RegularExpressions;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// "killed 70 people in an attack on the town on Oct. 3": an event noun the trigger happened in is the trigger's own
/// event, so its date and place are the trigger's too, not another event's.
/// </summary>
public static partial class SameEventNoun
{
    [GeneratedRegex(@"\b(?:in|during)\s+(?:an?|the)\s+(?:[\p{L}-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InThe();

    public static bool Is(string text, int nounStart) => InThe().IsMatch(text[Math.Max(0, nounStart - 30)..nounStart]);
}
