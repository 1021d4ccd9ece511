using Sitrep.Pipeline;
using Sitrep.Storage.Ingest;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Ingest;

public sealed class IngestCommand : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        var pipeline = DefaultPipeline.Create(settings.ToPipelineOptions());
        using var web = new WebFetcher();
        var sources = new ReportSources(web, settings.PublishedDate, settings.Source);
        var ingestor = new Ingestor(store, Ingestor.PipelineCoder(pipeline), settings.Worker ?? Ingestor.DefaultWorkerName(), Console.Error);
        var totals = IngestProgress.Show("ingesting", progress => ingestor.Run(sources.Read(settings.Paths), progress, cancellationToken));
        Console.Error.WriteLine($"sitrep: {IngestProgress.Describe(totals)} ({store.Description})");
        return totals.Errors > 0 ? 4 : 0;
    });
}
