using Sitrep.Storage.Ingest;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Ingest;

/// <summary>Shows reports, events and errors as an ingest goes: a live line on a terminal, nothing when redirected.</summary>
public static class IngestProgress
{
    public static T Show<T>(string title, Func<Action<IngestTotals>?, T> work)
    {
        if (Console.IsErrorRedirected) return work(null);
        T result = default!;
        StoreOption.ErrorConsole().Progress().AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(title).IsIndeterminate();
                result = work(t => task.Description = Markup.Escape(Describe(t)));
                task.StopTask();
            });
        return result;
    }

    public static string Describe(IngestTotals t) =>
        $"{t.Read} read, {t.Queued} new, {t.Duplicates} already stored, {t.Coded} coded, {t.Events} events, {t.Errors} errors";
}
