namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>
/// Phrases stored word by word, built once and walked over a document's words. Acronyms keep their case: a pattern word of
/// two or three capitals ("IS", "PDF") matches only a word in capitals, one of four or more ("ISIS") also its Title case
/// ("Isis"); every other word matches in any case. The last word of a phrase may also match its plural.
/// </summary>
public sealed class PhraseTrie<T>
{
    private const string ExactPrefix = "\u0001";
    private const string UpperOrTitlePrefix = "\u0002";
    private const string MixedCasePrefix = "\u0003";

    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node root = new();

    public int Count { get; private set; }

    /// <summary>The keys a pattern is stored under, one per word (with its case rule), or null if it holds no word.</summary>
    public static string[]? KeysOf(string pattern)
    {
        var words = ActorTokens.OfPattern(pattern);
        if (words.Count == 0) return null;
        var keys = new string[words.Count];
        for (var i = 0; i < words.Count; i++) keys[i] = KeyOf(pattern, words[i]);
        return keys;
    }

    private static string KeyOf(string pattern, ActorToken word)
    {
        // "LeT", "JeM": a capital inside the word marks an acronym that must keep its exact case ("Let" is a word).
        if (word.Shape == WordShape.Mixed) return MixedCasePrefix + pattern[word.Start..word.End];
        if (word.Shape != WordShape.Upper) return word.Key;
        var letters = 0;
        for (var p = word.Start; p < word.End; p++) if (char.IsLetter(pattern[p])) letters++;
        return letters <= 3 ? ExactPrefix + word.Key : UpperOrTitlePrefix + word.Key;
    }

    /// <summary>True when the key only matches words in capitals (a short acronym).</summary>
    public static bool IsShortAcronym(string key) => key.StartsWith(ExactPrefix, StringComparison.Ordinal);

    /// <summary>The same phrase keyed for matching without its case rules, to find duplicates across files.</summary>
    public static string Normalized(string[] keys) => string.Join(' ', keys.Select(k => k[0] == '\u0003' ? k.ToLowerInvariant() : k));

    public void Add(string pattern, T value, bool plural = true)
    {
        var keys = KeysOf(pattern) ?? throw new ArgumentException($"pattern \"{pattern}\" holds no word");
        Insert(keys, value);
        if (!plural) return;
        var last = keys[^1];
        if (last[0] is '\u0001' or '\u0002' or '\u0003') return;
        foreach (var form in PluralsOf(last))
        {
            var variant = (string[])keys.Clone();
            variant[^1] = form;
            Insert(variant, value);
        }
    }

    /// <summary>Regular English plurals of a lower-case word: troop/troops, militia/militias, proxy/proxies, gunman/gunmen.</summary>
    public static IEnumerable<string> PluralsOf(string word)
    {
        if (word.Length < 3 || !char.IsLetter(word[^1])) yield break;
        if (word.EndsWith("man", StringComparison.Ordinal)) { yield return word[..^3] + "men"; yield break; }
        if (word.EndsWith('y') && !"aeiou".Contains(word[^2])) { yield return word[..^1] + "ies"; yield break; }
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
        { yield return word + "es"; yield break; }
        yield return word + "s";
    }

    private void Insert(string[] keys, T value)
    {
        var node = root;
        foreach (var key in keys)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(key, out var child)) node.Next[key] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
    }

    /// <summary>Every stored phrase that starts at word <paramref name="start"/>: its end (exclusive word index) and values.</summary>
    public IReadOnlyList<(int End, IReadOnlyList<T> Values)> Walk(ActorTokens words, int start)
    {
        // Most words start no phrase: answer those without allocating.
        if (start >= words.Count || !Starts(words, start)) return [];
        var found = new List<(int, IReadOnlyList<T>)>();
        var frontier = new List<Node> { root };
        var next = new List<Node>();
        for (var j = start; j < words.Count && frontier.Count > 0; j++)
        {
            if (j > start && !words.Joined(j)) break;
            var word = words[j];
            next.Clear();
            foreach (var node in frontier)
            {
                if (node.Next is null) continue;
                if (node.Next.TryGetValue(word.Key, out var child)) next.Add(child);
                if (word.Shape == WordShape.Upper && node.Next.TryGetValue(ExactPrefix + word.Key, out child)) next.Add(child);
                if (word.Shape is WordShape.Upper or WordShape.Title && node.Next.TryGetValue(UpperOrTitlePrefix + word.Key, out child)) next.Add(child);
                if (word.Shape == WordShape.Mixed && node.Next.TryGetValue(MixedCasePrefix + words.Raw(j), out child)) next.Add(child);
            }
            List<T>? values = null;
            foreach (var node in next)
                if (node.Values is not null) (values ??= []).AddRange(node.Values);
            if (values is not null) found.Add((j + 1, values));
            (frontier, next) = (next, frontier);
        }
        return found;
    }

    private bool Starts(ActorTokens words, int start)
    {
        if (root.Next is null) return false;
        var word = words[start];
        return root.Next.ContainsKey(word.Key) ||
               word.Shape == WordShape.Upper && root.Next.ContainsKey(ExactPrefix + word.Key) ||
               word.Shape is WordShape.Upper or WordShape.Title && root.Next.ContainsKey(UpperOrTitlePrefix + word.Key) ||
               word.Shape == WordShape.Mixed && root.Next.ContainsKey(MixedCasePrefix + words.Raw(start));
    }

    /// <summary>The longest stored phrase starting at <paramref name="start"/>, as its end word index, or -1.</summary>
    public int LongestAt(ActorTokens words, int start)
    {
        var end = -1;
        foreach (var (e, _) in Walk(words, start)) end = Math.Max(end, e);
        return end;
    }
}
