namespace Sitrep.Core;

public enum ClaimKind { Fatalities, Injuries, Arrests, Attribution, Responsibility, Denial, Condemnation, Statement, Prediction }

public enum Stance { Reports, Asserts, Claims, Attributes, Denies, Condemns, Predicts }

/// <summary>Who said what: one source's figure or statement, kept side by side with the others.</summary>
public sealed record Claim(ClaimKind Kind, string? Speaker, Stance Stance, string? Value, TextSpan Span, string Text, Provenance By)
{
    public int Sentence { get; init; } = -1;
    /// <summary>For figures: the number this source gives (conservative reading), for comparison across sources.</summary>
    public int? Number { get; init; }
    /// <summary>For attributions: the actor blamed.</summary>
    public string? Target { get; init; }
    /// <summary>Where the actor blamed is named, for attributions that name one.</summary>
    public TextSpan? TargetSpan { get; init; }
    /// <summary>Where the speaker is named ("police" in ", police said"), when the text names one.</summary>
    public TextSpan? SpeakerSpan { get; init; }
    /// <summary>The reporting verb the claim hangs on ("said", "according to"), when there is one.</summary>
    public TextSpan? Cue { get; init; }
    /// <summary>The words the claim is about: the figure for a toll ("at least six"), the phrase for "zero casualties".</summary>
    public TextSpan? Subject { get; init; }
}
