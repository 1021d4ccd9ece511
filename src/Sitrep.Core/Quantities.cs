namespace Sitrep.Core;

public enum QuantityQualifier { Exact, AtLeast, MoreThan, UpTo, LessThan, About, Range, Vague }

/// <summary>What a number counts.</summary>
public enum CountedThing { Unknown, Killed, Injured, Arrested, Captured, Abducted, Targets, Strikes, Attacks, Displaced, People, Weapons }

/// <summary>
/// A number in the text and what it counts: "at least six killed" → Low 6, High null, AtLeast, Killed.
/// Value is the figure ACLED would code (the conservative one).
/// </summary>
public sealed record Quantity(TextSpan Span, string Text, int Value, int Low, int? High, QuantityQualifier Qualifier,
    CountedThing Counts, Provenance By)
{
    public int Sentence { get; init; } = -1;
    /// <summary>The words that say what is counted ("killed", "deaths", "bunker targets").</summary>
    public TextSpan? CountedSpan { get; init; }
    /// <summary>Who or what was counted, as written ("Afghan soldiers", "suspected insurgents"), when the text says.</summary>
    public TextSpan? SubjectSpan { get; init; }
    public string? Subject { get; init; }
}
