using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>A toll said in words rather than digits: "zero casualties" (0), or a source that gives no figure.</summary>
public sealed record CasualtyPhrase(Regex Pattern, ClaimKind Kind, int? Number, string Value);

/// <summary>Casualty phrases from data/lexicons/casualty-phrases.jsonl.</summary>
public sealed class CasualtyPhrases(IReadOnlyList<CasualtyPhrase> phrases)
{
    public IReadOnlyList<CasualtyPhrase> Phrases { get; } = phrases;

    public static CasualtyPhrases Load(string path)
    {
        var list = new List<CasualtyPhrase>();
        foreach (var (line, e) in LexiconFile.ReadJsonl(path))
        {
            var pattern = LexiconFile.RequiredString(e, "pattern", path, line);
            Regex regex;
            try { regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant); }
            catch (ArgumentException ex) { throw new InvalidDataException($"{path}:{line}: bad pattern ({ex.Message})"); }
            var kind = LexiconFile.ParseEnum<ClaimKind>(LexiconFile.RequiredString(e, "kind", path, line), "kind", path, line);
            int? number = e.TryGetProperty("number", out var n) && n.ValueKind == System.Text.Json.JsonValueKind.Number ? n.GetInt32() : null;
            if (kind is ClaimKind.Fatalities or ClaimKind.Injuries or ClaimKind.Arrests && number is null)
                throw new InvalidDataException($"{path}:{line}: a {kind.ToString().ToLowerInvariant()} phrase needs a 'number'");
            list.Add(new CasualtyPhrase(regex, kind, number, LexiconFile.RequiredString(e, "value", path, line)));
        }
        return new CasualtyPhrases(list);
    }

    public IEnumerable<(TextSpan Span, CasualtyPhrase Phrase)> Find(string text, TextSpan within)
    {
        var slice = text[within.Start..within.End];
        foreach (var p in Phrases)
            foreach (Match m in p.Pattern.Matches(slice))
                yield return (new TextSpan(within.Start + m.Index, within.Start + m.Index + m.Length), p);
    }
}

/// <summary>Words inside a quote that make it a prediction or threat rather than a plain statement.</summary>
public sealed record QuoteCue(IReadOnlyList<string> Words, Stance Stance, ClaimKind Kind);

public sealed class QuoteCues(IReadOnlyList<QuoteCue> cues)
{
    public static QuoteCues Load(string path)
    {
        var list = new List<QuoteCue>();
        foreach (var (line, e) in LexiconFile.ReadJsonl(path))
            list.Add(new QuoteCue(
                LexiconFile.StringList(e, "words", path, line, required: true),
                LexiconFile.ParseEnum<Stance>(LexiconFile.RequiredString(e, "stance", path, line), "stance", path, line),
                LexiconFile.ParseEnum<ClaimKind>(LexiconFile.RequiredString(e, "kind", path, line), "kind", path, line)));
        return new QuoteCues(list);
    }

    public QuoteCue? Match(string quoteText)
    {
        foreach (var c in cues)
            foreach (var w in c.Words)
                if (Regex.IsMatch(quoteText, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
                    return c;
        return null;
    }
}
