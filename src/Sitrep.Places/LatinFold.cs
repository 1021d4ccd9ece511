namespace Sitrep.Places;

/// <summary>
/// Latin letters with diacritics folded to their lower-case base letter ("Ţ" → 't', "ā" → 'a'), taken from the
/// Unicode canonical decompositions (the runtime's normalization is not available in invariant-globalization mode).
/// </summary>
internal static class LatinFold
{
    // U+00C0..U+024F, then U+1E00..U+1EFF; '\0' where the character has no single base letter.
    private const string Latin1AndExtended = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0yaaaaaaccccccccdd\0\0eeeeeeeeeegggggggghh\0\0iiiiiiiii\0\0\0jjkk\0llllll\0\0\0\0nnnnnn\0\0\0oooooo\0\0rrrrrrsssssssstttt\0\0uuuuuuuuuuuuwwyyyzzzzzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0\0\0\0uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aaiioouuuuuuuuuu\0aaaa\0\0\0\0ggkkoooo\0\0j\0\0\0gg\0\0nnaa\0\0\0\0aaaaeeeeiiiioooorrrruuuusstt\0\0hh\0\0\0\0\0\0aaeeooooooooyy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    private const string ExtendedAdditional = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy\0\0\0\0\0\0aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy\0\0\0\0\0\0";

    public static char Base(char c)
    {
        if (c >= '\u00C0' && c <= '\u024F') return Latin1AndExtended[c - 0x00C0];
        if (c >= '\u1E00' && c <= '\u1EFF') return ExtendedAdditional[c - 0x1E00];
        return '\0';
    }

    /// <summary>
    /// A name as ACLED writes places, in plain Latin letters: "Khān Yūnis" → "Khan Yunis", "I‘zāz" → "I'zaz". Case is kept;
    /// letters with no single base letter and other scripts are left as they are.
    /// </summary>
    public static string Plain(string name)
    {
        var changed = false;
        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            char plain = c is '‘' or '’' or 'ʿ' or 'ʾ' or 'ʼ' or '`' or '´' ? '\'' : Base(c) is var b and not '\0' ? (char.IsUpper(c) ? char.ToUpperInvariant(b) : b) : c;
            if (plain == c) continue;
            chars[i] = plain;
            changed = true;
        }
        return changed ? new string(chars) : name;
    }
}
