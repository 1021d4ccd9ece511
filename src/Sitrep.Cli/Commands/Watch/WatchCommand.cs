using Sitrep.Cli.Commands.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage.Ingest;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Watch;

public sealed class WatchCommand : Command<WatchSettings>
{
    public override int Execute(CommandContext context, WatchSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        var pipeline = DefaultPipeline.Create(settings.ToPipelineOptions());
        using var web = new WebFetcher();
        var sources = new ReportSources(web);
        var ingestor = new Ingestor(store, Ingestor.PipelineCoder(pipeline), Ingestor.DefaultWorkerName(), Console.Error);
        var watcher = new FeedWatcher(store, sources, web, ingestor, Console.Error);
        if (settings.Once)
        {
            var found = watcher.PollOnce(settings.Feeds);
            ingestor.Drain(null, cancellationToken);
            Console.Error.WriteLine($"sitrep: {found} new feed items; {IngestProgress.Describe(ingestor.Totals)} ({store.Description})");
            return ingestor.Totals.Errors > 0 ? 4 : 0;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.Error.WriteLine($"sitrep: watching {settings.Feeds.Length} feed(s) every {settings.Every}; Ctrl+C stops");
        watcher.Run(settings.Feeds, WatchSettings.ParseInterval(settings.Every)!.Value,
            t => Console.Error.WriteLine($"sitrep: {IngestProgress.Describe(t)}"), stop.Token);
        return 0;
    });
}
