using Sitrep.Core;
using Sitrep.Pipeline;

namespace Sitrep.Pipeline.Tests;

public class PipelineBuilderTests
{
    private sealed class Recording(string name, List<string> log) : IStage
    {
        public string Name => name;
        public void Process(Document document) => log.Add(name);
    }

    [Fact]
    public void Stages_run_in_order_with_insertions()
    {
        var log = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new Recording("a", log)).Add(new Recording("c", log))
            .InsertBefore("c", new Recording("b", log))
            .InsertAfter("c", new Recording("d", log))
            .Build();
        pipeline.Run(new ReportInput("r", "text"));
        Assert.Equal(["a", "b", "c", "d"], log);
    }

    [Fact]
    public void Unknown_stage_name_is_an_error()
    {
        var builder = new PipelineBuilder();
        Assert.Throws<ArgumentException>(() => builder.InsertBefore("missing", new Recording("x", [])));
    }
}
