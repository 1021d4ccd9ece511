using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>
/// Finds actors in a text with tries built once from the actor data: dictionary names ("Hayat Tahrir al-Sham", "ISIS"),
/// country words with a noun ("Syrian government forces", "Iran's army", "Kenyan police"), backing ("Iran-backed militias",
/// "pro-Turkish factions", "militias backed by Iran", "US-led coalition"), coordination ("Afghan and coalition forces"),
/// and a bare country name acting or speaking ("Israel struck", "Iran denied"). Where candidates overlap, the longest wins.
/// </summary>
public sealed partial class ActorMatcher
{
    private const double DictionaryConfidence = 0.9;
    private const double ConstructionConfidence = 0.85;
    private const double AgentConfidence = 0.6;

    private readonly ActorDictionary data;
    private readonly PhraseTrie<ActorEntry> entries = new();
    private readonly PhraseTrie<CountryWord> countryWords = new();
    private readonly PhraseTrie<bool> modifiers = new(), coordinators = new(), backingWords = new(), leadingWords = new(), backedBy = new(),
        proPrefixes = new(), governmentBackers = new(), militiaModifiers = new(), memberWords = new(), memberPrepositions = new(), agentVerbs = new(), speechVerbs = new(),
        verbAdverbs = new(), agentBlockers = new();
    private readonly HashSet<string> ambiguous;
    private readonly Dictionary<string, HashSet<string>> acronymBlockers;
    private readonly ActorEntry agentEntry, speakerEntry;

    public ActorMatcher(ActorDictionary data)
    {
        this.data = data;
        var lexicon = data.Constructions;
        foreach (var entry in data.Entries)
            foreach (var pattern in entry.Patterns) entries.Add(pattern, entry);
        foreach (var country in data.Countries)
            foreach (var word in CountryWord.Of(country)) countryWords.Add(word.Text, word, plural: word.Kind == CountryWordKind.Demonym);
        AddAll(modifiers, lexicon.Modifiers, plural: false);
        AddAll(coordinators, lexicon.Coordinators, plural: false);
        AddAll(backingWords, lexicon.BackingWords, plural: false);
        AddAll(leadingWords, lexicon.LeadingWords, plural: false);
        AddAll(backedBy, lexicon.BackedByPhrases, plural: false);
        AddAll(proPrefixes, lexicon.ProPrefixes, plural: false);
        AddAll(governmentBackers, lexicon.GovernmentBackers, plural: false);
        AddAll(militiaModifiers, lexicon.MilitiaModifiers, plural: true);
        AddAll(memberWords, lexicon.MemberWords, plural: true);
        AddAll(memberPrepositions, lexicon.MemberPrepositions, plural: false);
        AddAll(agentVerbs, lexicon.AgentVerbs, plural: false);
        AddAll(speechVerbs, lexicon.SpeechVerbs, plural: false);
        AddAll(verbAdverbs, lexicon.VerbAdverbs, plural: false);
        AddAll(agentBlockers, lexicon.AgentBlockers, plural: false);
        ambiguous = lexicon.AmbiguousWords.ToHashSet(StringComparer.OrdinalIgnoreCase);
        acronymBlockers = lexicon.AcronymBlockers.ToDictionary(kv => kv.Key, kv => kv.Value.Select(w => w.ToLowerInvariant()).ToHashSet(), StringComparer.Ordinal);
        agentEntry = data.EntriesById[lexicon.AgentEntry];
        speakerEntry = data.EntriesById[lexicon.SpeakerEntry];
    }

    private static void AddAll(PhraseTrie<bool> trie, IEnumerable<string> phrases, bool plural)
    {
        foreach (var phrase in phrases) trie.Add(phrase, true, plural);
    }

    /// <summary>Who stands behind an "X-backed" group: the name in "Militia (Pro-X)" and the forces coded as associated actor.</summary>
    private sealed record Backer(string ShortName, string ForcesName, int End);

    private sealed record Candidate(int First, int End, string Name, ActorCategory Category, string Rule, double Confidence, int Priority)
    {
        public string? HomeCountry { get; init; }
        public string? Associated { get; init; }
        public string? EntryId { get; init; }
        public bool SourceOnly { get; init; }
    }

