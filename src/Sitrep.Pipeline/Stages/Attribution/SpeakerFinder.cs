using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>A resolved speaker: the name to show, where it is written, and whether it names someone.</summary>
public sealed record Speaker(string Name, TextSpan Span, bool IsNamed);

/// <summary>
/// Finds who speaks around a reporting verb. Reads the words before the verb ("X said"), after it
/// ("according to X", "... said X"), follows pronouns to the last named speaker ("He said") and
/// definite descriptions to the speaker they described earlier ("the war monitor").
/// One finder reads one document in order; it remembers the speakers met so far.
/// </summary>
public sealed partial class SpeakerFinder(Document doc, IReadOnlyList<string> frames)
{
    [GeneratedRegex(@"^(?:he|she|they|it|we|i)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:and|but|while|that|which|who|as|whereas|so|then)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingJoin();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();

    private const int MaxSpeakerWords = 12;
    private const int MaxNameWords = 8;

    private readonly List<(Speaker Speaker, HashSet<string> Descriptor)> _known = [];
    private readonly List<string> _frames = frames.OrderByDescending(f => f.Length).ToList();

    public Speaker? LastNamed { get; private set; }

    /// <summary>The speaker written in [floor, cue), the words before a reporting verb.</summary>
    public Speaker? Before(int floor, int cueStart)
    {
        var raw = doc.Text[floor..cueStart].TrimEnd();
        var span = Trim(new TextSpan(floor, cueStart));
        span = StripFrames(span);
        if (span.Length == 0) return null;
        var segments = CommaSegments(span);
        if (raw.EndsWith(',')) segments.Add(new TextSpan(span.End, span.End));
        // "which denied involvement and accused the militias": a second verb shares the first one's speaker.
        var lastText = doc.Slice(segments[^1]).TrimEnd();
        if (lastText.EndsWith(" and", StringComparison.Ordinal) && lastText.Length > 0 && char.IsLower(lastText[0]) && LastNamed is { } shared)
            return shared with { Span = segments[^1] };
        // "blamed the Oromo Liberation Army, which denied involvement": the relative pronoun speaks for the actor before it.
        if (segments.Count >= 2 && doc.Slice(segments[^1]).Trim().ToLowerInvariant() is "which" or "who" &&
            doc.Actors.LastOrDefault(a => a.Span.Start >= segments[^2].Start && a.Span.End <= segments[^2].End) is { } antecedent)
            return ResolveAndRemember(antecedent.Span);
        var last = AfterRelative(segments[^1]);
        if (last.Length > 0) return ResolveAndRemember(last);
        // "X, the governor of Y, said": the name stands before the apposition.
        if (segments.Count >= 3) return ResolveAndRemember(segments[^3], Words(segments[^2]));
        if (segments.Count == 2) return ResolveAndRemember(segments[0]);
        return null;
    }

    /// <summary>The speaker written after a verb, up to the next punctuation: "according to X, ...", "..., said X."</summary>
    public Speaker? After(int cueEnd, int limit)
    {
        var text = doc.Text;
        var i = cueEnd;
        while (i < limit && text[i] is not (',' or '.' or ';' or ':' or '\n' or '"' or '\u201C' or '(')) i++;
        // An abbreviation ("Col.") does not end the speaker's name.
        while (i < limit && text[i] == '.' && i > 0 && i + 1 < limit && char.IsUpper(text[i - 1]) && IsAbbreviation(cueEnd, i))
        {
            i++;
            while (i < limit && text[i] is not (',' or '.' or ';' or ':' or '\n' or '"' or '\u201C' or '(')) i++;
        }
        var span = StripFrames(Trim(new TextSpan(cueEnd, i)));
        return span.Length == 0 ? null : ResolveAndRemember(span);
    }

    [GeneratedRegex(@"\b(?:that|which|who|whom|as|when|after|because)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    /// <summary>"an attack that the army said ...": the speaker starts after the relative word.</summary>
    private TextSpan AfterRelative(TextSpan span)
    {
        var matches = Relative().Matches(doc.Slice(span));
        if (matches.Count == 0) return span;
        var m = matches[^1];
        return Trim(new TextSpan(span.Start + m.Index + m.Length, span.End));
    }

    private bool IsAbbreviation(int from, int dot)
    {
        var j = dot - 1;
        while (j >= from && char.IsLetter(doc.Text[j])) j--;
        return dot - j - 1 <= 3;
    }

    private Speaker? ResolveAndRemember(TextSpan span, IEnumerable<string>? apposition = null)
    {
        var s = Resolve(span, out var descriptor);
        if (s is null) return null;
        // "Okafor" after "Ngozi Okafor", "Southern Command" after "the army's Southern Command": one speaker.
        if (s.IsNamed && _known.Select(k => k.Speaker).LastOrDefault(k => !k.Name.Contains(" and ", StringComparison.Ordinal) && k.Name.EndsWith(" " + s.Name, StringComparison.Ordinal)) is { } fuller)
            s = fuller with { Span = s.Span };
        if (apposition is not null) descriptor.UnionWith(apposition);
        if (s.IsNamed)
        {
            LastNamed = s;
            descriptor.UnionWith(Word().Matches(s.Name).Select(m => m.Value.ToLowerInvariant()));
            _known.Add((s, descriptor));
        }
        return s;
    }

    private Speaker? Resolve(TextSpan span, out HashSet<string> descriptor)
    {
        descriptor = [];
        span = StripLeadingJoin(span);
        if (span.Length == 0) return null;
        var text = doc.Slice(span);
        if (Pronoun().IsMatch(text))
            return LastNamed is { } last ? last with { Span = span } : new Speaker(text, span, false);

        if (SplitConjunction(span) is { } parts)
        {
            var resolved = parts.Select(p => Resolve(p, out var d) is { } r ? (r, d) : ((Speaker, HashSet<string>)?)null)
                .Where(r => r is not null).Select(r => r!.Value).ToList();
            foreach (var (r, d) in resolved)
                if (r.IsNamed) _known.Add((r, d));
            if (resolved.Count > 0)
                return new Speaker(string.Join(" and ", resolved.Select(r => r.Item1.Name)), span, resolved.Any(r => r.Item1.IsNamed));
        }

        var words = Words(span);
        var content = StripArticle(span);
        // "the war monitor" after "the opposition war monitor X": the speaker it described.
        if (!HasCapital(content) && content.Start != span.Start && words.Count > 0)
        {
            var wanted = Words(content);
            for (var k = _known.Count - 1; k >= 0; k--)
                if (wanted.All(w => _known[k].Descriptor.Contains(w)))
                    return _known[k].Speaker with { Span = span };
        }
        // A dictionary actor speaks under its canonical name; a generic one ("the military") as written.
        var actor = doc.Actors.Where(a => span.Contains(a.Span) && !a.IsGeneric && !a.CanonicalName.Contains('{'))
            .OrderByDescending(a => a.Span.Length).FirstOrDefault();
        // A long stretch before the verb ("the force conducted an assessment and confirmed") speaks through its subject.
        if (actor is null && words.Count > MaxNameWords &&
            doc.Actors.Where(a => span.Contains(a.Span) && !a.IsSourceOnly).OrderBy(a => a.Span.Start).FirstOrDefault() is { } subject)
            return subject.IsGeneric || subject.CanonicalName.Contains('{')
                ? new Speaker(LowerArticle(doc.Slice(StripArticle(subject.Span))), span, true)
                : new Speaker(subject.CanonicalName, span, true);
        if (actor is not null && (actor.Span.Length * 2 >= content.Length || words.Count > MaxNameWords ||
                                  Named(new TextSpan(actor.Span.End, content.End))))
        {
            descriptor.UnionWith(Words(new TextSpan(content.Start, actor.Span.Start)));
            return new Speaker(WithWording(actor, content), span, true);
        }

        if (!HasCapital(content)) return new Speaker(LowerArticle(Clip(span)), span, false);

        // "activist collective Name": a lowercase description before a name describes it
        // (but "a spokesman in Name" is a description that ends in a place).
        var firstCap = FirstCapital(content);
        if (firstCap > content.Start && !char.IsUpper(doc.Text[content.Start]) && !AfterPreposition(firstCap))
        {
            var name = StripArticle(new TextSpan(firstCap, content.End));
            descriptor.UnionWith(Words(new TextSpan(content.Start, firstCap)));
            return new Speaker(doc.Slice(name), span, true);
        }
        // "The Kachin Independence Army" drops its article; "a spokesman in Name" keeps it.
        return char.IsUpper(doc.Text[content.Start]) || char.IsDigit(doc.Text[content.Start])
            ? new Speaker(Clip(content), span, true)
            : new Speaker(LowerArticle(Clip(span)), span, true);
    }

    /// <summary>
    /// The canonical name, followed by the words of the text when the name alone hides them
    /// ("Military Forces of Colombia: Southern Command spokesman Col. Ana Ruiz").
    /// </summary>
    private string WithWording(ActorMention actor, TextSpan content)
    {
        var from = Math.Min(actor.Span.Start, content.Start);
        var written = doc.Slice(new TextSpan(from, Math.Max(actor.Span.End, content.End))).Trim();
        if (written.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) written = written[4..];
        var addsName = Named(new TextSpan(actor.Span.End, content.End));
        var named = Letters().Matches(actor.CanonicalName).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 4).ToHashSet();
        var hidden = !Letters().Matches(actor.Text).Any(m => named.Contains(m.Value.ToLowerInvariant()));
        return hidden || addsName ? $"{actor.CanonicalName}: {written}" : actor.CanonicalName;
    }

    private bool Named(TextSpan span) => span.Length > 0 && HasCapital(span);

    private static readonly HashSet<string> Prepositions = ["in", "of", "for", "from", "at", "on", "near", "to", "with", "by", "in"];

    private bool AfterPreposition(int offset)
    {
        var before = doc.Text[..offset].TrimEnd();
        var i = before.Length;
        while (i > 0 && char.IsLetter(before[i - 1])) i--;
        return Prepositions.Contains(before[i..].ToLowerInvariant());
    }

    private static string LowerArticle(string text) =>
        text.StartsWith("The ", StringComparison.Ordinal) || text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("An ", StringComparison.Ordinal)
            ? char.ToLowerInvariant(text[0]) + text[1..]
            : text;

    private string Clip(TextSpan span)
    {
        var ws = Word().Matches(doc.Slice(span));
        if (ws.Count <= MaxSpeakerWords) return doc.Slice(span);
        var from = ws[ws.Count - MaxSpeakerWords].Index;
        return doc.Slice(span)[from..];
    }

    private List<TextSpan>? SplitConjunction(TextSpan span)
    {
        var text = doc.Slice(span);
        var at = text.IndexOf(" and ", StringComparison.Ordinal);
        if (at < 0) return null;
        var left = new TextSpan(span.Start, span.Start + at);
        var right = new TextSpan(span.Start + at + 5, span.End);
        // One actor spanning the "and" ("Afghan and coalition forces") is one speaker.
        if (doc.Actors.Any(a => a.Span.Start < left.End && a.Span.End > right.Start)) return null;
        if (Words(left).Count < 2 || Words(right).Count < 2) return null;
        if (!HasCapital(left) || !HasCapital(right)) return null;
        return [Trim(left), Trim(right)];
    }

    private List<TextSpan> CommaSegments(TextSpan span)
    {
        var list = new List<TextSpan>();
        var start = span.Start;
        for (var i = span.Start; i < span.End; i++)
            if (doc.Text[i] == ',')
            {
                list.Add(Trim(new TextSpan(start, i)));
                start = i + 1;
            }
        list.Add(Trim(new TextSpan(start, span.End)));
        return list;
    }

    private TextSpan StripFrames(TextSpan span)
    {
        bool changed;
        do
        {
            changed = false;
            var text = doc.Slice(span);
            // "Iran routinely denies": a trailing adverb is not part of the speaker.
            var lastWord = text.LastIndexOf(' ');
            if (lastWord > 0 && text.EndsWith("ly", StringComparison.Ordinal) && text[(lastWord + 1)..].All(char.IsLower))
            {
                span = Trim(new TextSpan(span.Start, span.Start + lastWord));
                changed = true;
                continue;
            }
            foreach (var f in _frames)
                if (text.Length > f.Length && text.EndsWith(f, StringComparison.OrdinalIgnoreCase) &&
                    !char.IsLetterOrDigit(text[^(f.Length + 1)]))
                {
                    span = Trim(new TextSpan(span.Start, span.End - f.Length));
                    changed = true;
                    break;
                }
                else if (text.Equals(f, StringComparison.OrdinalIgnoreCase))
                    return new TextSpan(span.Start, span.Start);
        } while (changed && span.Length > 0);
        return span;
    }

    private TextSpan StripLeadingJoin(TextSpan span)
    {
        var m = LeadingJoin().Match(doc.Slice(span));
        return m.Success ? Trim(new TextSpan(span.Start + m.Length, span.End)) : span;
    }

    private TextSpan StripArticle(TextSpan span)
    {
        var text = doc.Slice(span);
        foreach (var a in new[] { "the ", "a ", "an " })
            if (text.StartsWith(a, StringComparison.OrdinalIgnoreCase)) return new TextSpan(span.Start + a.Length, span.End);
        return span;
    }

    private bool HasCapital(TextSpan span) => FirstCapital(span) >= 0;

    private int FirstCapital(TextSpan span)
    {
        foreach (Match m in Word().Matches(doc.Slice(span)))
            if (char.IsUpper(m.Value[0]) || char.IsDigit(m.Value[0])) return span.Start + m.Index;
        return -1;
    }

    private List<string> Words(TextSpan span) =>
        span.Length <= 0 ? [] : Word().Matches(doc.Slice(span)).Select(m => m.Value.ToLowerInvariant()).ToList();

    private TextSpan Trim(TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (s < e && (char.IsWhiteSpace(doc.Text[s]) || doc.Text[s] is ',' or '"' or '\u201C' or '\u201D' or '-' or '\u2014')) s++;
        while (e > s && (char.IsWhiteSpace(doc.Text[e - 1]) || doc.Text[e - 1] is ',' or '"' or '\u201C' or '\u201D' or '-' or '\u2014')) e--;
        return new TextSpan(s, e);
    }
}
