namespace Sitrep.Core;

/// <summary>
/// One report flowing through the pipeline: the original text, its metadata, and every annotation
/// as character offsets into that text. Each stage reads what earlier stages wrote and adds its own.
/// </summary>
public sealed class Document
{
    public Document(string id, string text, DateOnly? published = null, string? source = null, string? url = null)
    {
        Id = id;
        Text = text;
        Published = published;
        Source = source;
        Url = url;
    }

    public string Id { get; }
    public string Text { get; }
    public DateOnly? Published { get; }
    public string? Source { get; }
    public string? Url { get; }

    /// <summary>The date relative expressions resolve against: the publication date, else the dateline's.</summary>
    public DateOnly? ReferenceDate => Published ?? Dateline?.Date;

    public List<TextSpan> Paragraphs { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<Boilerplate> Boilerplate { get; } = [];
    public Dateline? Dateline { get; set; }
    public List<DateMention> Dates { get; } = [];
    public List<Quantity> Quantities { get; } = [];
    public List<PlaceMention> Places { get; } = [];
    public List<ActorMention> Actors { get; } = [];
    public List<EventMention> EventMentions { get; } = [];
    public List<Claim> Claims { get; } = [];
    public List<EventRecord> Events { get; } = [];
    /// <summary>ISO 639-1 code of the report's language as detected; stages code nothing unless it is one Sitrep reads.</summary>
    public string Language { get; set; } = "en";
    public bool IsReadable => Language == "en";
    /// <summary>ISO2 code of the country the report is mainly about, when places and actors agree on one.</summary>
    public string? FocusCountry { get; set; }
    /// <summary>Problems worth telling the user (unknown language, no reference date), not errors.</summary>
    public List<string> Warnings { get; } = [];

    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The sentence that holds the offset, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var s = Sentences[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    public string SentenceText(int index) => Slice(Sentences[index].Span);
}
