namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>Character classes segmentation relies on, including the Unicode line and paragraph separators.</summary>
internal static class TextChars
{
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '…';
    public static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or ')' or ']' or '»';
    public static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '(' or '[' or '«';
    public static bool IsBullet(char c) => c is '•' or '·' or '▪' or '◦' or '‣' or '-' or '*' or '–' or '—';
}
