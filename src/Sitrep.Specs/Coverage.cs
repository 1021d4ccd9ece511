using System.Text;

namespace Sitrep.Specs;

/// <summary>Counts what the spec examples cover and writes it as the Markdown tables at the top of specs/README.md.</summary>
public static class Coverage
{
    /// <summary>ACLED's 25 sub-event types under their 6 event types.</summary>
    public static readonly IReadOnlyList<(string EventType, string SubEventType)> SubEventTypes =
    [
        ("Battles", "Armed clash"),
        ("Battles", "Government regains territory"),
        ("Battles", "Non-state actor overtakes territory"),
        ("Explosions/Remote violence", "Chemical weapon"),
        ("Explosions/Remote violence", "Air/drone strike"),
        ("Explosions/Remote violence", "Suicide bomb"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
        ("Explosions/Remote violence", "Grenade"),
        ("Violence against civilians", "Sexual violence"),
        ("Violence against civilians", "Attack"),
        ("Violence against civilians", "Abduction/forced disappearance"),
        ("Protests", "Peaceful protest"),
        ("Protests", "Protest with intervention"),
        ("Protests", "Excessive force against protesters"),
        ("Riots", "Violent demonstration"),
        ("Riots", "Mob violence"),
        ("Strategic developments", "Agreement"),
        ("Strategic developments", "Arrests"),
        ("Strategic developments", "Change to group/activity"),
        ("Strategic developments", "Disrupted weapons use"),
        ("Strategic developments", "Headquarters or base established"),
        ("Strategic developments", "Looting/property destruction"),
        ("Strategic developments", "Non-violent transfer of territory"),
        ("Strategic developments", "Other"),
    ];

    public static readonly IReadOnlyList<string> InteractionNames =
    [
        "State forces", "Rebel groups", "Political militias", "Identity militias",
        "Rioters", "Protesters", "Civilians", "External/Other forces",
    ];

    public const string StartMarker = "<!-- coverage:start (written by the spec tests; see below) -->";
    public const string EndMarker = "<!-- coverage:end -->";

    public static string Render(SpecSet set)
    {
        var ex = set.Examples;
        var sb = new StringBuilder();
        var records = ex.Sum(e => e.Expected.Count);
        sb.AppendLine($"{ex.Count} examples in {ex.Select(e => e.File).Distinct().Count()} files; {records} expected records; " +
                      $"{ex.Count(e => e.ExpectsNone)} examples that must yield no record; " +
                      $"{ex.Count(e => e.Expected.Count > 1)} with more than one record; " +
                      $"{ex.Count(e => e.Published is null)} without a published date; " +
                      $"{Countries(ex).Count} countries.");
        sb.AppendLine();
        sb.AppendLine("| event_type | sub_event_type | examples pinning it |");
        sb.AppendLine("|---|---|---|");
        foreach (var (type, sub) in SubEventTypes)
            sb.AppendLine($"| {type} | {sub} | {ExamplesPinning(set, "sub_event_type", sub)} |");
        sb.AppendLine();
        sb.AppendLine("| code | actor kind | examples pinning it as inter1 | as inter2 |");
        sb.AppendLine("|---|---|---|---|");
        for (var code = 1; code <= 8; code++)
        {
            var c = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.AppendLine($"| {code} | {InteractionNames[code - 1]} | {ExamplesPinning(set, "inter1", c)} | {ExamplesPinning(set, "inter2", c)} |");
        }
        foreach (var (group, tags) in CoverageTags.Groups)
        {
            sb.AppendLine();
            sb.AppendLine($"| {group.ToLowerInvariant()} (covers:) | what | examples | of which yield no record |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var (tag, meaning) in tags)
            {
                var with = ex.Where(e => e.Covers.Contains(tag)).ToList();
                sb.AppendLine($"| `{tag}` | {meaning} | {with.Count} | {with.Count(e => e.ExpectsNone)} |");
            }
        }
        sb.AppendLine();
        sb.AppendLine("Examples per country: " + string.Join(", ", Countries(ex).OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key} ({c.Value})")) + ".");
        return sb.ToString().Replace("\r\n", "\n");
    }

    /// <summary>
    /// How many examples expect a record whose field is exactly this value. Hedged expectations
    /// ("Armed clash | Government regains territory", wildcards) do not count as covering a value.
    /// </summary>
    public static int ExamplesPinning(SpecSet set, string field, string value) =>
        set.Examples.Count(e => e.Expected.Any(r => r.ValueOf(field) is { } v &&
            !v.Contains('|') && !v.Contains('*') && string.Equals(v.Trim('"'), value, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Puts the rendered tables between the markers of a README, leaving the rest as it is.</summary>
    public static string? Splice(string readme, string tables)
    {
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return readme[..(start + StartMarker.Length)] + "\n" + tables + readme[end..];
    }

    /// <summary>The tables currently between the markers of a README.</summary>
    public static string? Extract(string readme)
    {
        var start = readme.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = readme.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start) return null;
        return readme[(start + StartMarker.Length)..end].Replace("\r\n", "\n").TrimStart('\n');
    }

    private static string? Pinned(ExpectedRecord record, string field) =>
        record.ValueOf(field) is { } v && !v.Contains('|') && !v.Contains('*') && v != "~" && v != "null" ? v.Trim('"') : null;

    /// <summary>The countries the examples pin, by name, or by ISO code where an example checks iso2 instead.</summary>
    private static Dictionary<string, int> Countries(IReadOnlyList<SpecExample> examples) =>
        examples.SelectMany(e => e.Expected.Select(r => Pinned(r, "country") ?? (Pinned(r, "iso2") is { } iso ? $"iso2 {iso}" : null))
                .Where(c => c is not null).Distinct())
            .GroupBy(c => c!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
