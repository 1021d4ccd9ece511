using System.Diagnostics;

namespace Sitrep.Storage.Tests;

/// <summary>Runs the sitrep program built next to the tests as a child process.</summary>
public static class Cli
{
    /// <summary>Starts sitrep with its output discarded, for tests that only watch the store it writes.</summary>
    public static Process StartQuiet(params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet) { UseShellExecute = false, RedirectStandardError = false, RedirectStandardOutput = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("SITREP_DB");
        return Process.Start(psi)!;
    }

    public static Process Start(params string[] args) => Start(null, args);

    /// <summary>Starts sitrep with these environment variables set (or removed, for a null value).</summary>
    public static Process Start(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var psi = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("SITREP_DB");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) psi.Environment.Remove(name); else psi.Environment[name] = value;
        return Process.Start(psi)!;
    }

    public static (int Exit, string Out, string Err) Run(params string[] args) => Run(null, args);

    public static (int Exit, string Out, string Err) Run(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var p = Start(environment, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(2))) { p.Kill(true); throw new TimeoutException("sitrep " + string.Join(' ', args)); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
