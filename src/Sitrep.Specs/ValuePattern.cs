using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Specs;

/// <summary>
/// An expected value: <c>~</c> accepts anything, <c>null</c> requires an empty value, <c>a | b</c> accepts either,
/// and <c>*</c> inside a value matches any run of characters. Comparison ignores case, accents and extra spaces.
/// </summary>
public sealed class ValuePattern
{
    private readonly Regex[] _alternatives;

    private ValuePattern(string text, bool any, bool empty, Regex[] alternatives)
    {
        Text = text;
        IsAny = any;
        IsEmpty = empty;
        _alternatives = alternatives;
    }

    public string Text { get; }
    public bool IsAny { get; }
    public bool IsEmpty { get; }

    public static ValuePattern Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed == "~") return new ValuePattern(trimmed, true, false, []);
        if (trimmed == "null") return new ValuePattern(trimmed, false, true, []);
        var alternatives = trimmed.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(Unquote)
            .Select(a => new Regex("^" + string.Join(".*", Normalize(a).Split('*').Select(Regex.Escape)) + "$",
                RegexOptions.CultureInvariant | RegexOptions.Singleline))
            .ToArray();
        return new ValuePattern(trimmed, false, false, alternatives);
    }

    public bool Matches(string? actual)
    {
        if (IsAny) return true;
        var norm = Normalize(actual);
        if (IsEmpty) return norm.Length == 0;
        return _alternatives.Any(r => r.IsMatch(norm));
    }

    /// <summary>True when the value matches as a whole, or one of its words or word runs matches (for claim values like "at least 6").</summary>
    public bool MatchesWithin(string? actual)
    {
        if (Matches(actual)) return true;
        var words = Normalize(actual).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
            for (var j = i + 1; j <= words.Length; j++)
                if (Matches(string.Join(' ', words[i..j]).Trim(',', '.', ';', '(', ')'))) return true;
        return false;
    }

    public override string ToString() => Text;

    // Accented Latin letters as GeoNames and ACLED spell place names; the runtime's invariant mode cannot decompose them.
    private const string Accented = "àáâãäåāăąçćĉčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľłñńņňòóôõöøōŏőŕŗřśŝşšșţťțùúûüũūŭůűųŵýÿŷźżžḍḑḥḩṣṭţẓāīūʿ";
    private const string Plain    = "aaaaaaaaaccccddeeeeeeeeegggghhiiiiiiiiijkllllnnnnooooooooorrrssssstttuuuuuuuuuuwyyyzzzddhhsttzaiu'";

    private static char Fold(char c)
    {
        if (c < 128) return c;
        var i = Accented.IndexOf(c);
        return i >= 0 ? Plain[i] : c;
    }

    private static string Unquote(string s) =>
        s.Length >= 2 && s[0] == '"' && s[^1] == '"' ? s[1..^1] : s;

    /// <summary>Lower case, no accents, typographic apostrophes made plain, runs of spaces made one.</summary>
    public static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var sb = new StringBuilder(value.Length);
        var lastSpace = false;
        foreach (var c in value)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var ch = c switch { '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' => '\'', _ => Fold(char.ToLowerInvariant(c)) };
            if (char.IsWhiteSpace(ch))
            {
                if (!lastSpace && sb.Length > 0) sb.Append(' ');
                lastSpace = true;
                continue;
            }
            lastSpace = false;
            sb.Append(ch);
        }
        return sb.ToString().TrimEnd();
    }
}
