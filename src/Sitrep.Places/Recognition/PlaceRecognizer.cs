using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Places.Recognition;

/// <summary>
/// Finds the stretches of a report that name places: the longest capitalized word sequence (lower-case
/// particles such as "al-", "ez", "de" allowed inside) whose key the gazetteer knows, demonyms, and unknown
/// names that context marks as places ("the village of X", "X camp"). Filters person names and common words.
/// </summary>
public sealed partial class PlaceRecognizer(Gazetteer gazetteer, PlaceLexicon lexicon)
{
    private const int MaxNameTokens = 6;

    private static readonly HashSet<string> Connectors =
        ["al", "el", "ez", "ad", "ar", "as", "at", "az", "an", "ash", "ed", "es", "er", "de", "del", "la", "le", "du", "des", "da", "di", "do", "dos", "das", "of", "the", "bin", "ibn", "bani", "y", "on", "upon", "sur", "am", "im", "an", "der"];

    [GeneratedRegex(@"^[\s\p{Pd}•]*(?<place>[A-Z][A-Z'’\.\- ]{2,}[A-Z\.])(?<country>,\s*[A-Z][A-Za-z\.]+(?:\s[A-Z][A-Za-z\.]+)?)?\s*(?:\(|:|\u2014|\u2013|-\s|,\s*[A-Z][a-z]{2}\.?\s+\d)", RegexOptions.Multiline)]
    private static partial Regex DatelinePattern();

