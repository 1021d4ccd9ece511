using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Events;

public sealed class EventsStage : IStage
{
    public string Name => "events";

    public static EventsStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
