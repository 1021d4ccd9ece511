using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>Where a reporting verb's speaker is written: before it ("X said") or after it ("according to X").</summary>
public enum SpeakerSide { Before, After }

/// <summary>One lexicon entry: the forms of a reporting verb and what saying it means.</summary>
public sealed record SpeechVerb(IReadOnlyList<string> Forms, Stance Stance, ClaimKind Kind, SpeakerSide Side,
    bool Inverts, IReadOnlyList<string> TargetPatterns)
{
    /// <summary>True for verbs followed by whom they address ("told reporters that ...").</summary>
    public bool HasAddressee { get; init; }
}

/// <summary>A reporting verb found in a sentence.</summary>
public sealed record SpeechCue(TextSpan Span, SpeechVerb Verb, int Sentence);
