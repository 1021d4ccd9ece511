using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Numbers;

/// <summary>What a number counts, read from the words around it within its sentence.</summary>
public sealed record CountedThingReading(string Thing, TextSpan? Cue, TextSpan? Subject, string How);

/// <summary>
/// Looks after the number for a run of words naming who was counted and a cue ("six Afghan soldiers were killed"),
/// then before it ("killing six", "death toll rose to 12"), then among those words for a noun ("11 bunker targets").
/// </summary>
internal sealed class CountedThingReader(NumberRules rules)
{
    private const int MaxSubjectWords = 4;
    private const int BeforeWindow = 80;
    private static readonly Regex NextWord = new(@"\G\s+([A-Za-z][\w'’-]*)", RegexOptions.Compiled);

    public CountedThingReading? Read(string text, TextSpan number, TextSpan sentence)
    {
        var words = new List<TextSpan>();
        int p = number.End;
        for (int k = 0; k <= MaxSubjectWords; k++)
        {
            foreach (var (thing, cue) in rules.AfterCues)
            {
                var m = cue.Match(text, p);
                if (m.Success && m.Index + m.Length <= sentence.End)
                    return new(thing, Trimmed(text, m.Index, m.Index + m.Length), SubjectOf(words), "after-cue");
            }
            var w = NextWord.Match(text, p);
            if (!w.Success || w.Index + w.Length > sentence.End || rules.StopWord.IsMatch(w.Groups[1].Value)) break;
            words.Add(new TextSpan(w.Groups[1].Index, w.Groups[1].Index + w.Groups[1].Length));
            p = w.Index + w.Length;
        }

        int nounAt = words.FindIndex(s => NounThing(text, s) is not null);
        var subject = nounAt >= 0 ? SubjectOf(words[..(nounAt + 1)]) : null;

        int from = Math.Max(sentence.Start, number.Start - BeforeWindow);
        var before = text[from..number.Start];
        foreach (var (thing, cue) in rules.BeforeCues)
        {
            var m = cue.Match(before);
            if (m.Success) return new(thing, Trimmed(text, from + m.Index, from + m.Index + m.Length), subject, "before-cue");
        }

        if (nounAt >= 0)
            return new(NounThing(text, words[nounAt])!, words[nounAt], subject, "noun");
        return null;
    }

    private string? NounThing(string text, TextSpan word)
    {
        var w = text.Substring(word.Start, word.Length);
        foreach (var (thing, noun) in rules.Nouns)
            if (noun.IsMatch(w)) return thing;
        return null;
    }

    private static TextSpan? SubjectOf(List<TextSpan> words) =>
        words.Count == 0 ? null : new TextSpan(words[0].Start, words[^1].End);

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }
}
