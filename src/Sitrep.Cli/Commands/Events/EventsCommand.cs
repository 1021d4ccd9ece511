using System.Text;
using Sitrep.Cli.Commands.Ingest;
using Sitrep.Storage.Export;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Events;

public sealed class EventsCommand : Command<EventsSettings>
{
    public override int Execute(CommandContext context, EventsSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        var page = store.QueryIncidents(settings.ToQuery());
        var format = settings.Format ?? (Console.IsOutputRedirected ? "jsonl" : "table");
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
        switch (format)
        {
            case "csv": AcledCsv.Write(stdout, page.Items); break;
            case "json": IncidentOutput.Json(stdout, page.Items); break;
            case "jsonl": IncidentOutput.JsonLines(stdout, page.Items); break;
            case "geojson": IncidentOutput.GeoJson(stdout, page.Items); break;
            default:
                stdout.Flush();
                IncidentOutput.Table(AnsiConsole.Console, page.Items);
                break;
        }
        stdout.Flush();
        if (page.Items.Count == settings.Limit)
            Console.Error.WriteLine($"sitrep: showing {page.Items.Count} incidents from {settings.Offset}; use --offset {settings.Offset + settings.Limit} for more");
        return 0;
    });
}