    /// <summary>Every actor mention in the text, non-overlapping, in text order.</summary>
    public List<ActorMention> Match(Document document)
    {
        var words = new ActorTokens(document.Text);
        var candidates = new List<Candidate>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].IsPossessive) continue;
            MatchDictionary(words, i, candidates);
            foreach (var (end, word) in CountryWordsAt(words, i))
            {
                MatchCountryNoun(words, i, end, word, candidates);
                if (BackingAt(words, end) is { } after) MatchBackedHead(words, i, after, BackerOf(word, end), candidates);
                if (LeadingAt(words, end) is { } afterLed) MatchLedHead(words, i, afterLed, word, candidates);
                MatchAgent(words, i, end, word, candidates);
            }
            MatchPro(words, i, candidates);
            MatchMembersOf(words, i, candidates);
            var government = governmentBackers.LongestAt(words, i);
            if (government > 0 && BackingAt(words, government) is { } afterGovernment)
                MatchBackedHead(words, i, afterGovernment, GovernmentBacker(government), candidates);
        }
        return PlaceSpeakers(words, Select(words, candidates, document), document);
    }

    private void MatchDictionary(ActorTokens words, int i, List<Candidate> candidates)
    {
        foreach (var (end, found) in entries.Walk(words, i))
        {
            foreach (var entry in found)
            {
                if (!entry.Allows(ActorContext.Standalone)) continue;
                candidates.Add(FromEntry(entry, i, end, "dictionary", entry.Confidence ?? DictionaryConfidence, 3));
                if (IsGroup(entry) && MembersAfter(words, end) is { } membersEnd)
                    candidates.Add(FromEntry(entry, i, membersEnd, "members", entry.Confidence ?? DictionaryConfidence, 3));
                // "IRGC-backed", "Hezbollah-backed", "NATO-led": a named actor as backer or leader.
                if (!entry.NeedsCountry && CanBack(entry) && BackingAt(words, end) is { } after)
                    MatchBackedHead(words, i, after, EntryBacker(entry, end), candidates);
                if (!entry.NeedsCountry && !entry.SourceOnly && LeadingAt(words, end) is { } afterLed)
                    MatchBackedHead(words, i, afterLed, EntryBacker(entry, end), candidates, militia: false);
                TryBackedBy(words, i, end, entry, candidates);
            }
            foreach (var entry in found)
                if (entry.Allows(ActorContext.AfterBacker)) TryBackedBy(words, i, end, entry, candidates);
        }
    }

    /// <summary>Named armed actors, whose members and parts stand for them; not descriptions or institutions.</summary>
    private static bool IsGroup(ActorEntry entry) =>
        !entry.SourceOnly && entry.Allows(ActorContext.Standalone) && !entry.CountryFromEvent &&
        !(entry.NeedsCountry && entry.Category == ActorCategory.StateForces) &&
        entry.Category is not (ActorCategory.Civilians or ActorCategory.Protesters or ActorCategory.Rioters);

    /// <summary>"HTS fighters", "Hezbollah's military wing": the end of the member word after a group name, or null.</summary>
    private int? MembersAfter(ActorTokens words, int end)
    {
        var p = end;
        if (p < words.Count && words[p].IsPossessive) p++;
        if (p >= words.Count || !words.Joined(p)) return null;
        var after = memberWords.LongestAt(words, p);
        return after > 0 ? after : null;
    }

    /// <summary>"Militants of JNIM", "gunmen from the X gang": members of a named group are the group.</summary>
    private void MatchMembersOf(ActorTokens words, int i, List<Candidate> candidates)
    {
        var member = memberWords.LongestAt(words, i);
        if (member < 0 || member >= words.Count || !words.Joined(member)) return;
        var start = memberPrepositions.LongestAt(words, member);
        if (start < 0 || start >= words.Count || !words.Joined(start)) return;
        if (words[start].Key == "the" && start + 1 < words.Count && words.Joined(start + 1)) start++;
        foreach (var (end, found) in entries.Walk(words, start))
            foreach (var entry in found)
                if (IsGroup(entry))
                    candidates.Add(FromEntry(entry, i, MembersAfter(words, end) ?? end, "members", entry.Confidence ?? DictionaryConfidence, 3));
    }

    private static Candidate FromEntry(ActorEntry entry, int first, int end, string rule, double confidence, int priority) =>
        new(first, end, entry.Name, entry.Category, rule, confidence, priority)
        {
            HomeCountry = entry.HomeCountry, EntryId = entry.Id, SourceOnly = entry.SourceOnly,
        };

    /// <summary>Country words starting at word i, one per end (the shared-terms list settles "Congolese").</summary>
    private List<(int End, CountryWord Word)> CountryWordsAt(ActorTokens words, int i)
    {
        var result = new List<(int, CountryWord)>();
        foreach (var (end, all) in countryWords.Walk(words, i))
        {
            // Country names and demonyms are capitalised in English ("male" is not the Maldives' capital); some are also given names.
            if (!Enumerable.Range(i, end - i).Any(words.StartsUpper)) continue;
            var found = all.Where(w => !ambiguous.Contains(w.Text)).ToList();
            if (found.Count == 0) continue;
            var word = found[0];
            if (found.Count > 1 && found.Any(w => w.Country != word.Country))
            {
                var preferred = data.Constructions.SharedTerms
                    .FirstOrDefault(kv => found.Any(w => string.Equals(w.Text, kv.Key, StringComparison.OrdinalIgnoreCase)));
                if (preferred.Key is not null) word = found.FirstOrDefault(w => w.Country.Iso2 == preferred.Value, word);
            }
            result.Add((end, word));
        }
        return result;
    }

    /// <summary>"Syrian government forces", "Iran's army", "Kenyan police", "Afghan and coalition forces".</summary>
    private void MatchCountryNoun(ActorTokens words, int i, int end, CountryWord word, List<Candidate> candidates)
    {
        foreach (var (headEnd, entry) in CountryHeads(words, end))
            candidates.Add(CountryCandidate(entry, word.Country, i, headEnd, "country-noun", ConstructionConfidence));
        if (end >= words.Count || words[end].IsPossessive) return;
        var afterAnd = coordinators.LongestAt(words, end);
        // "an Afghan-international security force": a hyphen joins two parties as "and" does.
        if (afterAnd < 0 && words.HyphenBefore(end)) afterAnd = end;
        if (afterAnd < 0 || !words.Joined(end)) return;
        if (SharedHead(words, afterAnd) is { } shared)
            candidates.Add(CountryCandidate(shared, word.Country, i, end, "coordinated", ConstructionConfidence - 0.1));
    }

    private Candidate CountryCandidate(ActorEntry entry, Country country, int first, int end, string rule, double confidence)
    {
        var name = entry.CountryFromEvent ? entry.Name : CountryNames.Fill(entry.Name, country);
        return new Candidate(first, end, name, entry.Category, rule, Math.Min(entry.Confidence ?? confidence, confidence), 2)
        {
            HomeCountry = country.Iso2, EntryId = entry.Id, SourceOnly = entry.SourceOnly,
        };
    }

    /// <summary>The nouns a country word at [.., end) governs: after an optional "'s" and up to the allowed modifiers.</summary>
    private List<(int End, ActorEntry Entry)> CountryHeads(ActorTokens words, int end)
    {
        var heads = new List<(int, ActorEntry)>();
        var start = end;
        if (start < words.Count && words[start].IsPossessive) start++;
        var positions = new List<int> { start };
        var level = new List<int> { start };
        for (var m = 0; m < data.Constructions.MaxModifiers; m++)
        {
            var nextLevel = new List<int>();
            foreach (var p in level)
                if (p < words.Count && words.Joined(p))
                    foreach (var (e, _) in modifiers.Walk(words, p)) nextLevel.Add(e);
            positions.AddRange(nextLevel);
            level = nextLevel;
        }
        foreach (var p in positions.Distinct())
        {
            if (p >= words.Count || !words.Joined(p)) continue;
            foreach (var (e, found) in entries.Walk(words, p))
                foreach (var entry in found)
                    if (entry.Allows(ActorContext.AfterCountry)) heads.Add((e, entry));
        }
        return heads;
    }

    /// <summary>In "Afghan and coalition security forces", the noun the second phrase ends on, which the first country word shares.</summary>
    private ActorEntry? SharedHead(ActorTokens words, int start)
    {
        if (start >= words.Count || !words.Joined(start)) return null;
        var phraseEnd = -1;
        foreach (var (end, word) in CountryWordsAt(words, start))
            foreach (var (headEnd, _) in CountryHeads(words, end)) phraseEnd = Math.Max(phraseEnd, headEnd);
        foreach (var (end, found) in entries.Walk(words, start))
            if (found.Any(e => e.Allows(ActorContext.Standalone))) phraseEnd = Math.Max(phraseEnd, end);
        if (phraseEnd < 0) return null;
        for (var q = start; q < phraseEnd; q++)
            foreach (var (end, found) in entries.Walk(words, q))
                if (end == phraseEnd && found.FirstOrDefault(e => e.Allows(ActorContext.AfterCountry)) is { } head) return head;
        return null;
    }

    /// <summary>The word after "X-" when it is a backing word ("backed", "supported"), as the index after it; else null.</summary>
    private int? BackingAt(ActorTokens words, int end) => HyphenWordAt(words, end, backingWords);

    /// <summary>The word after "X-" when it is a leading word ("led"), as the index after it; else null.</summary>
    private int? LeadingAt(ActorTokens words, int end) => HyphenWordAt(words, end, leadingWords);

    private static int? HyphenWordAt(ActorTokens words, int end, PhraseTrie<bool> list)
    {
        if (end >= words.Count || !words.HyphenBefore(end)) return null;
        var after = list.LongestAt(words, end);
        return after > 0 ? after : null;
    }

    /// <summary>Named backers are states and armed groups; a description ("coalition forces") or an institution backs no one.</summary>
    private static bool CanBack(ActorEntry entry) => !entry.SourceOnly && (int)entry.Category <= (int)ActorCategory.IdentityMilitia;

    /// <summary>"Afghan-led force", "US-led coalition": the leader's own forces, or a coalition with the leader associated.</summary>
    private void MatchLedHead(ActorTokens words, int first, int start, CountryWord word, List<Candidate> candidates)
    {
        foreach (var (headEnd, entry) in CountryHeads(words, start))
            if (!entry.SourceOnly && !entry.CountryFromEvent)
                candidates.Add(CountryCandidate(entry, word.Country, first, headEnd, "led", ConstructionConfidence));
        MatchBackedHead(words, first, start, BackerOf(word, start), candidates, militia: false);
    }

    private Backer BackerOf(CountryWord word, int end)
    {
        var country = word.Country;
        var forces = data.Constructions.CountryBackers.TryGetValue(country.Iso2, out var id) && data.EntriesById.TryGetValue(id, out var entry)
            ? CountryNames.Fill(entry.Name, country)
            : CountryNames.Fill(agentEntry.Name, country);
        return new Backer(country.Name, forces, end);
    }

    /// <summary>A named backer: a state body stands for its country in the militia's name ("Militia (Pro-Iran)").</summary>
    private Backer EntryBacker(ActorEntry entry, int end) =>
        entry.Category == ActorCategory.StateForces && entry.HomeCountry is { } home && data.CountriesByIso2.TryGetValue(home, out var country)
            ? new Backer(country.Name, entry.Name, end)
            : new Backer(entry.Name, entry.Name, end);

    private Backer GovernmentBacker(int end) => new(data.Constructions.GovernmentBackerName, agentEntry.Name, end);

    /// <summary>After "X-backed" (or "pro-X"): optional modifiers ("Shiite", "Iraqi"), then the group that is backed.</summary>
    private void MatchBackedHead(ActorTokens words, int first, int start, Backer backer, List<Candidate> candidates, bool militia = true)
    {
        var positions = new List<int> { start };
        var level = new List<int> { start };
        for (var m = 0; m < 2; m++)
        {
            var nextLevel = new List<int>();
            foreach (var p in level)
            {
                if (p >= words.Count || !words.Joined(p)) continue;
                foreach (var (e, _) in militiaModifiers.Walk(words, p)) nextLevel.Add(e);
                foreach (var (e, word) in CountryWordsAt(words, p))
                    if (word.Kind is CountryWordKind.Demonym or CountryWordKind.Adjective) nextLevel.Add(e);
            }
            positions.AddRange(nextLevel);
            level = nextLevel;
        }
        foreach (var p in positions.Distinct())
        {
            if (p >= words.Count || !words.Joined(p)) continue;
            foreach (var (end, found) in entries.Walk(words, p))
                foreach (var entry in found)
                    if ((militia || !entry.Name.Contains(CountryNames.BackerPlaceholder)) && BackedCandidate(entry, backer, first, end) is { } candidate)
                        candidates.Add(candidate);
        }
    }

    private static Candidate? BackedCandidate(ActorEntry entry, Backer backer, int first, int end)
    {
        if (entry.Allows(ActorContext.AfterBacker))
            return new Candidate(first, end, entry.Name.Replace(CountryNames.BackerPlaceholder, backer.ShortName), entry.Category, "backed",
                Math.Min(entry.Confidence ?? ConstructionConfidence, ConstructionConfidence), 2)
            { HomeCountry = entry.HomeCountry, Associated = backer.ForcesName, EntryId = entry.Id };
        if (entry.Allows(ActorContext.Standalone) && !entry.SourceOnly && entry.Name != backer.ForcesName)
            return FromEntry(entry, first, end, "backed", Math.Min(entry.Confidence ?? ConstructionConfidence, ConstructionConfidence), 2)
                with { Associated = backer.ForcesName };
        return null;
    }

    /// <summary>"pro-Iranian militias", "pro-government militias".</summary>
    private void MatchPro(ActorTokens words, int i, List<Candidate> candidates)
    {
        var afterPro = proPrefixes.LongestAt(words, i);
        if (afterPro < 0 || !words.HyphenBefore(afterPro)) return;
        foreach (var (end, word) in CountryWordsAt(words, afterPro))
            MatchBackedHead(words, i, end, BackerOf(word, end), candidates);
        var government = governmentBackers.LongestAt(words, afterPro);
        if (government > 0) MatchBackedHead(words, i, government, GovernmentBacker(government), candidates);
    }

    /// <summary>"militias backed by Iran", "the Houthis, backed by Iran": the group with its backer as associated actor.</summary>
    private void TryBackedBy(ActorTokens words, int first, int headEnd, ActorEntry head, List<Candidate> candidates)
    {
        if (headEnd >= words.Count || !words.Joined(headEnd)) return;
        var by = backedBy.LongestAt(words, headEnd);
        if (by < 0 || by >= words.Count || !words.Joined(by)) return;
        if (words[by].Key == "the" && by + 1 < words.Count) by++;
        var backers = new List<Backer>();
        foreach (var (end, word) in CountryWordsAt(words, by))
        {
            if (word.CanAct) backers.Add(BackerOf(word, end));
            // "affiliated with Iran's Revolutionary Guard": the named body, not the country, is the backer.
            if (end + 1 < words.Count && words[end].IsPossessive)
                foreach (var (entryEnd, found) in entries.Walk(words, end + 1))
                    foreach (var entry in found)
                        if (entry.Allows(ActorContext.Standalone) && !entry.NeedsCountry && CanBack(entry)) backers.Add(EntryBacker(entry, entryEnd));
        }
        var government = governmentBackers.LongestAt(words, by);
        if (government > 0) backers.Add(GovernmentBacker(government));
        foreach (var (end, found) in entries.Walk(words, by))
            foreach (var entry in found)
                if (entry.Allows(ActorContext.Standalone) && !entry.NeedsCountry && CanBack(entry)) backers.Add(EntryBacker(entry, end));
        foreach (var backer in backers)
            if (BackedCandidate(head, backer, first, headEnd) is { } candidate)
                candidates.Add(candidate with { End = backer.End, Rule = "backed-by" });
    }

    /// <summary>"Israel struck", "Iran denied": a country's name (not its demonym) as the subject of a violent or speech verb.</summary>
    private void MatchAgent(ActorTokens words, int i, int end, CountryWord word, List<Candidate> candidates)
    {
        if (!word.CanAct) return;
        if (i > 0 && agentBlockers.LongestAt(words, i - 1) == i) return;
        var p = end;
        for (var skipped = 0; p < words.Count && words.Joined(p) && skipped < data.Constructions.MaxVerbAdverbs; skipped++)
        {
            var next = verbAdverbs.LongestAt(words, p);
            if (next < 0) break;
            p = next;
        }
        if (p >= words.Count || !words.Joined(p)) return;
        if (agentVerbs.LongestAt(words, p) > 0)
            candidates.Add(CountryCandidate(agentEntry, word.Country, i, end, "agent", AgentConfidence) with { Priority = 1 });
        else if (speechVerbs.LongestAt(words, p) > 0)
            candidates.Add(CountryCandidate(speakerEntry, word.Country, i, end, "speaker", AgentConfidence) with { Priority = 1 });
    }
}
