using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>
/// Pairs quotation marks inside a paragraph: curly “…”, straight "…", guillemets «…» and single curly ‘…’.
/// A quote still open at the paragraph's end runs to that end (wire copy often leaves multi-paragraph quotes open).
/// </summary>
internal static class QuoteFinder
{
    public static List<Quote> Find(string text, TextSpan paragraph)
    {
        var quotes = new List<Quote>();
        int? open = null;
        char closeWith = '\0';
        for (int i = paragraph.Start; i < paragraph.End; i++)
        {
            var c = text[i];
            if (open is null)
            {
                closeWith = c switch
                {
                    '“' => '”',
                    '"' => '"',
                    '«' => '»',
                    '‘' when i == paragraph.Start || !char.IsLetterOrDigit(text[i - 1]) => '’',
                    _ => '\0',
                };
                if (closeWith != '\0') open = i;
            }
            else if (c == closeWith && (c != '’' || i + 1 >= paragraph.End || !char.IsLetter(text[i + 1])))
            {
                quotes.Add(new Quote(new TextSpan(open.Value, i + 1), new TextSpan(open.Value + 1, i)));
                open = null;
            }
        }
        if (open is { } o && paragraph.End - o > 1)
            quotes.Add(new Quote(new TextSpan(o, paragraph.End), new TextSpan(o + 1, paragraph.End)));
        return quotes;
    }
}
