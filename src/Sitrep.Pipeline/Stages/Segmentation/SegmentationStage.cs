using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Segmentation;

public sealed class SegmentationStage : IStage
{
    public string Name => "segment";

    public static SegmentationStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
