namespace Sitrep.Core;

public sealed record Sentence(int Index, TextSpan Span, int Paragraph)
{
    /// <summary>True for headlines, datelines, release numbers and similar text that reports nothing.</summary>
    public bool IsBoilerplate { get; init; }
}

public enum BoilerplateKind { Dateline, ReleaseHeader, ReleaseNumber, Headline, Byline, Url, Other }

public sealed record Boilerplate(TextSpan Span, BoilerplateKind Kind);

/// <summary>A quoted passage; Speaker is filled by attribution when known.</summary>
public sealed record Quote(TextSpan Span, TextSpan Inner)
{
    public TextSpan? SpeakerSpan { get; set; }
}

/// <summary>"KABUL, Afghanistan (Jan. 25, 2013)" or "WASHINGTON:"; its date can serve as the reference date.</summary>
public sealed record Dateline(TextSpan Span, string PlaceText, DateOnly? Date);
