using System.Collections.Concurrent;
using Sitrep.Core;
using Sitrep.Pipeline;
using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

/// <summary>One real default pipeline for all spec examples, and each example's outcome computed once.</summary>
public sealed class PipelineFixture
{
    private readonly Lazy<SitrepPipeline> _pipeline = new(() => DefaultPipeline.Create(new PipelineOptions()));
    private readonly ConcurrentDictionary<string, SpecOutcome> _outcomes = new();

    public SpecOutcome Outcome(SpecExample example) => _outcomes.GetOrAdd(example.Id, _ => Run(example));

    private SpecOutcome Run(SpecExample example)
    {
        IReadOnlyList<EventRecord> events;
        try
        {
            var doc = _pipeline.Value.Run(new ReportInput(example.Id, example.Text, example.Published, example.Source));
            events = doc.Events;
        }
        catch (Exception e)
        {
            return new SpecOutcome(example.Id, false, [$"the pipeline failed: {e.GetType().Name}: {e.Message}"], 0);
        }
        return SpecMatcher.Match(example, events);
    }
}
