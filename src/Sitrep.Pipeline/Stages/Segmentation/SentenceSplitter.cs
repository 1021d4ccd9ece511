using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>
/// Splits a stretch of one paragraph into sentences. A sentence ends at '.', '!', '?' or an ellipsis,
/// plus any closing quotes or brackets, when whitespace and a capital, digit or opening quote follow;
/// so '..., he said.' and "the U.S. Army" stay whole. Abbreviations and initials do not end sentences,
/// nor do ellipses inside quotes.
/// </summary>
internal sealed class SentenceSplitter(SegmentationRules rules)
{
    public List<TextSpan> Split(string text, TextSpan range, IReadOnlyList<Quote> quotes)
    {
        var spans = new List<TextSpan>();
        int start = SkipSpace(text, range.Start, range.End);
        int i = start;
        while (i < range.End)
        {
            if (!TextChars.IsSentenceEnd(text[i])) { i++; continue; }
            int runEnd = i;
            while (runEnd < range.End && TextChars.IsSentenceEnd(text[runEnd])) runEnd++;
            int end = runEnd;
            while (end < range.End && TextChars.IsCloser(text[end])) end++;
            int next = SkipSpace(text, end, range.End);
            if (next > end && next < range.End && EndsSentence(text, i, runEnd, next, quotes))
            {
                spans.Add(new TextSpan(start, end));
                start = next;
            }
            i = Math.Max(runEnd, i + 1);
        }
        var last = TrimEnd(text, start, range.End);
        if (last > start) spans.Add(new TextSpan(start, last));
        return spans;
    }

    private bool EndsSentence(string text, int punct, int runEnd, int next, IReadOnlyList<Quote> quotes)
    {
        var n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || TextChars.IsOpener(n))) return false;
        var run = runEnd - punct;
        bool ellipsis = text[punct] == '…' || run >= 3;
        if (ellipsis) return !quotes.Any(q => q.Inner.Contains(punct));
        if (run > 1 || text[punct] != '.') return true;

        var word = WordBefore(text, punct);
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "J. Smith"
        if (rules.Abbreviations.TryGetValue(word, out var isTitle))
            return !isTitle && rules.SentenceOpeners.Contains(WordAt(text, next));
        return true;
    }

    private static string WordBefore(string text, int punct)
    {
        int s = punct;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && !TextChars.IsOpener(text[s - 1])) s--;
        return text[s..punct];
    }

    private static string WordAt(string text, int start)
    {
        int e = start;
        while (e < text.Length && char.IsLetter(text[e])) e++;
        return text[start..e];
    }

    internal static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    internal static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }
}
