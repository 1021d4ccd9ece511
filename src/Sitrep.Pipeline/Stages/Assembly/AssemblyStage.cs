using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

public sealed class AssemblyStage : IStage
{
    public string Name => "assembly";

    public static AssemblyStage Create(PipelineOptions options) => new();

    public void Process(Document document) { }
}
