using System.Globalization;
using System.Text;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>How a word is capitalised; acronym patterns ("IS", "PDF") only match words in capitals.</summary>
public enum WordShape { Lower, Upper, Title, Mixed, Possessive }

/// <summary>A word of the text: its offsets, its matching key (lower case, no accents, no inner apostrophes) and its shape.</summary>
public readonly record struct ActorToken(int Start, int End, string Key, WordShape Shape)
{
    public bool IsPossessive => Shape == WordShape.Possessive;
}

/// <summary>
/// Splits text into the words actor patterns are matched on. "U.S." is one word (key "us"), "Sana'a" one word ("sanaa"),
/// and a possessive "'s" a word of its own, so "Iran's army" and the pattern "{country}'s army" line up.
/// </summary>
public sealed class ActorTokens
{
    public const string PossessiveKey = "'s";
    private readonly string text;

    public ActorTokens(string text)
    {
        this.text = text;
        Items = Tokenize(text);
    }

    public IReadOnlyList<ActorToken> Items { get; }
    public int Count => Items.Count;
    public ActorToken this[int index] => Items[index];

    /// <summary>True when token i follows token i-1 within one phrase: only spaces, a single line break, hyphens, slashes, apostrophes or '&amp;' between them.</summary>
    public bool Joined(int i)
    {
        if (i <= 0 || i >= Items.Count) return false;
        var newlines = 0;
        for (var p = Items[i - 1].End; p < Items[i].Start; p++)
        {
            var c = text[p];
            if (c == '\n' && ++newlines > 1) return false;
            if (!(char.IsWhiteSpace(c) || IsHyphen(c) || c == '/' || c == '&' || IsApostrophe(c))) return false;
        }
        return true;
    }

    /// <summary>True when token i follows token i-1 across a hyphen ("Iran-backed", "U.S.-led").</summary>
    public bool HyphenBefore(int i)
    {
        if (i <= 0 || i >= Items.Count || !Joined(i)) return false;
        for (var p = Items[i - 1].End; p < Items[i].Start; p++)
            if (IsHyphen(text[p])) return true;
        return false;
    }

    /// <summary>Word i as written.</summary>
    public string Raw(int i) => text[Items[i].Start..Items[i].End];

    /// <summary>True when word i starts with a capital letter, as country names and demonyms do.</summary>
    public bool StartsUpper(int i) => char.IsUpper(text[Items[i].Start]);

    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013';
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    /// <summary>The keys a pattern is stored under, or an empty list when it holds no word.</summary>
    public static IReadOnlyList<ActorToken> OfPattern(string pattern) => Tokenize(pattern);

    private static List<ActorToken> Tokenize(string text)
    {
        var tokens = new List<ActorToken>();
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (TryDotted(text, i, out var dottedEnd))
                {
                    tokens.Add(Make(text, i, dottedEnd));
                    i = dottedEnd;
                    continue;
                }
                var start = i;
                while (i < n)
                {
                    if (IsWordChar(text[i])) { i++; continue; }
                    // An apostrophe inside a word (Sana'a, Ta'ang) is part of it; "'s" at a word's end is a possessive.
                    if (IsApostrophe(text[i]) && i + 1 < n && IsWordChar(text[i + 1]) && !IsPossessiveAt(text, i)) { i++; continue; }
                    break;
                }
                tokens.Add(Make(text, start, i));
                continue;
            }
            if (IsApostrophe(c) && i > 0 && IsWordChar(text[i - 1]) && IsPossessiveAt(text, i))
            {
                tokens.Add(new ActorToken(i, i + 2, PossessiveKey, WordShape.Possessive));
                i += 2;
                continue;
            }
            i++;
        }
        return tokens;
    }

    private static bool IsPossessiveAt(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && (text[apostrophe + 1] is 's' or 'S') &&
        (apostrophe + 2 >= text.Length || !IsWordChar(text[apostrophe + 2]));

    /// <summary>"U.S.", "U.N.", "D.R.C.": single letters each followed by a period, at least two of them.</summary>
    private static bool TryDotted(string text, int i, out int end)
    {
        end = i;
        if (i > 0 && IsWordChar(text[i - 1])) return false;
        var pairs = 0;
        var p = i;
        while (p + 1 < text.Length && char.IsLetter(text[p]) && text[p + 1] == '.')
        {
            pairs++;
            p += 2;
            if (!(p + 1 < text.Length && char.IsLetter(text[p]) && text[p + 1] == '.')) break;
        }
        if (pairs < 2 || p < text.Length && IsWordChar(text[p])) return false;
        end = p;
        return true;
    }

    private static ActorToken Make(string text, int start, int end)
    {
        var raw = text.AsSpan(start, end - start);
        var key = new StringBuilder(raw.Length);
        int letters = 0, upper = 0;
        var firstUpper = false;
        foreach (var ch in raw)
        {
            if (ch == '.' || IsApostrophe(ch)) continue;
            if (char.IsLetter(ch))
            {
                if (letters == 0) firstUpper = char.IsUpper(ch);
                letters++;
                if (char.IsUpper(ch)) upper++;
            }
            key.Append(char.ToLowerInvariant(ch));
        }
        var shape = letters == 0 ? WordShape.Lower
            : upper == letters ? WordShape.Upper
            : upper == 0 ? WordShape.Lower
            : firstUpper && upper == 1 ? WordShape.Title
            : WordShape.Mixed;
        return new ActorToken(start, end, Fold(key.ToString()), shape);
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Drops accents so "Côte" and "Cote" share a key (by table: invariant globalization cannot decompose).</summary>
    private static string Fold(string key)
    {
        var ascii = true;
        foreach (var ch in key) if (ch > 127) { ascii = false; break; }
        if (ascii) return key;
        var sb = new StringBuilder(key.Length);
        foreach (var ch in key)
        {
            var at = ch > 127 ? Accented.IndexOf(ch) : -1;
            if (at >= 0) sb.Append(Plain[at]);
            else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) sb.Append(ch);
        }
        return sb.ToString();
    }

    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżžșțǎǐǒǔ";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzzstaiou";
}
