namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>Reads the project's lexicon files: one entry a line, '#' starts a comment line, blank lines ignored.</summary>
public static class LexiconFile
{
    public static string PathOf(PipelineOptions options, string name) =>
        Path.Combine(options.DataFolder, "lexicons", name);

    public static IEnumerable<string> Lines(PipelineOptions options, string name)
    {
        var path = PathOf(options, name);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Lexicon file is missing: {path}", path);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            yield return line;
        }
    }

    /// <summary>Tab-separated rows; a row with fewer than <paramref name="minFields"/> fields names the file and line.</summary>
    public static IEnumerable<string[]> Rows(PipelineOptions options, string name, int minFields)
    {
        foreach (var line in Lines(options, name))
        {
            var fields = line.Split('\t');
            if (fields.Length < minFields)
                throw new FormatException($"{name}: expected {minFields} tab-separated fields in \"{line}\"");
            yield return fields;
        }
    }
}
