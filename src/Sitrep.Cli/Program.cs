using Sitrep.Cli;
using Sitrep.Cli.Commands.Eval;
using Sitrep.Cli.Commands.Events;
using Sitrep.Cli.Commands.Extract;
using Sitrep.Cli.Commands.Ingest;
using Sitrep.Cli.Commands.Recode;
using Sitrep.Cli.Commands.Serve;
using Sitrep.Cli.Commands.Show;
using Sitrep.Cli.Commands.Watch;
using Sitrep.Cli.Commands.Places;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("sitrep");
    config.SetExceptionHandler(ErrorHandler.Handle);
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Code the events a report describes, with their sources and evidence.")
        .WithExample("extract", "examples/border-shelling.txt", "--published", "2024-03-14")
        .WithExample("extract", "--input", "reports.jsonl", "--output", "events.jsonl");
    config.AddCommand<EvalCommand>("eval").WithDescription("Score extraction on the corpora and compare with the baseline (eval/baseline.json).");
    config.AddCommand<IngestCommand>("ingest")
        .WithDescription("Store and code reports from files, folders, JSONL batches, web pages and feeds; each report once.")
        .WithExample("ingest", "reports/", "--db", "sitrep.db")
        .WithExample("ingest", "batch.jsonl", "--db", "postgres://sitrep@db.example.org/sitrep");
    config.AddCommand<WatchCommand>("watch")
        .WithDescription("Poll RSS/Atom feeds and code each new item as it appears.")
        .WithExample("watch", "https://example.org/feed.xml", "--every", "5m");
    config.AddCommand<RecodeCommand>("recode")
        .WithDescription("Re-run the current pipeline over stored reports coded by an older one.");
    config.AddCommand<EventsCommand>("events")
        .WithDescription("List incidents with filters, as a table, ACLED CSV, JSON, JSON lines or GeoJSON.")
        .WithExample("events", "--country", "SY", "--since", "2024-03-01", "--format", "csv");
    config.AddCommand<ShowCommand>("show")
        .WithDescription("Print an incident with its reports, claims, evidence and why its events merged.");
    config.AddCommand<SplitCommand>("split")
        .WithDescription("Take an event out of its incident (undo a merge).");
    config.AddCommand<ServeCommand>("serve")
        .WithDescription("Serve the dashboard (map, timeline, table, review) and the JSON API over a store.")
        .WithExample("serve", "--db", "sitrep.db", "--urls", "http://127.0.0.1:5000");
    config.AddCommand<PlacesEvalCommand>("places-eval").WithDescription("Score place recognition and resolution on the geoparsing corpora.");
});
return app.Run(StdioArgs.Normalize(args));
