namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>The word lists of data/lexicons/actor-constructions.json (see its schema for what each one does).</summary>
public sealed record ActorConstructions
{
    public int MaxModifiers { get; init; } = 2;
    public IReadOnlyList<string> Modifiers { get; init; } = [];
    public IReadOnlyList<string> Coordinators { get; init; } = [];
    public IReadOnlyList<string> BackingWords { get; init; } = [];
    public IReadOnlyList<string> LeadingWords { get; init; } = [];
    public IReadOnlyList<string> BackedByPhrases { get; init; } = [];
    public IReadOnlyList<string> ProPrefixes { get; init; } = [];
    public IReadOnlyList<string> GovernmentBackers { get; init; } = [];
    public string GovernmentBackerName { get; init; } = "Government";
    public IReadOnlyList<string> MilitiaModifiers { get; init; } = [];
    public IReadOnlyList<string> MemberWords { get; init; } = [];
    public IReadOnlyList<string> MemberPrepositions { get; init; } = [];
    public IReadOnlyDictionary<string, string> CountryBackers { get; init; } = new Dictionary<string, string>();
    public string AgentEntry { get; init; } = "";
    public string SpeakerEntry { get; init; } = "";
    public IReadOnlyList<string> AgentVerbs { get; init; } = [];
    public IReadOnlyList<string> SpeechVerbs { get; init; } = [];
    public IReadOnlyList<string> VerbAdverbs { get; init; } = [];
    public int MaxVerbAdverbs { get; init; } = 3;
    public IReadOnlyList<string> AgentBlockers { get; init; } = [];
    public IReadOnlyDictionary<string, string> SharedTerms { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> AmbiguousWords { get; init; } = [];
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AcronymBlockers { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
