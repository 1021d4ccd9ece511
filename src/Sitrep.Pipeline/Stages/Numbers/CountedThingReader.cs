using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Numbers;

/// <summary>What a number counts, read from the words around it within its sentence.</summary>
/// <summary>What a number counts; SubjectNoun is the thing the first counted noun among the subject words names ("People").</summary>
public sealed record CountedThingReading(string Thing, TextSpan? Cue, TextSpan? Subject, string How, string? SubjectNoun)
{
    /// <summary>The cue is passive or intransitive ("was killed", "died"), so the words before it are what was counted.</summary>
    public bool CueIsPassive { get; init; }
}

/// <summary>
/// Looks after the number for a run of words naming who was counted and a cue ("six Afghan soldiers were killed"),
/// then before it ("killing six", "death toll rose to 12"), then among those words for a noun ("11 bunker targets").
/// </summary>
internal sealed class CountedThingReader(NumberRules rules)
{
    private const int MaxSubjectWords = 6;
    private const int BeforeWindow = 80;
    private static readonly Regex NextWord = new(@"\G\s+([A-Za-z][\w'’-]*)", RegexOptions.Compiled);
    private static readonly Regex Passive = new(@"^(?:was|were|is|are|has|have|had|been|being|got|later|died|dead|perished|succumbed|lost|missing)\b",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);
    // After a bare participle, a number or determiner means active voice: "two soldiers killed three insurgents".
    private static readonly Regex ObjectFollows = new(@"^\s+(?:\d|an?\b|the\b|his\b|her\b|their\b|its\b)",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    public CountedThingReading? Read(string text, TextSpan number, TextSpan sentence)
    {
        var words = new List<TextSpan>();
        int p = number.End;
        for (int k = 0; k <= MaxSubjectWords; k++)
        {
            var (reading, active) = AfterCue(text, p, words, sentence);
            if (reading is not null) return reading;
            if (active) break;
            var w = NextWord.Match(text, p);
            if (!w.Success || w.Index + w.Length > sentence.End || rules.StopWord.IsMatch(w.Groups[1].Value)) break;
            if (IsConjunction(w.Groups[1].Value) && !JoinsSubject(text, w.Index + w.Length, sentence))
            {
                // "seven soldiers and 11 militants were killed": counts joined by "and" share the passive predicate.
                if (SharedPassiveCue(text, w.Index + w.Length, sentence) is { } shared)
                    return shared with { Subject = SubjectOf(text, words), SubjectNoun = words.Select(x => NounThing(text, x)).FirstOrDefault(t => t is not null), How = "shared-cue" };
                break;
            }
            if (rules.QuantityAt.Match(text, w.Groups[1].Index, sentence.End - w.Groups[1].Index).Success) break; // another count begins
            words.Add(new TextSpan(w.Groups[1].Index, w.Groups[1].Index + w.Groups[1].Length));
            p = w.Index + w.Length;
        }

        int nounAt = CountedNoun(text, words);
        var subject = nounAt >= 0 ? SubjectOf(text, words[..(nounAt + 1)]) : null;
        var nounThing = nounAt >= 0 ? NounThing(text, words[nounAt]) : null;

        int from = Math.Max(sentence.Start, number.Start - BeforeWindow);
        var before = text[from..number.Start];
        foreach (var (thing, cue) in rules.BeforeCues)
        {
            var m = cue.Match(before);
            var c = m.Groups["cue"];
            if (m.Success) return new(thing, Trimmed(text, from + c.Index, from + c.Index + c.Length), subject, "before-cue", nounThing);
        }
        return nounAt >= 0 ? new(nounThing!, words[nounAt], subject, "noun", nounThing) : null;
    }

    /// <summary>A cue at <paramref name="p"/>, or whether one was found in active voice (then the words before it acted).</summary>
    private (CountedThingReading? Reading, bool Active) AfterCue(string text, int p, List<TextSpan> words, TextSpan sentence)
    {
        foreach (var (thing, cue) in rules.AfterCues)
        {
            var m = cue.Match(text, p);
            if (!m.Success || m.Index + m.Length > sentence.End) continue;
            var cueSpan = Trimmed(text, m.Index, m.Index + m.Length);
            bool passive = Passive.IsMatch(text.Substring(cueSpan.Start, cueSpan.Length));
            var rest = text.Substring(m.Index + m.Length, Math.Min(20, sentence.End - m.Index - m.Length));
            if (!passive && (ObjectFollows.IsMatch(rest) || QuantityFollows(text, m.Index + m.Length, sentence))) return (null, true);
            var noun = words.Select(w => NounThing(text, w)).FirstOrDefault(t => t is not null);
            return (new(thing, cueSpan, SubjectOf(text, words), "after-cue", noun) { CueIsPassive = passive }, false);
        }
        return (null, false);
    }

    /// <summary>
    /// The word that names what was counted: a thing (deaths, strikes) before a person (insurgents), looking first
    /// before any "and" ("two insurgents and found a weapons cache" counts insurgents), then across it.
    /// </summary>
    private int CountedNoun(string text, List<TextSpan> words)
    {
        int conjunction = words.FindIndex(w => IsConjunction(text.Substring(w.Start, w.Length)));
        foreach (var limit in conjunction >= 0 ? [conjunction, words.Count] : new[] { words.Count })
        {
            int at = words.FindIndex(0, limit, w => NounThing(text, w) is { } t && t != "People");
            if (at < 0) at = words.FindIndex(0, limit, w => NounThing(text, w) is not null);
            if (at >= 0) return at;
        }
        return -1;
    }

    private static bool IsConjunction(string word) => word is "and" or "or";

    // "Syrian and foreign militants" is one run of words; "gunmen and wounded" or "gunmen and 2 police" is not.
    private bool JoinsSubject(string text, int afterConjunction, TextSpan sentence)
    {
        if (QuantityFollows(text, afterConjunction, sentence)) return false;
        foreach (var (_, cue) in rules.AfterCues)
            if (cue.Match(text, afterConjunction) is { Success: true } m && m.Index + m.Length <= sentence.End) return false;
        var next = NextWord.Match(text, afterConjunction);
        if (!next.Success || next.Index + next.Length > sentence.End) return false;
        var word = next.Groups[1].Value;
        // A verb ("and discovered") or a determiner ("and the insurgent") starts a new clause or phrase.
        return !rules.StopWord.IsMatch(word) && !word.EndsWith("ed", StringComparison.Ordinal) &&
               word is not ("the" or "a" or "an" or "his" or "her" or "their" or "its");
    }

    /// <summary>After "and": the next count and its words, then a passive cue ("were killed") that both counts share.</summary>
    private CountedThingReading? SharedPassiveCue(string text, int afterConjunction, TextSpan sentence)
    {
        var at = afterConjunction;
        while (at < sentence.End && char.IsWhiteSpace(text[at])) at++;
        var q = at < sentence.End ? rules.QuantityAt.Match(text, at, sentence.End - at) : null;
        if (q is not { Success: true }) return null;
        var p = q.Index + q.Length;
        var words = new List<TextSpan>();
        for (int k = 0; k <= MaxSubjectWords; k++)
        {
            var (reading, active) = AfterCue(text, p, words, sentence);
            if (reading is not null) return reading.CueIsPassive ? reading : null;
            if (active) return null;
            var w = NextWord.Match(text, p);
            if (!w.Success || w.Index + w.Length > sentence.End || rules.StopWord.IsMatch(w.Groups[1].Value) || IsConjunction(w.Groups[1].Value)) return null;
            words.Add(new TextSpan(w.Groups[1].Index, w.Groups[1].Index + w.Groups[1].Length));
            p = w.Index + w.Length;
        }
        return null;
    }

    private bool QuantityFollows(string text, int at, TextSpan sentence)
    {
        while (at < sentence.End && char.IsWhiteSpace(text[at])) at++;
        return at < sentence.End && rules.QuantityAt.Match(text, at, sentence.End - at).Success;
    }

    private string? NounThing(string text, TextSpan word)
    {
        var w = text.Substring(word.Start, word.Length);
        foreach (var (thing, noun) in rules.Nouns)
            if (noun.IsMatch(w)) return thing;
        return null;
    }

    // "two of his associates": who was counted is "associates".
    private static readonly HashSet<string> Partitive = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "his", "her", "their", "its", "them", "our", "those", "these" };

    private static TextSpan? SubjectOf(string text, List<TextSpan> words)
    {
        int first = 0;
        while (first < words.Count && Partitive.Contains(text.Substring(words[first].Start, words[first].Length))) first++;
        return first >= words.Count ? null : new TextSpan(words[first].Start, words[^1].End);
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
