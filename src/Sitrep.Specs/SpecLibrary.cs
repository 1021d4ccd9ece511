namespace Sitrep.Specs;

/// <summary>Loads every spec example from a folder of Markdown files; the entry point for tests and the scorecard.</summary>
public static class SpecLibrary
{
    /// <summary>Where the spec files live in the repository, relative to its root.</summary>
    public const string RepositoryFolder = "tests/Sitrep.Specs.Tests/specs";

    /// <summary>Reads every <c>*.md</c> file of the folder except its README, in name order; ids must be unique across files.</summary>
    public static SpecSet LoadFolder(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"{folder}: the spec folder does not exist");
        var examples = new List<SpecExample>();
        var errors = new List<SpecError>();
        var files = Directory.GetFiles(folder, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            var (found, problems) = SpecParser.Parse(File.ReadAllText(path), name);
            errors.AddRange(problems);
            foreach (var example in found)
            {
                if (examples.FirstOrDefault(e => e.Id == example.Id) is { } first)
                {
                    errors.Add(new SpecError(name, example.Line, $"id '{example.Id}' is already used at {first.File}:{first.Line}"));
                    continue;
                }
                examples.Add(example);
            }
        }
        return new SpecSet(examples, errors);
    }

    /// <summary>Finds the spec folder by walking up from the given folder (default: the current one) to the repository root.</summary>
    public static string? Locate(string? from = null)
    {
        for (var dir = new DirectoryInfo(from ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, RepositoryFolder);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Loads the repository's spec examples, found from the current folder or the program's own.</summary>
    public static SpecSet LoadRepository()
    {
        var folder = Locate() ?? Locate(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException($"{RepositoryFolder}: not found above {Directory.GetCurrentDirectory()}");
        return LoadFolder(folder);
    }
}