    public List<PlaceCandidate> Find(Document doc)
    {
        var text = doc.Text;
        var tokens = SplitCompounds(text, TextTokens.Split(text));
        var skipped = doc.Boilerplate.Where(b => b.Kind != BoilerplateKind.Dateline).Select(b => b.Span).ToList();
        var dateline = DatelineSpan(doc);
        // "the Turkistan Islamic Party", "Islamic State Khorasan Province": a place inside a named group's name is not
        // where anything happened. Country names and demonyms there still tell whose group it is.
        var groupNames = doc.Actors.Where(a => a.EntryId is not null && !a.IsGeneric).Select(a => a.Span).ToList();
        var result = new List<PlaceCandidate>();
        var held = new List<PlaceCandidate>();
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (!t.Capitalized || skipped.Any(s => s.Contains(t.Start)) || IsLowerConnector(t))
            {
                i++;
                continue;
            }
            var runEnd = i;
            while (runEnd + 1 < tokens.Count && runEnd + 1 - i < MaxNameTokens && TextTokens.Adjacent(text, tokens[runEnd], tokens[runEnd + 1]) &&
                   (tokens[runEnd + 1].Capitalized || IsLowerConnector(tokens[runEnd + 1])))
                runEnd++;
            var found = Match(doc, tokens, i, runEnd);
            if (found is null)
            {
                i++;
                continue;
            }
            // "Iran-backed", "Saudi-led": a country named as a backer is evidence of the country, not a location.
            if (found.ActorContext && found.DemonymOf is null && found.Span.End < text.Length && text[found.Span.End] == '-' &&
                found.Matches.FirstOrDefault(m => m.Entry.Kind == PlaceKind.Country && m.Quality == MatchQuality.Exact) is { Entry: { } country })
                found = new PlaceCandidate { Span = found.Span, Text = found.Text, FirstToken = found.FirstToken, LastToken = found.LastToken, DemonymOf = country.CountryCode, Rule = "demonym" };
            if (found.DemonymOf is null && groupNames.Any(g => g.Contains(found.Span)) &&
                !found.Matches.Any(m => m.Entry.Kind == PlaceKind.Country && m.Quality == MatchQuality.Exact))
            {
                i = found.LastToken + 1;
                continue;
            }
            found.IsDateline = dateline is { } d && d.Contains(found.Span);
            if (found.IsDateline) found.Qualifier = "dateline";
            found.Sentence = doc.SentenceIndexAt(found.Span.Start);
            if (Keep(doc, tokens, found)) result.Add(found);
            else if (found.OpensSentenceAsCommonWord) held.Add(found);
            i = found.LastToken + 1;
        }
        // One sense per report: "Turkey's first case" opening a sentence is the country when the report names Turkey elsewhere.
        if (held.Count > 0)
        {
            var named = result.Where(c => c.DemonymOf is null && c.Matches.Count > 0).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            var restored = held.Where(c => named.Contains(c.Key)).ToList();
            if (restored.Count > 0)
            {
                result.AddRange(restored);
                result.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            }
        }
        MarkBetween(tokens, result);
        return result;
    }

    /// <summary>
    /// "Sydney-based", "UK-led", "India-Pakistan": a hyphenated word the gazetteer does not know as a whole, whose
    /// first part it knows and whose rest is a lower-case word or another known name, is read as its parts.
    /// </summary>
    private List<Token> SplitCompounds(string text, List<Token> tokens)
    {
        List<Token>? result = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var hyphen = t.Text.IndexOf('-');
            // The head is a word of three letters or more ("Al-" and "ez-" open names), or an abbreviation ("UK-based").
            var head = hyphen >= 3 || (hyphen == 2 && char.IsUpper(t.Text[1]));
            var parts = head && !t.Arabic && char.IsUpper(t.Text[0]) && !gazetteer.HasKey(NameKey.Exact(t.Text)) ? CompoundParts(t, hyphen) : null;
            if (parts is null)
            {
                result?.Add(t);
                continue;
            }
            result ??= tokens.Take(k).ToList();
            result.AddRange(parts);
        }
        return result ?? tokens;
    }

    private List<Token>? CompoundParts(Token t, int hyphen)
    {
        var head = t.Text[..hyphen];
        var rest = t.Text[(hyphen + 1)..];
        var headKey = NameKey.Exact(head);
        if (headKey.Length < 2 || (!gazetteer.HasKey(headKey) && !lexicon.Abbreviations.ContainsKey(head))) return null;
        var first = new Token(t.Start, t.Start + hyphen, head, true, false);
        var second = new Token(t.Start + hyphen + 1, t.End, rest, char.IsUpper(rest[0]), false);
        // A short lower-case tail is part of the name ("Nad-e Ali", "Pul-e Alam"); a word is not ("-based", "-administered").
        if (rest.Length >= 3 && rest.All(ch => char.IsLower(ch) || ch == '-')) return [first, second];
        if (rest.Length >= 3 && char.IsUpper(rest[0]) && !rest.Contains('-') && (gazetteer.HasKey(NameKey.Exact(rest)) || lexicon.Abbreviations.ContainsKey(rest)))
            return [first, second];
        return null;
    }

    private bool IsLowerConnector(Token t) => !t.Arabic && char.IsLower(t.Text[0]) && Connectors.Contains(t.Lower);

    private PlaceCandidate? Match(Document doc, List<Token> tokens, int first, int runEnd)
    {
        var text = doc.Text;
        for (var last = runEnd; last >= first; last--)
        {
            if (!tokens[last].Capitalized || IsLowerConnector(tokens[last])) continue;
            var span = new TextSpan(tokens[first].Start, tokens[last].End);
            var name = text[span.Start..span.End];
            var c = Lookup(doc, tokens, first, last, span, name);
            if (c is not null) return c;
        }
        // An unknown name that context marks as a place: "X camp", "the village of X", "near X".
        // "The United Kingdom Department ...", "Four Guerrero state police": a sentence's opening common word is not
        // part of an unknown name (the scan goes on from the next word).
        if (runEnd > first && TextTokens.IsSentenceInitial(text, tokens[first]) && IsCommonWord(tokens[first].Text)) return null;
        var (nameLast, cue) = StripTrailingCueWords(tokens, first, runEnd);
        if (nameLast < first) return null;
        var nameSpan = new TextSpan(tokens[first].Start, tokens[nameLast].End);
        var candidate = new PlaceCandidate { Span = nameSpan, Text = text[nameSpan.Start..nameSpan.End], FirstToken = first, LastToken = nameLast, KindCue = cue };
        Annotate(doc, tokens, candidate);
        var strong = candidate.KindCue is not null || candidate.Qualifier is "near" or "outskirts" or "countryside";
        if (!strong && !candidate.LocationContext) return null;
        if (IsNotPlace(candidate.Text) || (first == nameLast && IsCommonWord(tokens[first].Text))) return null;
        candidate.Matches = gazetteer.Lookup(candidate.Text, loose: true);
        if (candidate.Matches.Count == 0 && !strong) return null;
        candidate.Rule = candidate.Matches.Count > 0 ? "variant" : "unknown";
        return candidate;
    }

    private PlaceCandidate? Lookup(Document doc, List<Token> tokens, int first, int last, TextSpan span, string name)
    {
        if (first == last && lexicon.Abbreviations.TryGetValue(name, out var id) && gazetteer.EntryById(id) is { } abbreviated)
        {
            var c = new PlaceCandidate { Span = span, Text = name, FirstToken = first, LastToken = last, Rule = "abbreviation" };
            c.Matches.Add(new GazetteerMatch(abbreviated, MatchQuality.Exact, true));
            Annotate(doc, tokens, c);
            return c;
        }
        // "US Energy Secretary": a known abbreviation opens no longer name (the key would drop "US" as a particle and find "Energy").
        if (first < last && lexicon.Abbreviations.ContainsKey(tokens[first].Text)) return null;
        var letters = name.Count(char.IsLetter);
        if (letters <= 3 && name.All(ch => !char.IsLetter(ch) || char.IsUpper(ch))) return null; // acronyms other than the known ones
        if (first == last && !tokens[first].Arabic)
        {
            var demonym = gazetteer.DemonymCountry(name) ?? (name.EndsWith('s') ? gazetteer.DemonymCountry(name[..^1]) : null);
            if (demonym is not null)
                return new PlaceCandidate { Span = span, Text = name, FirstToken = first, LastToken = last, DemonymOf = demonym, Rule = "demonym" };
        }
        var key = NameKey.Exact(name);
        if (key.Length < 3 || !gazetteer.HasKey(key)) return null;
        var found = new PlaceCandidate { Span = span, Text = name, FirstToken = first, LastToken = last, Matches = gazetteer.Lookup(name, loose: false) };
        Annotate(doc, tokens, found);
        return found;
    }

    // "Department of Health", "Department for Environment": a government office, whatever place name stands before it.
    private static bool IsOrganizationWord(List<Token> tokens, int k) =>
        tokens[k].Lower == "department" && k + 1 < tokens.Count && tokens[k + 1].Lower is "of" or "for" or "on";

    private (int Last, string? Cue) StripTrailingCueWords(List<Token> tokens, int first, int runEnd)
    {
        for (var last = runEnd; last > first; last--)
        {
            var w = tokens[last].Lower;
            if (IsOrganizationWord(tokens, last)) continue;
            foreach (var kind in new[] { "admin1", "admin2", "site", "town" })
                if (lexicon.IsCue($"{kind}-after", w))
                    return (last - 1, kind);
        }
        return (runEnd, null);
    }

    /// <summary>Reads the words around a candidate: qualifiers, kind cues, location and actor use.</summary>
    private void Annotate(Document doc, List<Token> tokens, PlaceCandidate c)
    {
        var text = doc.Text;
        var before = WordsBefore(text, tokens, c.FirstToken, 5);
        var after = WordsAfter(text, tokens, c.LastToken, 4);
        // "the California Department of Public Health" names an office, not a department (admin region) called California.
        if (c.LastToken + 1 < tokens.Count && IsOrganizationWord(tokens, c.LastToken + 1)) after = [];
        var beforeNoDirection = before.SkipWhile(w => lexicon.IsCue("direction", w)).ToList();
        c.Directional = before.Count > 0 && before[0] != "the" && lexicon.IsCue("direction", before[0]);

        // "near the town of X" qualifies X as much as "near X" does.
        var beforeKind = WithoutCue(before, "town-before");
        if (EndsWithCue(beforeKind, "outskirts-before") || StartsWithCue(after, "outskirts-after")) c.Qualifier = "outskirts";
        else if (EndsWithCue(beforeKind, "countryside-before") || StartsWithCue(after, "countryside-after")) c.Qualifier = "countryside";
        else if (EndsWithCue(beforeKind, "near")) c.Qualifier = "near";

        c.KindCue ??= StartsWithCue(after, "admin1-after") || EndsWithCue(before, "admin1-before") ? "admin1"
            : StartsWithCue(after, "admin2-after") || EndsWithCue(before, "admin2-before") ? "admin2"
            : StartsWithCue(after, "site-after") ? "site"
            : StartsWithCue(after, "town-after") || EndsWithCue(before, "town-before") ? "town"
            : null;
        // "X is a strategic province that...": a copula naming the kind.
        if (c.KindCue is null && after.Count >= 3 && after[0] is "is" or "was" or "remains" && after[1] is "a" or "an" or "the")
        {
            var rest = WordsAfter(text, tokens, c.LastToken, 8).Skip(2).Take(5).ToList();
            if (rest.Any(w => lexicon.IsCue("admin1-after", w))) c.KindCue = "admin1";
            else if (rest.Any(w => lexicon.IsCue("admin2-after", w))) c.KindCue = "admin2";
        }
        c.LocationContext = EndsWithCue(beforeNoDirection, "place-before") || EndsWithCue(before, "town-before") || c.Qualifier is not null;

        var tail = text.Substring(c.Span.End, Math.Min(12, text.Length - c.Span.End));
        c.ActorContext = tail.StartsWith("'s", StringComparison.Ordinal) || tail.StartsWith("’s", StringComparison.Ordinal) ||
                         lexicon.Cues("actor-after").Any(p => tail.StartsWith(p[0], StringComparison.OrdinalIgnoreCase));
    }

    // Words before token i, nearest first, stopping at sentence punctuation.
    private static List<string> WordsBefore(string text, List<Token> tokens, int i, int max)
    {
        var words = new List<string>();
        for (var k = i - 1; k >= 0 && words.Count < max; k--)
        {
            var gap = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End);
            if (gap.IndexOfAny(".!?;:\n\u2028\u2029\"“”(),") >= 0 && !(gap.Trim().Length == 1 && gap.Trim()[0] == '.' && tokens[k].Text.Length <= 4)) break;
            words.Add(tokens[k].Lower.TrimEnd('.'));
        }
        return words;
    }

    private static List<string> WordsAfter(string text, List<Token> tokens, int j, int max)
    {
        var words = new List<string>();
        for (var k = j + 1; k < tokens.Count && words.Count < max; k++)
        {
            var gap = text.AsSpan(tokens[k - 1].End, tokens[k].Start - tokens[k - 1].End);
            if (gap.IndexOfAny(".!?;:\n\u2028\u2029\"“”(),") >= 0) break;
            words.Add(tokens[k].Lower);
        }
        return words;
    }

    // before is nearest-first; a cue phrase "outskirts of" must read "of", "outskirts" there.
    /// <summary>The words before a candidate with the longest cue of this kind that ends them removed.</summary>
    private List<string> WithoutCue(List<string> before, string kind)
    {
        var longest = 0;
        foreach (var phrase in lexicon.Cues(kind))
        {
            if (phrase.Length > before.Count || phrase.Length <= longest) continue;
            var ok = true;
            for (var k = 0; k < phrase.Length && ok; k++) ok = before[k] == phrase[phrase.Length - 1 - k];
            if (ok) longest = phrase.Length;
        }
        return longest == 0 ? before : before.Skip(longest).ToList();
    }

    private bool EndsWithCue(List<string> before, string kind) => WithoutCue(before, kind).Count < before.Count;

    private bool StartsWithCue(List<string> after, string kind)
    {
        foreach (var phrase in lexicon.Cues(kind))
        {
            if (phrase.Length > after.Count) continue;
            var ok = true;
            for (var k = 0; k < phrase.Length && ok; k++) ok = after[k] == phrase[k];
            if (ok) return true;
        }
        return false;
    }

    private bool IsNotPlace(string name) => lexicon.NotPlaces.Contains(name.ToLowerInvariant().Trim());
    private bool IsCommonWord(string word) => lexicon.CommonWords.Contains(word.ToLowerInvariant());

    private static bool IsMajor(GazetteerMatch m) =>
        m.Entry.Kind is PlaceKind.Country or PlaceKind.Admin1 or PlaceKind.WorldRegion || m.Entry.Population >= 100_000 || m.Entry.FeatureCode == "PPLC";

    /// <summary>Drops person names, common words and stop-listed names, or keeps only the major places they could mean.</summary>
    private bool Keep(Document doc, List<Token> tokens, PlaceCandidate c)
    {
        var text = doc.Text;
        if (c.Rule == "abbreviation") return true;
        if (IsNotPlace(c.Text)) return false;
        var before = WordsBefore(text, tokens, c.FirstToken, 2);
        // "President X", "Colonel Victoria X": a capitalized run right after a title is a person's name.
        var runStart = c.FirstToken;
        while (runStart > 0 && TextTokens.Adjacent(text, tokens[runStart - 1], tokens[runStart]) && tokens[runStart - 1].Capitalized &&
               !lexicon.IsCue("title-before", tokens[runStart - 1].Lower.TrimEnd('.')))
            runStart--;
        var beforeRun = WordsBefore(text, tokens, runStart, 1);
        if (beforeRun.Count > 0 && lexicon.IsCue("title-before", beforeRun[0])) return false;
        if (runStart > 0 && lexicon.IsCue("title-before", tokens[runStart - 1].Lower.TrimEnd('.')) && tokens[runStart - 1].Capitalized) return false;
        if (c.DemonymOf is not null) return true;

        var single = c.FirstToken == c.LastToken;
        var first = tokens[c.FirstToken];
        var initial = TextTokens.IsSentenceInitial(text, first);
        var prevCapitalized = c.FirstToken > 0 && TextTokens.Adjacent(text, tokens[c.FirstToken - 1], first) &&
                              tokens[c.FirstToken - 1].Capitalized && !IsLowerConnector(tokens[c.FirstToken - 1]);
        var after = WordsAfter(text, tokens, c.LastToken, 1);
        var speech = (after.Count > 0 && lexicon.IsCue("speech-after", after[0])) || (before.Count > 0 && lexicon.IsCue("speech-after", before[0]));
        var nextCapitalized = c.LastToken + 1 < tokens.Count && TextTokens.Adjacent(text, tokens[c.LastToken], tokens[c.LastToken + 1]) &&
                              tokens[c.LastToken + 1].Capitalized && !tokens[c.LastToken + 1].Arabic;

        // "Pont-Sonde": the tail of a hyphenated name also ends a longer name, though the hyphen split it off.
        var compoundTail = c.FirstToken > 0 && first.Start > 0 && text[first.Start - 1] == '-' && tokens[c.FirstToken - 1].End == first.Start - 1 &&
                           tokens[c.FirstToken - 1].Capitalized;
        c.EndsLongerName = (prevCapitalized || compoundTail) && !c.IsDateline;
        // "Francisco Duque", "Omar Abu Layla said": the end of a longer capitalized name is a person or an organization.
        var suspicious = prevCapitalized && !c.IsDateline && c.KindCue is null;
        if (speech && !c.LocationContext && !c.IsDateline) suspicious |= single;
        if (single && IsCommonWord(first.Text) && c.KindCue is null && !c.IsDateline)
        {
            if (initial && !c.LocationContext)
            {
                c.OpensSentenceAsCommonWord = true;
                return false;
            }
            suspicious = true;
        }
        if (suspicious)
        {
            // "Steven Chu": a town known by another name (Chuzhou) is not read into the end of a person's name.
            c.Matches = c.Matches.Where(m => IsMajor(m) && (m.IsPrimaryName || m.Entry.Kind != PlaceKind.Populated || !prevCapitalized || first.Arabic)).ToList();
            if (c.Matches.Count == 0) return false;
        }
        // "Quds Force", "Abu Layla": a name that runs on into more capitalized words keeps only well-known places by their main name.
        if (nextCapitalized && !c.IsDateline && c.KindCue is null)
        {
            c.Matches = c.Matches.Where(m => IsMajor(m) && (m.IsPrimaryName || m.Entry.Kind != PlaceKind.Populated)).ToList();
            if (c.Matches.Count == 0) return false;
        }
        // A second-level region named bare by a single word is a place only where the text uses it as one.
        if (!c.LocationContext && c.KindCue is null && single && (initial || speech))
        {
            c.Matches = c.Matches.Where(m => m.Entry.Kind != PlaceKind.Admin2).ToList();
            if (c.Matches.Count == 0) return false;
        }
        // A title-case token whose letters are all capitals ("ISIS") is an acronym, not a place.
        if (single && first.Text.Length <= 5 && first.Text.All(char.IsUpper) && !c.IsDateline && !c.Matches.Any(IsMajor)) return false;
        return c.Matches.Count > 0 || c.Rule == "unknown";
    }

    // "between X and Y": both are qualified as "between" (the event lies somewhere between them).
    private static void MarkBetween(List<Token> tokens, List<PlaceCandidate> found)
    {
        for (var k = 0; k < found.Count; k++)
        {
            var c = found[k];
            if (c.FirstToken == 0 || tokens[c.FirstToken - 1].Lower != "between") continue;
            if (k + 1 < found.Count && found[k + 1].FirstToken == c.LastToken + 2 && tokens[c.LastToken + 1].Lower == "and")
            {
                c.Qualifier = "between";
                found[k + 1].Qualifier = "between";
            }
        }
    }

    /// <summary>The dateline's span: the segmenter's when it found one, else a leading "CITY, Country (" / "CITY:" line.</summary>
    private static TextSpan? DatelineSpan(Document doc)
    {
        if (doc.Dateline is { } d) return d.Span;
        // Same length as the text's head, so offsets hold; Unicode line separators count as line breaks.
        var head = (doc.Text.Length > 800 ? doc.Text[..800] : doc.Text).Replace('\u2028', '\n').Replace('\u2029', '\n');
        var m = DatelinePattern().Match(head);
        if (!m.Success) return null;
        var g = m.Groups["place"];
        var end = m.Groups["country"].Success ? m.Groups["country"].Index + m.Groups["country"].Length : g.Index + g.Length;
        return new TextSpan(g.Index, end);
    }
}
