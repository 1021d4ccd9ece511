using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>Reads one document's sentences in order and writes its claims.</summary>
internal sealed partial class ClaimFinder
{
    private static readonly Provenance ByCue = Provenance.Rule("attribution.speech-verb", 0.8);
    private static readonly Provenance ByQuote = Provenance.Rule("attribution.quote", 0.7);
    private static readonly Provenance ByFigure = Provenance.Rule("attribution.figure", 0.85);
    private static readonly Provenance ByPhrase = Provenance.Rule("attribution.casualty-phrase", 0.75);

    private readonly Document _doc;
    private readonly SpeechVerbLexicon _verbs;
    private readonly CasualtyPhrases _phrases;
    private readonly QuoteCues _quoteCues;
    private readonly ClauseMap _clauses;
    private readonly SpeakerFinder _speakers;
    private readonly Dictionary<TextSpan, Speaker?> _quoteSpeakers = [];
    private Speaker? _previousSentenceSpeaker;
    private int _previousParagraph = -1;

    public ClaimFinder(Document doc, SpeechVerbLexicon verbs, IReadOnlyList<string> frames, CasualtyPhrases phrases, QuoteCues quoteCues)
    {
        _doc = doc;
        _verbs = verbs;
        _phrases = phrases;
        _quoteCues = quoteCues;
        _clauses = new ClauseMap(doc);
        _speakers = new SpeakerFinder(doc, frames);
    }

    private sealed record Attributed(TextSpan Region, Speaker? Speaker, SpeechCue Cue);

    public void Run()
    {
        foreach (var sentence in _doc.Sentences)
        {
            // A quote standing alone continues its speaker only within the paragraph.
            if (sentence.IsBoilerplate || sentence.Paragraph != _previousParagraph) _previousSentenceSpeaker = null;
            _previousParagraph = sentence.Paragraph;
            if (sentence.IsBoilerplate) continue;
            // "It did not give figures, which the military said ...": the subject is read before later verbs name others.
            var silentSpeakers = _phrases.Find(_doc.Text, sentence.Span).Where(p => p.Phrase.Kind == ClaimKind.Statement)
                .ToDictionary(p => p.Span, p => _speakers.Before(_clauses.SpeakerFloor(sentence.Span, p.Span.Start), p.Span.Start));
            var cues = FindCues(sentence);
            var figures = FigureClaims(sentence, cues).ToList();
            var phrases = PhraseClaims(sentence, cues, silentSpeakers).ToList();
            var statements = CueClaims(sentence, cues, figures.Concat(phrases).ToList());
            var quotes = QuoteClaims(sentence, cues);
            _doc.Claims.AddRange(statements.Concat(quotes).Concat(figures).Concat(phrases).OrderBy(c => c.Span.Start));
            _previousSentenceSpeaker = cues.Select(c => c.Speaker).LastOrDefault(s => s is not null) ?? _previousSentenceSpeaker;
        }
        foreach (var q in _doc.Quotes)
            if (_quoteSpeakers.TryGetValue(q.Span, out var s) && s is not null) q.SpeakerSpan = s.Span;
    }

    private List<Attributed> FindCues(Sentence sentence)
    {
        var list = new List<Attributed>();
        foreach (var (span, verb) in _verbs.Find(_doc.Text, sentence.Span.Start, sentence.Span.End))
        {
            if (_clauses.QuoteAt(span.Start) is not null) continue;
            var cue = new SpeechCue(span, verb, sentence.Index);
            var clause = _clauses.ClauseAt(sentence.Span, span.Start);
            var floor = _clauses.SpeakerFloor(sentence.Span, span.Start);
            Speaker? speaker;
            if (verb.Side == SpeakerSide.After) speaker = _speakers.After(span.End, clause.End);
            else
            {
                speaker = _speakers.Before(floor, span.Start);
                // "..., said X." and "“...,” said X": the speaker follows the verb.
                if (speaker is null && verb.Inverts) speaker = _speakers.After(span.End, clause.End);
            }
            // A quote right before the verb belongs to its claim ("“...,” X said").
            var regionStart = clause.Start;
            foreach (var q in _clauses.Quotes)
                if (q.End <= span.Start && q.End >= floor - 3 && q.Start >= sentence.Span.Start && q.Start < regionStart)
                    regionStart = q.Start;
            if (floor > clause.Start && _clauses.Quotes.Any(q => q.End == floor)) regionStart = Math.Min(regionStart, _clauses.Quotes.First(q => q.End == floor).Start);
            list.Add(new Attributed(new TextSpan(Math.Max(regionStart, sentence.Span.Start), clause.End), speaker, cue));
        }
        return list;
    }

