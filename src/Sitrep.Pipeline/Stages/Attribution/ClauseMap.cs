using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>
/// Where clauses and quotes start and end inside the sentences of a document. Clauses are cut at
/// semicolons, colons and contrastive joints (", while", ", but", ", whereas"), which is where one
/// source's report usually gives way to another's.
/// </summary>
public sealed partial class ClauseMap
{
    [GeneratedRegex(@"[;:]|,\s+(?:while|but|whereas|although|though|and)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joint();

    private readonly Document _doc;

    public ClauseMap(Document doc)
    {
        _doc = doc;
        Quotes = doc.Quotes.Count > 0 ? doc.Quotes.Select(q => q.Span).OrderBy(q => q.Start).ToList() : FindQuotes(doc.Text);
    }

    /// <summary>Quoted passages, with their quotation marks.</summary>
    public IReadOnlyList<TextSpan> Quotes { get; }

    public TextSpan? QuoteAt(int offset)
    {
        foreach (var q in Quotes)
            if (q.Contains(offset)) return q;
        return null;
    }

    public bool InQuote(TextSpan span) => Quotes.Any(q => q.Start < span.Start && span.End <= q.End) ||
                                          Quotes.Any(q => q.Contains(span));

    /// <summary>Joints of the sentence outside quotes: offsets where a new clause starts.</summary>
    public List<int> Joints(TextSpan sentence)
    {
        var text = _doc.Text[sentence.Start..sentence.End];
        var joints = new List<int>();
        foreach (Match m in Joint().Matches(text))
        {
            var at = sentence.Start + m.Index;
            if (QuoteAt(at) is null) joints.Add(sentence.Start + m.Index + m.Length);
        }
        return joints;
    }

    /// <summary>The clause around an offset: from the joint before it to the joint after it (or the sentence's ends).</summary>
    public TextSpan ClauseAt(TextSpan sentence, int offset)
    {
        var joints = Joints(sentence);
        var start = sentence.Start;
        var end = sentence.End;
        foreach (var j in joints)
        {
            if (j <= offset) start = j;
            else { end = JointStart(j, sentence.Start); break; }
        }
        return new TextSpan(start, end);
    }

    // A joint's offset is where the next clause starts; the previous clause ends where the joint's words begin.
    private int JointStart(int jointEnd, int floor)
    {
        var i = jointEnd - 1;
        while (i > floor && char.IsLetter(_doc.Text[i])) i--;
        while (i > floor && (char.IsWhiteSpace(_doc.Text[i]) || _doc.Text[i] is ',' or ';' or ':')) i--;
        return i + 1;
    }

    /// <summary>Start of the text a speaker can be written in before a verb: the last joint or quote end before it.</summary>
    public int SpeakerFloor(TextSpan sentence, int cueStart)
    {
        var floor = sentence.Start;
        foreach (var j in Joints(sentence))
            if (j <= cueStart) floor = j;
        foreach (var q in Quotes)
            if (q.End <= cueStart && q.End > floor && q.End <= sentence.End) floor = q.End;
        return floor;
    }

    private static readonly char[] Openers = ['"', '\u201C', '\u00AB'];

    /// <summary>Quotes paired by their marks, for documents whose segmentation found none.</summary>
    public static List<TextSpan> FindQuotes(string text)
    {
        var list = new List<TextSpan>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(Openers, text[i]) < 0) continue;
            var close = text[i] switch { '\u201C' => '\u201D', '\u00AB' => '\u00BB', _ => '"' };
            var j = text.IndexOf(close, i + 1);
            if (j < 0) break;
            list.Add(new TextSpan(i, j + 1));
            i = j;
        }
        return list;
    }
}
