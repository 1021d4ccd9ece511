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
                      $"{Distinct(ex, "country").Count} countries.");
        sb.AppendLine();
        sb.AppendLine("| event_type | sub_event_type | examples |");
        sb.AppendLine("|---|---|---|");
        foreach (var (type, sub) in SubEventTypes)
            sb.AppendLine($"| {type} | {sub} | {ex.Count(e => e.Expected.Any(r => Names(r, "sub_event_type").Contains(sub, StringComparer.OrdinalIgnoreCase)))} |");
        sb.AppendLine();
        sb.AppendLine("| code | actor kind | examples as inter1 | examples as inter2 |");
        sb.AppendLine("|---|---|---|---|");
        for (var code = 1; code <= 8; code++)
        {
            var c = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            sb.AppendLine($"| {code} | {InteractionNames[code - 1]} | {ex.Count(e => e.Expected.Any(r => Names(r, "inter1").Contains(c)))} | " +
                          $"{ex.Count(e => e.Expected.Any(r => Names(r, "inter2").Contains(c)))} |");
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
        sb.AppendLine("Countries: " + string.Join(", ", Distinct(ex, "country").OrderBy(c => c, StringComparer.Ordinal)
            .Select(c => $"{c} ({ex.Count(e => e.Expected.Any(r => Names(r, "country").Contains(c)))})")) + ".");
        return sb.ToString().Replace("\r\n", "\n");
    }

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

    private static List<string> Names(ExpectedRecord record, string field) =>
        record.ValueOf(field) is { } text
            ? text.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim('"')).ToList()
            : [];

    private static HashSet<string> Distinct(IReadOnlyList<SpecExample> examples, string field) =>
        examples.SelectMany(e => e.Expected).SelectMany(r => Names(r, field)).Where(n => n != "~" && !n.Contains('*'))
            .ToHashSet(StringComparer.Ordinal);
}
