using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>
/// Fills paragraphs, sentences, quotes, boilerplate and the dateline. Every line is a paragraph (a line that
/// runs on in lower case joins the one before: hard-wrapped copy). Press-release furniture, headlines and the
/// dateline prefix are boilerplate; the sentence after a dateline starts after it.
/// </summary>
public sealed class SegmentationStage(SegmentationRules rules) : IStage
{
    private const int MaxHeadlineLength = 160;
    private readonly SentenceSplitter _splitter = new(rules);
    private readonly DatelineReader _datelines = new(rules);

    public string Name => "segment";

    public static SegmentationStage Create(PipelineOptions options) => new(SegmentationRules.Load(options));

    public void Process(Document document)
    {
        var text = document.Text;
        document.Paragraphs.AddRange(Paragraphs(text));
        bool headlineChecked = false;
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            var para = document.Paragraphs[p];
            var quotes = QuoteFinder.Find(text, para);
            document.Quotes.AddRange(quotes);

            var body = para;
            var kind = LineKind(text, para);
            if (kind is null && _datelines.Read(text, para) is { } dateline)
            {
                document.Dateline ??= dateline;
                document.Boilerplate.Add(new Boilerplate(dateline.Span, BoilerplateKind.Dateline));
                body = new TextSpan(SentenceSplitter.SkipSpace(text, dateline.Span.End, para.End), para.End);
                headlineChecked = true;
            }
            else if (kind is null && !headlineChecked)
            {
                headlineChecked = true;
                if (p < document.Paragraphs.Count - 1 && IsHeadline(text, para)) kind = BoilerplateKind.Headline;
            }
            if (kind is { } k) document.Boilerplate.Add(new Boilerplate(para, k));

            foreach (var span in _splitter.Split(text, body, quotes))
                document.Sentences.Add(new Sentence(document.Sentences.Count, span, p) { IsBoilerplate = kind is not null });
        }
    }

    /// <summary>Boilerplate kind of a whole line (release header, number, URL, bullet headline), or null.</summary>
    private BoilerplateKind? LineKind(string text, TextSpan para)
    {
        var line = text.Substring(para.Start, para.Length);
        foreach (var (kind, pattern) in rules.BoilerplateLines)
            if (pattern.IsMatch(line)) return kind;
        if (TextChars.IsBullet(line[0]) && line.Length > 1 && char.IsWhiteSpace(line[1]) &&
            !EndsWithPunctuation(line) && !rules.HeadlineVerb.IsMatch(line))
            return BoilerplateKind.Headline;
        return null;
    }

    private static bool IsHeadline(string text, TextSpan para) =>
        para.Length <= MaxHeadlineLength && !EndsWithPunctuation(text.Substring(para.Start, para.Length));

    private static bool EndsWithPunctuation(string line)
    {
        var t = line.TrimEnd().TrimEnd('"', '”', '’', '\'', ')', ']');
        return t.Length > 0 && (TextChars.IsSentenceEnd(t[^1]) || t[^1] == ':' || t[^1] == ';');
    }

    /// <summary>Non-blank lines, trimmed; a line starting in lower case after one without final punctuation continues it.</summary>
    internal List<TextSpan> Paragraphs(string text)
    {
        var result = new List<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            int lineEnd = i;
            while (lineEnd < text.Length && !TextChars.IsLineBreak(text[lineEnd])) lineEnd++;
            int s = SentenceSplitter.SkipSpace(text, i, lineEnd);
            int e = SentenceSplitter.TrimEnd(text, s, lineEnd);
            if (e > s)
            {
                if (result.Count > 0 && char.IsLower(text[s]) && ContinuesOnto(text, result[^1], s) &&
                    LineKind(text, result[^1]) is null && LineKind(text, new TextSpan(s, e)) is null)
                    result[^1] = new TextSpan(result[^1].Start, e);
                else
                    result.Add(new TextSpan(s, e));
            }
            i = lineEnd + 1;
        }
        return result;
    }

    // Only a line directly above (one line break between) can be continued.
    private static bool ContinuesOnto(string text, TextSpan previous, int start)
    {
        int breaks = 0;
        for (int j = previous.End; j < start; j++)
            if (text[j] == '\n' || (TextChars.IsLineBreak(text[j]) && text[j] != '\r') || (text[j] == '\r' && (j + 1 >= start || text[j + 1] != '\n')))
                breaks++;
        return breaks == 1 && !EndsWithPunctuation(text.Substring(previous.Start, previous.Length));
    }
}