    private Speaker? SpeakerFor(TextSpan span, Sentence sentence, IReadOnlyList<Attributed> cues)
    {
        if (_clauses.QuoteAt(span.Start) is { } q) return QuoteSpeaker(q, sentence, cues);
        var holding = cues.Where(c => c.Region.Contains(span.Start)).ToList();
        var cue = holding.LastOrDefault(c => c.Cue.Span.Start <= span.Start) ?? holding.FirstOrDefault();
        return cue?.Speaker;
    }

    private Attributed? CueFor(TextSpan span, IReadOnlyList<Attributed> cues)
    {
        var holding = cues.Where(c => c.Region.Contains(span.Start)).ToList();
        return holding.LastOrDefault(c => c.Cue.Span.Start <= span.Start) ?? holding.FirstOrDefault();
    }

    private Speaker? QuoteSpeaker(TextSpan quote, Sentence sentence, IReadOnlyList<Attributed> cues)
    {
        if (_quoteSpeakers.TryGetValue(quote, out var known)) return known;
        var cue = cues.FirstOrDefault(c => c.Region.Start <= quote.Start && quote.Start < c.Region.End) ??
                  cues.OrderBy(c => Math.Abs(c.Cue.Span.Start - quote.Start)).FirstOrDefault();
        // A quote standing alone continues the speaker of the sentence before.
        var speaker = cue is not null ? cue.Speaker : _previousSentenceSpeaker;
        _quoteSpeakers[quote] = speaker;
        return speaker;
    }

    private IEnumerable<Claim> FigureClaims(Sentence sentence, IReadOnlyList<Attributed> cues)
    {
        foreach (var q in _doc.Quantities)
        {
            if (!sentence.Span.Contains(q.Span.Start)) continue;
            ClaimKind? kind = q.Counts switch
            {
                CountedThing.Killed => ClaimKind.Fatalities,
                CountedThing.Injured => ClaimKind.Injuries,
                CountedThing.Arrested or CountedThing.Captured => ClaimKind.Arrests,
                _ => null,
            };
            if (kind is null) continue;
            var speaker = SpeakerFor(q.Span, sentence, cues);
            var cue = CueFor(q.Span, cues);
            var region = cue?.Region ?? _clauses.ClauseAt(sentence.Span, q.Span.Start);
            yield return new Claim(kind.Value, speaker?.Name, FigureStance(cue), FigureValue(q), region, _doc.Slice(region), ByFigure)
            {
                Sentence = sentence.Index,
                Number = q.Value,
                Cue = cue?.Cue.Span,
                SpeakerSpan = speaker?.Span,
                Subject = q.Span,
            };
        }
    }

    private static Stance FigureStance(Attributed? cue) => cue?.Cue.Verb.Stance switch
    {
        null => Stance.Reports,
        Stance.Asserts or Stance.Reports => cue.Cue.Verb.Stance,
        Stance.Denies => Stance.Denies,
        _ => Stance.Reports,
    };

