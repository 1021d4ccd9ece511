using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Pipeline;
using Sitrep.Pipeline.Batch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Extract;

public sealed class ExtractCommand : Command<ExtractSettings>
{
    public override int Execute(CommandContext context, ExtractSettings settings, CancellationToken cancellationToken)
    {
        var pipeline = DefaultPipeline.Create(settings.ToPipelineOptions());
        return settings.Input is not null ? RunBatch(pipeline, settings) : RunOne(pipeline, settings);
    }

    private static int RunOne(SitrepPipeline pipeline, ExtractSettings settings)
    {
        var name = StdioArgs.IsStdin(settings.File) ? "stdin" : settings.File!;
        var text = InputText.Load(StdioArgs.IsStdin(settings.File) ? "-" : settings.File!);
        DateOnly? published = settings.Published is { } p && ReportReader.TryParseDate(p, out var d) ? d : null;
        var id = StdioArgs.IsStdin(settings.File) ? "stdin" : Path.GetFileNameWithoutExtension(settings.File!);
        var doc = pipeline.Run(new ReportInput(id, text, published, settings.Source));
        foreach (var w in doc.Warnings) Console.Error.WriteLine($"sitrep: {name}: {w}");
        if (!doc.IsReadable)
        {
            Console.Error.WriteLine($"sitrep: {name}: the text does not read as English (detected: {doc.Language}); Sitrep reads English reports only, nothing was coded");
            return 3;
        }

        var format = settings.Format ?? (Console.IsOutputRedirected ? "jsonl" : "table");
        switch (format)
        {
            case "json":
                Console.Out.WriteLine(JsonSerializer.Serialize(doc.Events, SitrepJson.Indented));
                break;
            case "jsonl":
                foreach (var e in doc.Events) Console.Out.WriteLine(JsonSerializer.Serialize(e, SitrepJson.Options));
                break;
            default:
                RecordTable.Write(AnsiConsole.Console, doc, settings.Explain);
                break;
        }
        if (settings.Explain && format != "table") RecordTable.WriteExplanation(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), doc);
        return 0;
    }

    private static int RunBatch(SitrepPipeline pipeline, ExtractSettings settings)
    {
        var inputName = StdioArgs.IsStdin(settings.Input) ? "stdin" : settings.Input!;
        TextReader input;
        if (StdioArgs.IsStdin(settings.Input)) input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, false));
        else if (!File.Exists(settings.Input)) throw new InputException(inputName, "no such file");
        else input = new StreamReader(settings.Input!, new UTF8Encoding(false, false));

        var toStdout = StdioArgs.IsStdout(settings.Output);
        using var output = toStdout
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false }
            : new StreamWriter(settings.Output!, false, new UTF8Encoding(false));
        using (input)
        {
            BatchResult result;
            var runner = new BatchRunner(pipeline);
            if (!Console.IsErrorRedirected && !toStdout)
            {
                result = null!;
                AnsiConsole.Progress().AutoClear(false).Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("reports").IsIndeterminate();
                        result = runner.Run(input, output, Console.Error, inputName,
                            r => task.Description = $"{r.Reports} reports, {r.Events} events, {r.FailedLines} errors");
                        task.StopTask();
                    });
            }
            else
            {
                result = runner.Run(input, output, Console.Error, inputName);
            }
            Console.Error.WriteLine($"sitrep: {result.Reports} reports, {result.Events} events, {result.FailedLines} lines failed");
            return result.FailedLines > 0 ? 4 : 0;
        }
    }
}
