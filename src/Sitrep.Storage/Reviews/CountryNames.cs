using System.Text.Json;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Reviews;

/// <summary>Country names and ISO codes from data/countries.jsonl, for checking an analyst's corrected country.</summary>
public sealed class CountryNames
{
    private readonly Dictionary<string, (string Name, string Iso2, string Iso3)> _byKey = new(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<CountryNames> Shared = new(() => Load(DataFolder.PathOf("countries.jsonl")));

    /// <summary>The list shipped in the data folder, read once.</summary>
    public static CountryNames Default => Shared.Value;

    public static CountryNames Load(string path)
    {
        var names = new CountryNames();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var entry = (root.GetProperty("name").GetString()!, root.GetProperty("iso2").GetString()!, root.GetProperty("iso3").GetString()!);
            names._byKey.TryAdd(entry.Item1, entry);
            names._byKey.TryAdd(entry.Item2, entry);
            names._byKey.TryAdd(entry.Item3, entry);
            if (root.TryGetProperty("aliases", out var aliases))
                foreach (var a in aliases.EnumerateArray()) names._byKey.TryAdd(a.GetString()!, entry);
        }
        return names;
    }

    /// <summary>The country a name, alias, ISO2 or ISO3 code names, or null.</summary>
    public (string Name, string Iso2, string Iso3)? Find(string nameOrCode) =>
        _byKey.TryGetValue(nameOrCode.Trim(), out var c) ? c : null;
}
