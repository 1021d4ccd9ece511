namespace Sitrep.Cli;

/// <summary>
/// "-" means stdin or stdout, but the argument parser reads a lone dash as an unnamed option,
/// so it is replaced by the device path before parsing.
/// </summary>
public static class StdioArgs
{
    public const string Stdin = "/dev/stdin";
    public const string Stdout = "/dev/stdout";

    public static string[] Normalize(string[] args)
    {
        var result = (string[])args.Clone();
        for (var i = 0; i < result.Length; i++)
            if (result[i] == "-")
                result[i] = i > 0 && result[i - 1] == "--output" ? Stdout : Stdin;
        return result;
    }

    public static bool IsStdin(string? path) => path is "-" or Stdin;
    public static bool IsStdout(string? path) => path is null or "-" or Stdout;
}
