using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Dates;

public sealed class DatesStage : IStage
{
    public string Name => "dates";

    public static DatesStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
