using System.Reflection;
using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

/// <summary>Where the spec files are read from (the output copy) and written back to (the source folder).</summary>
public static class SpecFolder
{
    public const string KnownGapsFile = "known-gaps.txt";
    public const string WriteGapsVariable = "SITREP_SPECS_WRITE_GAPS";
    public const string WriteCoverageVariable = "SITREP_SPECS_WRITE_COVERAGE";

    public static string Output => Path.Combine(AppContext.BaseDirectory, "specs");

    public static string Source => typeof(SpecFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "SpecsSourceFolder").Value!;

    private static readonly Lazy<SpecSet> Loaded = new(() => SpecLibrary.LoadFolder(Output));

    /// <summary>The examples, read once: they do not change during a test run.</summary>
    public static SpecSet Examples => Loaded.Value;

    public static bool Asked(string variable) => Environment.GetEnvironmentVariable(variable) == "1";
}
