namespace Sitrep.Core;

/// <summary>ACLED interaction codes for one actor.</summary>
public enum ActorCategory
{
    StateForces = 1, RebelGroup = 2, PoliticalMilitia = 3, IdentityMilitia = 4,
    Rioters = 5, Protesters = 6, Civilians = 7, ExternalForces = 8,
}

/// <summary>An actor named or described in the text, resolved to an ACLED-style canonical name.</summary>
public sealed record ActorMention(TextSpan Span, string Text, string CanonicalName, ActorCategory Category, Provenance By)
{
    public int Sentence { get; init; } = -1;
    /// <summary>ISO2 of the country the actor belongs to (its state, or where a group is based), when known.</summary>
    public string? HomeCountry { get; init; }
    /// <summary>For "X-backed militias": the backer, coded as an associated actor.</summary>
    public string? AssociatedActor { get; init; }
    /// <summary>Dictionary entry id the mention matched, or null for a generic description.</summary>
    public string? EntryId { get; init; }
    /// <summary>True for generic descriptions ("gunmen", "civilians") whose name depends on the event's country.</summary>
    public bool IsGeneric { get; init; }
    /// <summary>Speakers and institutions (monitors, ministries, spokesmen) rather than parties to violence.</summary>
    public bool IsSourceOnly { get; init; }

    /// <summary>The interaction code; a state's forces acting outside their own country are External (8).</summary>
    public int InterIn(string? eventCountryIso2) =>
        Category == ActorCategory.StateForces && HomeCountry is { } h && eventCountryIso2 is { } c &&
        !string.Equals(h, c, StringComparison.OrdinalIgnoreCase)
            ? (int)ActorCategory.ExternalForces
            : (int)Category;
}
