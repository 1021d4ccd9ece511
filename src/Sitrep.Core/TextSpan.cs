namespace Sitrep.Core;

/// <summary>A half-open range of character offsets [Start, End) into a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
    public override string ToString() => $"[{Start},{End})";
}
