namespace Sitrep.Specs;

/// <summary>
/// Place names reach the records in whatever transliteration the gazetteer holds ("Bent Jbail" for "Bint Jbeil",
/// "At Tarmiyah" for "Tarmiyah"). Two names are close when, without an Arabic article, spaces and marks, they differ
/// by at most one edit in six letters, or only in their vowels after the same first letter. The records' country and
/// region checks tell apart real namesakes that differ only in vowels (Lebanon's Qana, Egypt's Qena).
/// </summary>
public static class PlaceNames
{
    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh"];

    public static IEnumerable<string> Alternatives(ValuePattern pattern) =>
        pattern.IsAny || pattern.IsEmpty
            ? []
            : pattern.Text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(a => !a.Contains('*')).Select(a => a.Trim('"'));

    public static bool Close(string expected, string actual)
    {
        var a = Skeleton(expected);
        var b = Skeleton(actual);
        if (a.Length == 0 || b.Length == 0) return false;
        if (a[0] == b[0] && Consonants(a) == Consonants(b)) return true;
        var allowed = Math.Max(a.Length, b.Length) / 6;
        return Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b) <= allowed;
    }

    /// <summary>Letters and digits only, lower case, accents off, a leading article dropped.</summary>
    public static string Skeleton(string name)
    {
        var words = ValuePattern.Normalize(name)
            .Split([' ', '-', '\'', '\u2018', '\u02BF', '\u02BE', '.'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && Articles.Contains(words[0])) words.RemoveAt(0);
        return new string(string.Concat(words).Where(char.IsLetterOrDigit).ToArray());
    }

    private static string Consonants(string skeleton) => new(skeleton.Where(c => !"aeiouy".Contains(c)).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
