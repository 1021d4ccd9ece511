using Sitrep.Core;

namespace Sitrep.Pipeline;

/// <summary>Builds an ordered, immutable list of stages; stages can be inserted around named ones.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    public PipelineBuilder Add(IStage stage) { _stages.Add(stage); return this; }

    public PipelineBuilder InsertBefore(string name, IStage stage)
    {
        _stages.Insert(IndexOf(name), stage);
        return this;
    }

    public PipelineBuilder InsertAfter(string name, IStage stage)
    {
        _stages.Insert(IndexOf(name) + 1, stage);
        return this;
    }

    public PipelineBuilder Remove(string name) { _stages.RemoveAt(IndexOf(name)); return this; }

    public PipelineBuilder Replace(string name, IStage stage) { _stages[IndexOf(name)] = stage; return this; }

    public SitrepPipeline Build() => new([.. _stages]);

    private int IndexOf(string name)
    {
        var i = _stages.FindIndex(s => s.Name == name);
        if (i < 0) throw new ArgumentException($"No stage named '{name}' in the pipeline.", nameof(name));
        return i;
    }
}

/// <summary>Runs a report through every stage in order.</summary>
public sealed class SitrepPipeline(IReadOnlyList<IStage> stages)
{
    public IReadOnlyList<IStage> Stages { get; } = stages;

    public Document Run(ReportInput report)
    {
        var doc = new Document(report.Id, report.Text, report.Published, report.Source, report.Url);
        return Run(doc);
    }

    public Document Run(Document doc)
    {
        foreach (var stage in Stages) stage.Process(doc);
        return doc;
    }
}
