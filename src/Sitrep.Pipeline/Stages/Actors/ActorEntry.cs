using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>Where a dictionary pattern counts: anywhere, right after a country word, or after "X-backed".</summary>
public enum ActorContext { Standalone, AfterCountry, AfterBacker }

/// <summary>One line of an actor dictionary (data/actors/*.jsonl).</summary>
public sealed record ActorEntry(string Id, string Name, ActorCategory Category, IReadOnlyList<string> Patterns)
{
    public string? HomeCountry { get; init; }
    public IReadOnlyList<ActorContext> Contexts { get; init; } = [ActorContext.Standalone];
    /// <summary>After a country word, the name still takes the event's country (Civilians); the word only sets the home country.</summary>
    public bool CountryFromEvent { get; init; }
    public bool SourceOnly { get; init; }
    public double? Confidence { get; init; }
    /// <summary>Where the entry was read from, for messages: "actors/armed-groups.jsonl:12".</summary>
    public string Origin { get; init; } = "";

    public bool NeedsCountry => Name.Contains(CountryNames.CountryPlaceholder) || Name.Contains(CountryNames.TheCountryPlaceholder);
    public bool Allows(ActorContext context) => Contexts.Contains(context);
}
