using Sitrep.Core;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Ingest;

/// <summary>Opening the store a command names, and turning store failures into one line for the user.</summary>
public static class StoreOption
{
    public const string Description = "The store: an SQLite file path or a postgres:// URL (also SITREP_DB; default: sitrep.db in the user's data folder).";

    public static SqlEventStore Open(string? db)
    {
        try { return EventStores.Open(db); }
        catch (StoreOpenException e) { throw new InputException("--db", e.Message); }
    }

    /// <summary>Runs a command body; a locked or unreachable store is a one-line message with exit code 5.</summary>
    public static int Run(Func<int> body)
    {
        try { return body(); }
        catch (StoreLockedException e)
        {
            Console.Error.WriteLine($"sitrep: {e.Message}");
            return 5;
        }
    }

    /// <summary>A Spectre console on stderr, so progress never mixes with data written to stdout.</summary>
    public static IAnsiConsole ErrorConsole() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
