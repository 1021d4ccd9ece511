using System.Globalization;
using System.Text;

namespace Sitrep.Eval.Text;

/// <summary>Folds names so that spellings differing only in case, accents, spaces or punctuation compare equal.</summary>
public static class NameFold
{
    /// <summary>"Deir Ez-Zor" and "deir ezzor" both fold to "deirezzor".</summary>
    public static string Fold(string? s) => string.Concat(Words(s));

    /// <summary>Lower-case words without accents or punctuation: "Hezb-e-Islami" → hezb, e, islami.</summary>
    public static IReadOnlyList<string> Words(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return [];
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var ch in s)
        {
            var c = char.ToLowerInvariant(ch);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) current.Append(Unaccented(c));
            // Apostrophes and typographic quotes join ("Ma'arat" stays one word).
            else if (c is '\'' or '\u2019' or '\u02BC') continue;
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    // The build runs with invariant globalization, where string.Normalize cannot decompose accents,
    // so the Latin letters found in transliterated place and group names are folded here.
    private const string Accented = "àáâãäåāăąçćčďđèéêëēėęěğìíîïīıķłńñňòóôõöøōőŕřśşšșţťțùúûüūůűųýÿźżžḥṣṭẓ";
    private const string Plain = "aaaaaaaaacccddeeeeeeeegiiiiiiklnnnoooooooorrsssstttuuuuuuuuyyzzzhstz";

    private static char Unaccented(char c)
    {
        var i = c < 128 ? -1 : Accented.IndexOf(c);
        return i >= 0 ? Plain[i] : c;
    }

    /// <summary>True when the words of <paramref name="phrase"/> appear consecutively among the words of <paramref name="text"/>.</summary>
    public static bool ContainsPhrase(string? text, string? phrase)
    {
        var t = Words(text);
        var p = Words(phrase);
        if (p.Count == 0 || p.Count > t.Count) return false;
        for (var i = 0; i + p.Count <= t.Count; i++)
        {
            var all = true;
            for (var j = 0; j < p.Count && all; j++) all = t[i + j] == p[j];
            if (all) return true;
        }
        return false;
    }
}

/// <summary>Groups of spellings of one name ("Kandahar", "Qandahar"); a name outside every group stands for itself.</summary>
public sealed class SpellingGroups
{
    private readonly Dictionary<string, string> _canonical = [];

    public SpellingGroups(IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            if (group.Count == 0) continue;
            var key = NameFold.Fold(group[0]);
            foreach (var spelling in group) _canonical[NameFold.Fold(spelling)] = key;
        }
    }

    public string Canonical(string? name)
    {
        var folded = NameFold.Fold(name);
        return _canonical.GetValueOrDefault(folded, folded);
    }

    public bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && Canonical(a) == Canonical(b);
}
