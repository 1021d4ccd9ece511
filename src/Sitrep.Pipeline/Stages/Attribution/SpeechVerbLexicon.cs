using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>Reporting verbs (data/lexicons/speech-verbs.jsonl) and a matcher that finds them as whole words.</summary>
public sealed partial class SpeechVerbLexicon
{
    private readonly List<(Regex Pattern, SpeechVerb Verb)> _patterns = [];

    public SpeechVerbLexicon(IEnumerable<SpeechVerb> verbs)
    {
        Verbs = verbs.ToList();
        // Longer forms first so "claimed responsibility" wins over a shorter overlapping form.
        foreach (var v in Verbs)
            foreach (var f in v.Forms)
                _patterns.Add((new Regex($@"\b{Regex.Escape(f).Replace(@"\ ", @"\s+")}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), v));
        _patterns.Sort((a, b) => b.Pattern.ToString().Length.CompareTo(a.Pattern.ToString().Length));
    }

    public IReadOnlyList<SpeechVerb> Verbs { get; }

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveBefore();

    // At the start of the searched stretch, or after sentence punctuation, a quote mark, a dash or a line break.
    private static bool OpensSentence(string slice, int at)
    {
        var i = at - 1;
        while (i >= 0 && slice[i] == ' ') i--;
        return i < 0 || slice[i] is '.' or '!' or '?' or '"' or '“' or '”' or '\'' or '‘' or '’' or '—' or '–' or '-' or ':' or '\n' or '(';
    }

    public static SpeechVerbLexicon Load(string path)
    {
        var verbs = new List<SpeechVerb>();
        foreach (var (line, e) in LexiconFile.ReadJsonl(path))
        {
            var forms = LexiconFile.StringList(e, "forms", path, line, required: true);
            var stance = LexiconFile.ParseEnum<Stance>(LexiconFile.RequiredString(e, "stance", path, line), "stance", path, line);
            var kind = LexiconFile.ParseEnum<ClaimKind>(LexiconFile.RequiredString(e, "kind", path, line), "kind", path, line);
            var side = LexiconFile.ParseEnum<SpeakerSide>(LexiconFile.OptionalString(e, "speaker") ?? "before", "speaker", path, line);
            var inverts = e.TryGetProperty("inverts", out var inv) && inv.ValueKind == System.Text.Json.JsonValueKind.True;
            var targets = LexiconFile.StringList(e, "target", path, line, required: false);
            foreach (var t in targets)
                if (t is not ("to" or "on" or "object"))
                    throw new InvalidDataException($"{path}:{line}: target '{t}' must be one of to, on, object");
            var addressee = e.TryGetProperty("addressee", out var ad) && ad.ValueKind == System.Text.Json.JsonValueKind.True;
            verbs.Add(new SpeechVerb(forms, stance, kind, side, inverts, targets) { HasAddressee = addressee });
        }
        return new SpeechVerbLexicon(verbs);
    }

    /// <summary>Reporting verbs in [start, end) of the text, not overlapping each other, in text order.</summary>
    public List<(TextSpan Span, SpeechVerb Verb)> Find(string text, int start, int end)
    {
        var found = new List<(TextSpan Span, SpeechVerb Verb)>();
        var slice = text[start..end];
        foreach (var (pattern, verb) in _patterns)
            foreach (Match m in pattern.Matches(slice))
            {
                var span = new TextSpan(start + m.Index, start + m.Index + m.Length);
                // "the town of Said Sadiq": a capitalized verb form inside a sentence is a name.
                if (char.IsUpper(slice[m.Index]) && !OpensSentence(slice, m.Index)) continue;
                // "Nine were confirmed killed", "it was reported": a passive verb of saying has no speaker before it.
                if (verb.Side == SpeakerSide.Before && PassiveBefore().IsMatch(slice.AsSpan(0, m.Index))) continue;
                if (!found.Any(f => f.Span.Overlaps(span))) found.Add((span, verb));
            }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }
}
