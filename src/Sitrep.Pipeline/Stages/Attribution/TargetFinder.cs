using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>The one blamed in "attributed the attack to Y", "blamed it on Y", "blamed Y for", "accused Y of".</summary>
internal static partial class TargetFinder
{
    [GeneratedRegex(@"^\s*(.+?)(?=\s+(?:for|of|over|in|after|that|who|which|with)\b|[,.;:]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectPhrase();

    public static (string Name, TextSpan Span)? Find(Document doc, TextSpan after, IReadOnlyList<string> patterns)
    {
        var text = doc.Slice(after);
        foreach (var p in patterns)
        {
            int from;
            if (p == "object") from = 0;
            else
            {
                var m = Regex.Match(text, $@"\b{p}\b", RegexOptions.IgnoreCase);
                if (!m.Success) continue;
                from = m.Index + m.Length;
            }
            var np = ObjectPhrase().Match(text[from..]);
            if (!np.Success) continue;
            var start = after.Start + from + np.Groups[1].Index;
            var span = new TextSpan(start, start + np.Groups[1].Length);
            var actor = doc.Actors.FirstOrDefault(a => span.Overlaps(a.Span));
            // A generic name keeps its country slot; the record fills it with the event's country.
            if (actor is not null) return (actor.CanonicalName, actor.Span);
            var words = np.Groups[1].Value.Trim();
            return (words.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? words[4..] : words, span);
        }
        return null;
    }
}
