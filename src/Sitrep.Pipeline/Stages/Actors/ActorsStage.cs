using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Actors;

public sealed class ActorsStage : IStage
{
    public string Name => "actors";

    public static ActorsStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
