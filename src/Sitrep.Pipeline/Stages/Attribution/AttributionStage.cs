using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

public sealed class AttributionStage : IStage
{
    public string Name => "attribution";

    public static AttributionStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
