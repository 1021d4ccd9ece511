using System.Globalization;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// Turns a place name into the keys used both to index the gazetteer and to look names up, so that
/// transliteration variants meet: "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr" and "Dair al-Zour" share a key.
/// </summary>
public static class NameKey
{
    /// <summary>Bumped whenever the keys change, so precomputed keys in the built-in gazetteer are recomputed, not trusted.</summary>
    public const int Version = 1;

    // Arabic articles as transliterated on their own ("al-", "ez-", "ash-"); they carry no identity.
    private static readonly HashSet<string> Articles =
    [
        "al", "el", "ad", "ar", "as", "at", "az", "an", "ash", "ath", "adh", "ed", "er", "es", "et", "ez", "en", "esh",
        "ul", "ud", "ur", "us", "ut", "uz", "un", "l",
    ];

    // Letters an assimilated article doubles ("Ezzor" = ez-Zor, "Arraqqa" = ar-Raqqa).
    private const string SunLetters = "tdrzsnl";

    /// <summary>The main key: case, diacritics, apostrophes, hyphens, articles, doubled letters and common vowel spellings folded.</summary>
    public static string Exact(string name)
    {
        var words = Words(name);
        if (words.Count == 0) return "";
        if (words.IsArabic) return string.Join(' ', words.Items);
        var sb = new StringBuilder(name.Length);
        for (var i = 0; i < words.Items.Count; i++)
        {
            var w = words.Items[i];
            var last = i == words.Items.Count - 1;
            if (!last && Articles.Contains(w)) continue;
            if (i > 0) w = StripGluedArticle(w);
            if (w.Length == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            FoldVowels(w, sb);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// A looser key for a second lookup: vowels reduced to their pattern, consonant digraphs merged,
    /// spaces dropped ("Tal Afar" = "Tallafar", "Idleb" = "Idlib", "Qaim" = "Kaim").
    /// </summary>
    public static string Loose(string name) => LooseFromExact(Exact(name));

    public static string LooseFromExact(string exact)
    {
        if (exact.Length == 0) return "";
        if (exact[0] >= '\u0600') return exact.Replace(" ", "");
        var sb = new StringBuilder(exact.Length);
        var wordStart = true;
        for (var i = 0; i < exact.Length; i++)
        {
            var c = exact[i];
            if (c == ' ') { wordStart = true; continue; }
            var next = i + 1 < exact.Length ? exact[i + 1] : '\0';
            char mapped;
            if ((c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 's' || c == 'p') && next == 'h')
            {
                mapped = c switch { 'k' => 'k', 'g' => 'g', 'd' => 'd', 't' => 't', 's' => 's', _ => 'f' };
                i++;
            }
            else if (c == 'c' && next == 'h') { mapped = 's'; i++; }
            else if (c == 'c' && next == 'k') { mapped = 'k'; i++; }
            else if (c == 'd' && next == 'j') { mapped = 'j'; i++; }
            else mapped = c switch { 'q' => 'k', 'c' => 'k', 'v' => 'w', _ => c };
            // y and w are vowels unless they open a word or a syllable; a glide between vowels ("Paktiya") is dropped too.
            var glide = mapped is 'y' && i > 0 && IsVowelAt(exact, i - 1) && IsVowelAt(exact, i + 1) && exact[i - 1] is 'i' or 'e';
            var vowel = glide || mapped is 'a' or 'e' or 'i' or 'o' or 'u' || (mapped is 'y' or 'w' && !wordStart && !IsVowelAt(exact, i + 1));
            if (vowel) mapped = 'a';
            if (sb.Length > 0 && sb[^1] == mapped) { wordStart = false; continue; }
            sb.Append(mapped);
            wordStart = false;
        }
        // A final vowel pattern plus "h" ("Raqqah"/"Raqqa") was already folded by Exact; trailing vowels vary too.
        return sb.ToString();
    }

    private static bool IsVowelAt(string s, int i) => i < s.Length && s[i] is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>True when the text holds letters of a script Sitrep indexes (Latin or Arabic).</summary>
    public static bool IsIndexable(string name)
    {
        var letters = 0;
        foreach (var c in name)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < '\u0250' || (c >= '\u1E00' && c <= '\u1EFF') || (c >= '\u0600' && c <= '\u06FF')) continue;
            return false;
        }
        return letters >= 2;
    }

    private static string StripGluedArticle(string w)
    {
        // "ezzor" -> "zor", "assuwayda" -> "suwayda"; only past the first word so "Essen" and "Assad" keep theirs.
        if (w.Length >= 5 && w[0] is 'a' or 'e' or 'u' && SunLetters.Contains(w[1]) && w[2] == w[1]) return w[2..];
        if (w.Length >= 6 && w[0] is 'a' or 'e' && w[1] == 's' && w[2] == 'h' && w[3] == 's' && w[4] == 'h') return w[3..];
        return w;
    }

    private static void FoldVowels(string w, StringBuilder sb)
    {
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var after = i + 2 < w.Length ? w[i + 2] : '\0';
            if ((c == 'o' && next is 'u' or 'o') || (c == 'a' && next == 'w' && !IsVowel(after) && i > 0))
            {
                Append(sb, 'u');
                i++;
                continue;
            }
            if ((c == 'e' && next is 'i' or 'y') || (c == 'a' && next == 'i'))
            {
                Append(sb, 'a');
                Append(sb, 'y');
                i++;
                continue;
            }
            if (c == 'o') c = 'u';
            if (c == 'h' && i == w.Length - 1 && i >= 2 && w[i - 1] is 'a' or 'e') continue;
            Append(sb, c);
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void Append(StringBuilder sb, char c)
    {
        if (sb.Length > 0 && sb[^1] == c) return; // doubled letters
        sb.Append(c);
    }

    private readonly record struct WordList(List<string> Items, bool IsArabic)
    {
        public int Count => Items.Count;
    }

    private static WordList Words(string name)
    {
        var items = new List<string>(4);
        var arabic = false;
        // Precomposed letters fold through LatinFold; combining marks of decomposed text are skipped below.
        var decomposed = name;
        var sb = new StringBuilder(decomposed.Length);
        void Flush()
        {
            if (sb.Length == 0) return;
            var w = sb.ToString();
            sb.Clear();
            if (arabic) w = ArabicWord(w);
            if (w.Length > 0) items.Add(w);
        }
        foreach (var ch in decomposed)
        {
            if (ch < 0x80)
            {
                if (ch is >= 'a' and <= 'z') sb.Append(ch);
                else if (ch is >= 'A' and <= 'Z') sb.Append((char)(ch + 32));
                else if (ch is '\'' or '`') continue;
                else Flush();
                continue;
            }
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (ch is '\'' or '’' or '‘' or 'ʿ' or 'ʾ' or '`' or '´' or 'ʻ' or 'ʼ' or '′') continue;
            if (ch >= '\u0600' && ch <= '\u06FF')
            {
                if (ch is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640') continue; // harakat, tatweel
                arabic = true;
                sb.Append(ArabicLetter(ch));
                continue;
            }
            if (char.IsLetter(ch))
            {
                var lower = char.ToLowerInvariant(ch);
                var folded = FoldLatin(lower);
                var baseLetter = LatinFold.Base(lower);
                if (folded is not null) sb.Append(folded);
                else if (baseLetter != '\0') sb.Append(baseLetter);
                else sb.Append(lower);
                continue;
            }
            Flush();
        }
        Flush();
        return new WordList(items, arabic);
    }

    private static string? FoldLatin(char c) => c switch
    {
        'ß' => "ss", 'æ' => "ae", 'œ' => "oe", 'ø' => "o", 'ł' => "l", 'đ' => "d", 'ð' => "d", 'ı' => "i", 'þ' => "th", 'ħ' => "h",
        _ => null,
    };

    private static char ArabicLetter(char c) => c switch
    {
        'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
        'ة' => 'ه',
        'ى' => 'ي',
        'ؤ' => 'و',
        'ئ' => 'ي',
        'ک' => 'ك',
        'ی' => 'ي',
        _ => c,
    };

    private static string ArabicWord(string w) => w.Length > 3 && w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w;
}
