namespace Sitrep.Pipeline;

/// <summary>Finds the data folder: SITREP_DATA, else the folder shipped next to the program.</summary>
public static class DataFolder
{
    public static string Locate()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_DATA");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        var beside = Path.Combine(AppContext.BaseDirectory, "data");
        if (Directory.Exists(beside)) return beside;
        throw new DirectoryNotFoundException($"Sitrep's data folder was not found at {beside}; set SITREP_DATA to it.");
    }

    public static string PathOf(params string[] parts) => Path.Combine([Locate(), .. parts]);
}
