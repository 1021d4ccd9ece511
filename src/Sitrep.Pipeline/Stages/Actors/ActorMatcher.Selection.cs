using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>Choosing among overlapping candidates, the guards against false names, and placing country-less speakers.</summary>
public sealed partial class ActorMatcher
{
    private List<ActorMention> Select(ActorTokens words, List<Candidate> candidates, Document document)
    {
        var ordered = candidates
            .Where(c => !InCapitalsRun(words, c) && !BlockedAcronym(words, c, document.Text) && !InBoilerplate(words, c, document))
            .OrderByDescending(c => words[c.End - 1].End - words[c.First].Start)
            .ThenByDescending(c => c.Priority)
            .ThenByDescending(c => c.Confidence)
            .ThenBy(c => c.First);
        var taken = new List<TextSpan>();
        var mentions = new List<ActorMention>();
        foreach (var c in ordered)
        {
            var span = new TextSpan(words[c.First].Start, words[c.End - 1].End);
            if (taken.Any(t => t.Overlaps(span))) continue;
            taken.Add(span);
            mentions.Add(new ActorMention(span, document.Slice(span), c.Name, c.Category, Provenance.Rule($"actors/{c.Rule}", c.Confidence))
            {
                Sentence = document.SentenceIndexAt(span.Start),
                HomeCountry = c.HomeCountry,
                AssociatedActor = c.Associated,
                EntryId = c.EntryId,
                IsGeneric = CountryNames.HasPlaceholder(c.Name),
                IsSourceOnly = c.SourceOnly,
            });
        }
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }

    /// <summary>
    /// "In Iran, Foreign Ministry spokesman X said": a sentence that opens by naming a country places the country-less
    /// speakers in it there.
    /// </summary>
    private List<ActorMention> PlaceSpeakers(ActorTokens words, List<ActorMention> mentions, Document document)
    {
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (!m.IsSourceOnly || !m.IsGeneric || m.HomeCountry is not null) continue;
            if (SentenceOpeningCountry(words, m.Span.Start, document) is not { } country) continue;
            mentions[k] = m with { CanonicalName = CountryNames.Fill(m.CanonicalName, country), HomeCountry = country.Iso2, IsGeneric = false };
        }
        return mentions;
    }

    private Country? SentenceOpeningCountry(ActorTokens words, int offset, Document document)
    {
        var sentence = document.SentenceIndexAt(offset);
        var start = sentence >= 0 ? document.Sentences[sentence].Span.Start : SentenceStartBefore(document.Text, offset);
        var first = FirstWordAt(words, start);
        if (first < 0 || first + 1 >= words.Count || words[first].Key != "in" || !words.StartsUpper(first)) return null;
        foreach (var (end, word) in CountryWordsAt(words, first + 1))
        {
            if (word.Kind == CountryWordKind.Demonym || word.Kind == CountryWordKind.Adjective) continue;
            var after = words[end - 1].End;
            if (after < document.Text.Length && document.Text[after] == ',' && after < offset) return word.Country;
        }
        return null;
    }

    private static int SentenceStartBefore(string text, int offset)
    {
        for (var p = offset - 1; p > 0; p--)
            if (text[p] == '\n' || (text[p] is '.' or '!' or '?') && p + 1 < text.Length && char.IsWhiteSpace(text[p + 1])) return p + 1;
        return 0;
    }

    private static int FirstWordAt(ActorTokens words, int offset)
    {
        int lo = 0, hi = words.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (words[mid].Start >= offset) { found = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return found;
    }

    /// <summary>"Download PDF", "PDF file": an acronym next to a word that shows it is not a name here.</summary>
    private bool BlockedAcronym(ActorTokens words, Candidate c, string text)
    {
        if (c.End - c.First != 1) return false;
        var token = words[c.First];
        if (!acronymBlockers.TryGetValue(text[token.Start..token.End], out var blockers)) return false;
        return c.First > 0 && blockers.Contains(words[c.First - 1].Key) || c.End < words.Count && blockers.Contains(words[c.End].Key);
    }

    /// <summary>Release headers, numbers, bylines and links name no actors; headlines do.</summary>
    private static bool InBoilerplate(ActorTokens words, Candidate c, Document document)
    {
        var start = words[c.First].Start;
        return document.Boilerplate.Any(b => b.Kind != BoilerplateKind.Headline && b.Span.Contains(start));
    }

    /// <summary>A lone short acronym ("IS", "US") inside a run of capitals is a headline word, not a name.</summary>
    private static bool InCapitalsRun(ActorTokens words, Candidate c)
    {
        if (c.End - c.First != 1 || words[c.First].Shape != WordShape.Upper || words[c.First].Key.Length > 3) return false;
        static bool Caps(ActorToken t) => t.Shape == WordShape.Upper && t.Key.Length >= 2;
        return c.First > 0 && c.End < words.Count && Caps(words[c.First - 1]) && Caps(words[c.End]);
    }
}
