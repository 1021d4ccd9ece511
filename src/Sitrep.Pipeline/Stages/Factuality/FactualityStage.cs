using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Factuality;

public sealed class FactualityStage : IStage
{
    public string Name => "factuality";

    public static FactualityStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
