namespace Sitrep.Specs.Tests;

/// <summary>
/// The examples the pipeline does not pass yet: one id a line, <c>#</c> starts a comment.
/// Listed examples are reported as skipped while they fail, and fail once they pass, so the list only shrinks honestly.
/// </summary>
public static class KnownGaps
{
    public static IReadOnlySet<string> Read(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path)) : new HashSet<string>();

    public static IReadOnlySet<string> Parse(string text) =>
        text.Replace("\r\n", "\n").Split('\n')
            .Select(l => (l.IndexOf('#') is var hash and >= 0 ? l[..hash] : l).Trim())
            .Where(l => l.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    public static string Format(IEnumerable<string> ids) =>
        "# Spec examples the pipeline does not pass yet. Rewrite with SITREP_SPECS_WRITE_GAPS=1 (see README.md).\n" +
        "# An example listed here is skipped while it fails and fails the tests once it passes.\n" +
        string.Concat(ids.Order(StringComparer.Ordinal).Select(id => id + "\n"));
}
