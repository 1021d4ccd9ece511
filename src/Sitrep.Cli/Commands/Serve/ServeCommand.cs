using Sitrep.Cli.Commands.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Sitrep.Web;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Serve;

/// <summary>Serves the dashboard and the JSON API over a store until stopped.</summary>
public sealed class ServeCommand : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        // The pipeline loads its data only when the first report is submitted, so a read-only server starts fast.
        var coder = new Lazy<Func<ReportSubmission, CodedReport>>(() => Ingestor.PipelineCoder(DefaultPipeline.Create(settings.ToPipelineOptions())));
        // One report at a time: the pipeline's stages are not known to be safe to run concurrently.
        var codingGate = new Lock();
        var token = Environment.GetEnvironmentVariable(WebAppOptions.TokenVariable);
        var app = WebApp.Create(new WebAppOptions
        {
            Store = store,
            Coder = sub => { lock (codingGate) return coder.Value(sub); },
            WriteToken = token,
            ReadPublic = settings.ReadPublic(),
            Urls = settings.UrlList(),
        });
        Console.Error.WriteLine($"sitrep: serving {store.Description} on {string.Join(", ", settings.UrlList())}"
            + (string.IsNullOrEmpty(token) ? $" (read-only: {WebAppOptions.TokenVariable} is not set)" : "")
            + (settings.ReadPublic() ? "" : " (private: reading needs the token)"));
        Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.RunAsync(app, cancellationToken).GetAwaiter().GetResult();
        return 0;
    });
}