    /// <summary>A figure as a source gives it: "at least 6", "10", "5-7".</summary>
    public static string FigureValue(Quantity q) => q.Qualifier switch
    {
        QuantityQualifier.AtLeast => $"at least {q.Low}",
        QuantityQualifier.MoreThan => $"more than {q.Low}",
        QuantityQualifier.UpTo => $"up to {q.High ?? q.Value}",
        QuantityQualifier.LessThan => $"fewer than {q.High ?? q.Value}",
        QuantityQualifier.About => $"about {q.Value}",
        QuantityQualifier.Range => $"{q.Low}-{q.High ?? q.Value}",
        QuantityQualifier.Vague => $"{q.Text.Trim()} ({q.Value})",
        _ => q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private IEnumerable<Claim> PhraseClaims(Sentence sentence, IReadOnlyList<Attributed> cues, IReadOnlyDictionary<TextSpan, Speaker?> silentSpeakers)
    {
        foreach (var (span, phrase) in _phrases.Find(_doc.Text, sentence.Span))
        {
            // A figure already read from the same words is not claimed twice.
            if (phrase.Number is not null && _doc.Quantities.Any(q => q.Span.Overlaps(span) && q.Counts is CountedThing.Killed or CountedThing.Injured))
                continue;
            Speaker? speaker;
            Attributed? cue = null;
            if (phrase.Kind == ClaimKind.Statement)
            {
                // "It did not offer any casualty figures": the subject of the phrase is the source.
                speaker = silentSpeakers.GetValueOrDefault(span);
            }
            else
            {
                speaker = SpeakerFor(span, sentence, cues);
                cue = CueFor(span, cues);
            }
            var region = cue?.Region ?? _clauses.ClauseAt(sentence.Span, span.Start);
            yield return new Claim(phrase.Kind, speaker?.Name, phrase.Kind == ClaimKind.Statement ? Stance.Asserts : FigureStance(cue),
                phrase.Value, region, _doc.Slice(region), ByPhrase)
            {
                Sentence = sentence.Index,
                Number = phrase.Number,
                Cue = cue?.Cue.Span,
                SpeakerSpan = speaker?.Span,
                Subject = span,
            };
        }
    }

    private IEnumerable<Claim> CueClaims(Sentence sentence, IReadOnlyList<Attributed> cues, IReadOnlyList<Claim> figures)
    {
        foreach (var c in cues)
        {
            var verb = c.Cue.Verb;
            // A plain "X said" whose news is a figure is already kept as that figure's claim.
            if (verb.Kind == ClaimKind.Statement && figures.Any(f => c.Region.Contains(f.Subject ?? f.Span))) continue;
            var after = new TextSpan(c.Cue.Span.End, c.Region.End);
            var target = verb.TargetPatterns.Count > 0 ? TargetFinder.Find(_doc, after, verb.TargetPatterns) : null;
            var value = Content(c, after);
            yield return new Claim(verb.Kind, c.Speaker?.Name, verb.Stance, value.Length > 0 ? value : null, c.Region, _doc.Slice(c.Region), ByCue)
            {
                Sentence = sentence.Index,
                Target = target?.Name,
                TargetSpan = target?.Span,
                Cue = c.Cue.Span,
                SpeakerSpan = c.Speaker?.Span,
            };
        }
    }

    /// <summary>"we believe we have Iran dead to rights on attribution": the party or country a blaming quote names.</summary>
    private (string Name, TextSpan Span)? BlamedIn(TextSpan quote)
    {
        if (_doc.Actors.FirstOrDefault(a => !a.IsSourceOnly && quote.Contains(a.Span)) is { } actor) return (actor.CanonicalName, actor.Span);
        if (_doc.Places.FirstOrDefault(p => p.Resolved is { Kind: PlaceKind.Country } && quote.Contains(p.Span)) is { Resolved: { } country } named)
            return (country.Name, named.Span);
        return null;
    }

    private IEnumerable<Claim> QuoteClaims(Sentence sentence, IReadOnlyList<Attributed> cues)
    {
        foreach (var q in _clauses.Quotes)
        {
            if (q.Start < sentence.Span.Start || q.Start >= sentence.Span.End) continue;
            var speaker = QuoteSpeaker(q, sentence, cues);
            var holder = cues.FirstOrDefault(c => c.Region.Contains(q.Start));
            var mood = _quoteCues.Match(_doc.Slice(q));
            // A quote inside a claim's clause is that claim's words, unless it says something of another kind.
            if (holder is not null && mood is null) continue;
            // A quote nobody is named for tells who said nothing.
            if (speaker is null) continue;
            var kind = mood?.Kind ?? ClaimKind.Statement;
            var stance = mood?.Stance ?? Stance.Asserts;
            var text = _doc.Slice(q);
            var blamed = kind == ClaimKind.Attribution ? BlamedIn(q) : null;
            yield return new Claim(kind, speaker?.Name, stance, Tidy(text), q, text, ByQuote)
            {
                Sentence = sentence.Index,
                Cue = holder?.Cue.Span,
                SpeakerSpan = speaker?.Span,
                Target = blamed?.Name,
                TargetSpan = blamed?.Span,
            };
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\p{L}\p{N}'’.\-]+\s+){0,5}?that\s+")]
    private static partial System.Text.RegularExpressions.Regex Addressee();

    /// <summary>
    /// What was said: the words after the verb ("told reporters that ..." without its addressee), or, when
    /// the verb closes the sentence ("..., the ministry said on Friday", "“...,” said X"), the words before the speaker.
    /// </summary>
    private string Content(Attributed c, TextSpan after)
    {
        var text = Tidy(_doc.Slice(after));
        var addressee = Addressee().Match(text);
        if (addressee.Success && c.Cue.Verb.HasAddressee) text = text[addressee.Length..];
        else if (text.StartsWith("that ", StringComparison.OrdinalIgnoreCase)) text = text[5..];
        var speakerAfter = c.Speaker is { } sp && sp.Span.Start >= c.Cue.Span.End;
        if (speakerAfter && c.Speaker!.Span.End <= after.End) text = Tidy(_doc.Text[c.Speaker.Span.End..after.End]);
        var wordCount = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (wordCount <= 3)
        {
            var end = c.Speaker is { } s && s.Span.Start < c.Cue.Span.Start && s.Span.Start > c.Region.Start ? s.Span.Start : c.Cue.Span.Start;
            var before = Tidy(_doc.Text[c.Region.Start..end]);
            if (before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > wordCount) return before;
        }
        return text;
    }

    private static string Tidy(string s) => s.Trim().TrimEnd('.', ',', ';', ':').Trim();
}
