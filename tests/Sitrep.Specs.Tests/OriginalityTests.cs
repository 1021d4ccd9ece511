using System.Text;
using Sitrep.Specs;

namespace Sitrep.Specs.Tests;

/// <summary>
/// The spec reports are the team's own writing: none may share a run of words with the real reports and documents
/// in the shared corpus folder, which are for measuring only. Runs where that folder is present (CI and development).
/// </summary>
public sealed class OriginalityTests
{
    // Eight words in a row is more than stock phrases ("the Syrian Observatory for Human Rights said") and less than a sentence.
    private const int RunLength = 8;

    [SkippableFact]
    public void No_spec_report_shares_a_run_of_words_with_the_shared_corpus()
    {
        var shared = FindShared();
        Skip.If(shared is null, "no shared corpus folder above the repository; nothing to compare with");
        var ours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var e in SpecFolder.Examples.Examples)
            foreach (var run in Runs(Words(e.Text)))
                (ours.TryGetValue(run, out var list) ? list : ours[run] = []).Add($"{e.File}:{e.Line} {e.Id}");
        var keys = ours.Keys.Select(Key).ToHashSet();

        var copied = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(shared, "*", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}gazetteer{Path.DirectorySeparatorChar}"))
                     .Where(f => new FileInfo(f).Length < 20_000_000))
        {
            var words = Words(File.ReadAllText(file).Replace("\\n", " ").Replace("\\\"", " ").Replace("\\t", " "));
            var hashes = words.Select(w => w.GetHashCode(StringComparison.Ordinal)).ToArray();
            for (var i = 0; i + RunLength <= words.Count; i++)
            {
                if (!keys.Contains(Key(hashes, i))) continue;
                var run = string.Join(' ', words.Skip(i).Take(RunLength));
                if (ours.TryGetValue(run, out var where)) foreach (var w in where) copied.Add($"{w}: \"{run}\" ({Path.GetFileName(file)})");
            }
        }
        Assert.True(copied.Count == 0, "Spec reports repeat text from the shared corpus:\n" + string.Join("\n", copied));
    }

    private static IEnumerable<string> Runs(List<string> words)
    {
        for (var i = 0; i + RunLength <= words.Count; i++) yield return string.Join(' ', words.Skip(i).Take(RunLength));
    }

    private static long Key(string run) => Key(run.Split(' ').Select(w => w.GetHashCode(StringComparison.Ordinal)).ToArray(), 0);

    // A cheap fingerprint of the run starting at i; a hit is confirmed by comparing the words themselves.
    private static long Key(int[] hashes, int i)
    {
        long key = 17;
        for (var k = 0; k < RunLength; k++) key = key * 1_000_003 + hashes[i + k];
        return key;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { sb.Append(char.ToLowerInvariant(c)); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>The corpus folder: SITREP_SHARED, else a "shared" folder beside the repository or one of its parents.</summary>
    private static string? FindShared()
    {
        var env = Environment.GetEnvironmentVariable("SITREP_SHARED");
        if (!string.IsNullOrWhiteSpace(env)) return Directory.Exists(env) ? env : null;
        for (var dir = new DirectoryInfo(SpecFolder.Source); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus"))) return candidate;
        }
        return null;
    }
}
