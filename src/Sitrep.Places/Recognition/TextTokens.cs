namespace Sitrep.Places.Recognition;

/// <summary>A word of the text with its offsets; abbreviations ("U.S.") and hyphenated names ("ez-Zor") are single words.</summary>
public readonly record struct Token(int Start, int End, string Text, bool Capitalized, bool Arabic)
{
    public string Lower => Text.ToLowerInvariant();
}

public static class TextTokens
{
    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʿ' or 'ʾ' or '‘';
    private static bool IsArabicLetter(char c) => c >= '\u0620' && c <= '\u06FF' && c != '\u060C' && c != '\u061B' && c != '\u061F';

    public static List<Token> Split(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (IsArabicLetter(c))
            {
                var s = i;
                while (i < end && (IsArabicLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                tokens.Add(new Token(s, i, text[s..i], true, true));
                continue;
            }
            if (!char.IsLetter(c)) { i++; continue; }
            var st = i;
            // "U.S.", "D.C.": single capitals each followed by a period.
            if (char.IsUpper(c) && i + 3 < end && text[i + 1] == '.' && char.IsUpper(text[i + 2]) && text[i + 3] == '.')
            {
                while (i + 1 < end && char.IsUpper(text[i]) && text[i + 1] == '.') i += 2;
                tokens.Add(new Token(st, i, text[st..i], true, false));
                continue;
            }
            while (i < end)
            {
                var ch = text[i];
                if (char.IsLetter(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                if ((ch == '-' || IsApostrophe(ch)) && i + 1 < end && char.IsLetter(text[i + 1]) && !(IsApostrophe(ch) && IsPossessive(text, i, end))) { i++; continue; }
                break;
            }
            var tokenEnd = i;
            tokens.Add(new Token(st, tokenEnd, text[st..tokenEnd], IsCapitalized(text, st, tokenEnd), false));
        }
        return tokens;
    }

    private static bool IsPossessive(string text, int apostrophe, int end) =>
        apostrophe + 1 < end && text[apostrophe + 1] == 's' && (apostrophe + 2 >= end || !char.IsLetter(text[apostrophe + 2]));

    /// <summary>"Bab", "al-Bab" and "ez-Zor" count as capitalized; "killed" and "pro-government" do not.</summary>
    private static bool IsCapitalized(string text, int start, int end)
    {
        if (char.IsUpper(text[start])) return true;
        for (var i = start; i < end - 1; i++)
            if ((text[i] == '-' || IsApostrophe(text[i])) && char.IsUpper(text[i + 1]) && i - start <= 3) return true; // "ez-Zor", "d'Ivoire"
        return false;
    }

    /// <summary>True when only spaces (or one line-internal hyphen) separate two tokens.</summary>
    public static bool Adjacent(string text, Token a, Token b)
    {
        if (b.Start - a.End > 2) return false;
        // "Nad ‘Ali", "Pul-e ‘Alam": an ayn mark opening the next word keeps the name together.
        for (var i = a.End; i < b.Start; i++)
            if (text[i] != ' ' && text[i] != '\u00A0' && !(i == b.Start - 1 && text[i] is '‘' or 'ʿ' && i > a.End)) return false;
        return true;
    }

    /// <summary>True when the token opens a sentence (start of text, after . ! ? : a newline or an opening quote).</summary>
    public static bool IsSentenceInitial(string text, Token t)
    {
        for (var i = t.Start - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == ' ' || c == '\t' || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '(' || c == '•' || c == '-' || c == '—') continue;
            return c is '.' or '!' or '?' or '\n' or '\r' or ':' or '\u2028' or '\u2029';
        }
        return true;
    }
}
