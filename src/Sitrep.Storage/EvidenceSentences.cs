using Sitrep.Core;

namespace Sitrep.Storage;

/// <summary>
/// Finds the sentence around a piece of evidence in a stored report, so a reader sees the span in its context.
/// A sentence ends at '.', '!' or '?' before whitespace and a capital or digit, or at a line break; a lone capital
/// ("J.") or a common title before the full stop does not end it.
/// </summary>
public static class EvidenceSentences
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Cpl", "Brig", "Adm", "Gov", "Sen", "Rep", "Rev",
        "St", "Mt", "No", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K",
    };

    public static IReadOnlyList<EvidenceSentence> Of(EventRecord record, string? reportText)
    {
        if (string.IsNullOrEmpty(reportText)) return [];
        var list = new List<EvidenceSentence>();
        foreach (var e in record.Evidence)
        {
            if (e.Start < 0 || e.End > reportText.Length || e.Start >= e.End) continue;
            var (s, t) = Around(reportText, e.Start, e.End);
            list.Add(new EvidenceSentence(e.Field, reportText[s..t], e.Start - s, e.End - s, e.By, e.Confidence));
        }
        return list;
    }

    /// <summary>The bounds [start, end) of the sentence or sentences holding text[spanStart..spanEnd].</summary>
    public static (int Start, int End) Around(string text, int spanStart, int spanEnd)
    {
        var start = spanStart;
        while (start > 0 && !EndsBefore(text, start)) start--;
        var end = spanEnd;
        while (end < text.Length && !EndsBefore(text, end)) end++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return (start, end);
    }

    /// <summary>Whether a sentence boundary falls just before position i.</summary>
    private static bool EndsBefore(string text, int i)
    {
        if (i <= 0 || i >= text.Length) return true;
        if (text[i - 1] == '\n') return true;
        if (!char.IsWhiteSpace(text[i - 1])) return false;
        var next = i;
        if (!(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C' or '\'' or '\u2018')) return false;
        var p = i - 1;
        while (p > 0 && char.IsWhiteSpace(text[p])) p--;
        while (p > 0 && text[p] is '"' or '\u201D' or '\'' or '\u2019' or ')') p--;
        if (text[p] is '!' or '?') return true;
        if (text[p] != '.') return false;
        var w = p;
        while (w > 0 && !char.IsWhiteSpace(text[w - 1])) w--;
        var word = text[w..p];
        return !(word.Length == 1 && char.IsUpper(word[0])) && !Titles.Contains(word);
    }
}
