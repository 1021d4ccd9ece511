using Sitrep.Pipeline.Stages.Actors;
using Sitrep.Pipeline.Stages.Assembly;
using Sitrep.Pipeline.Stages.Attribution;
using Sitrep.Pipeline.Stages.Dates;
using Sitrep.Pipeline.Stages.Events;
using Sitrep.Pipeline.Stages.Factuality;
using Sitrep.Pipeline.Stages.Language;
using Sitrep.Pipeline.Stages.Numbers;
using Sitrep.Pipeline.Stages.Segmentation;
using Sitrep.Places;

namespace Sitrep.Pipeline;

/// <summary>The standard stage order. Each stage loads its own data from the data folder.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder(PipelineOptions options) => new PipelineBuilder()
        .Add(SegmentationStage.Create(options))
        .Add(LanguageStage.Create(options))
        .Add(DatesStage.Create(options))
        .Add(NumbersStage.Create(options))
        .Add(ActorsStage.Create(options))
        .Add(PlacesStage.Create(options.DataFolder, options.GazetteerFolders))
        .Add(EventsStage.Create(options))
        .Add(FactualityStage.Create(options))
        .Add(AttributionStage.Create(options))
        .Add(AssemblyStage.Create(options));

    public static SitrepPipeline Create(PipelineOptions options) => CreateBuilder(options).Build();
}
