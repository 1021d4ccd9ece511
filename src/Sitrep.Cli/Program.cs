using Sitrep.Cli;
using Sitrep.Cli.Commands.Extract;
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
    config.AddCommand<PlacesEvalCommand>("places-eval").WithDescription("Score place recognition and resolution on the geoparsing corpora.");
});
return app.Run(StdioArgs.Normalize(args));
