using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Numbers;

public sealed class NumbersStage : IStage
{
    public string Name => "numbers";

    public static NumbersStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
