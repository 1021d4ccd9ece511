using Sitrep.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli;

/// <summary>Turns every failure into one line on stderr: user input problems never show a stack trace.</summary>
public static class ErrorHandler
{
    public static int Handle(Exception e, ITypeResolver? _)
    {
        var message = e switch
        {
            InputException ie => ie.Message,
            CommandParseException or CommandRuntimeException => e.Message,
            DirectoryNotFoundException or FileNotFoundException => e.Message,
            _ => $"internal error: {e.GetType().Name}: {e.Message}",
        };
        Console.Error.WriteLine($"sitrep: {message}");
        return e is InputException or CommandParseException or CommandRuntimeException ? 2 : 1;
    }
}
