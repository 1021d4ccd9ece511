using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>
/// Finds the actors a report names or describes and resolves each to an ACLED-style canonical name and interaction
/// category. Names that depend on the event's country keep a {country} / {the country} placeholder
/// (<see cref="CountryNames.Fill"/>) for assembly to fill once the event's country is known.
/// </summary>
public sealed class ActorsStage(ActorMatcher matcher) : IStage
{
    public string Name => "actors";

    public static ActorsStage Create(PipelineOptions options) =>
        new(new ActorMatcher(ActorDictionary.Load(options.DataFolder)));

    public void Process(Document document)
    {
        if (!document.IsReadable) return;
        document.Actors.AddRange(matcher.Match(document));
    }
}
