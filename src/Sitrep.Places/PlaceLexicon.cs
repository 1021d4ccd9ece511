namespace Sitrep.Places;

/// <summary>The word lists recognition uses: context cues, names that are not places, common English words, abbreviations.</summary>
public sealed class PlaceLexicon
{
    private readonly Dictionary<string, List<string[]>> _cues = new(StringComparer.Ordinal);

    public HashSet<string> NotPlaces { get; } = new(StringComparer.Ordinal);
    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);
    /// <summary>Case-sensitive abbreviation → gazetteer id ("U.S." → country:US).</summary>
    public Dictionary<string, string> Abbreviations { get; } = new(StringComparer.Ordinal);

    public static PlaceLexicon Load(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "gazetteer");
        var lex = new PlaceLexicon();
        foreach (var line in DataLines(Path.Combine(folder, "cues.tsv")))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0) continue;
            lex.AddCue(line[..tab], line[(tab + 1)..]);
        }
        foreach (var line in DataLines(Path.Combine(folder, "not-places.txt"))) lex.NotPlaces.Add(line.Trim().ToLowerInvariant());
        foreach (var line in DataLines(Path.Combine(folder, "common-words.txt"))) lex.CommonWords.Add(line.Trim());
        foreach (var line in DataLines(Path.Combine(folder, "abbreviations.tsv")))
        {
            var f = line.Split('\t');
            if (f.Length == 2) lex.Abbreviations[f[0]] = f[1];
        }
        return lex;
    }

    private static IEnumerable<string> DataLines(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"Sitrep's place lexicon {path} is missing");
        return File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#');
    }

    public void AddCue(string kind, string phrase)
    {
        if (!_cues.TryGetValue(kind, out var list)) _cues[kind] = list = [];
        list.Add(phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public IReadOnlyList<string[]> Cues(string kind) => _cues.TryGetValue(kind, out var l) ? l : [];

    public bool IsCue(string kind, string word)
    {
        foreach (var c in Cues(kind))
            if (c.Length == 1 && c[0] == word) return true;
        return false;
    }
}
