namespace Sitrep.Eval.Metrics;

/// <summary>How often each gold label was coded as each system label.</summary>
public sealed class ConfusionMatrix(string name)
{
    public const string Nothing = "(none)";

    private readonly Dictionary<(string Gold, string System), int> _cells = [];

    public string Name { get; } = name;

    public void Add(string? gold, string? system)
    {
        var key = (Label(gold), Label(system));
        _cells[key] = _cells.GetValueOrDefault(key) + 1;
    }

    public int this[string gold, string system] => _cells.GetValueOrDefault((gold, system));

    public IReadOnlyList<string> GoldLabels => Ordered(_cells.Keys.Select(k => k.Gold));
    public IReadOnlyList<string> SystemLabels => Ordered(_cells.Keys.Select(k => k.System));

    public IEnumerable<ConfusionCell> Cells =>
        _cells.OrderBy(c => c.Key.Gold, StringComparer.Ordinal).ThenBy(c => c.Key.System, StringComparer.Ordinal)
            .Select(c => new ConfusionCell(c.Key.Gold, c.Key.System, c.Value));

    private static string Label(string? s) => string.IsNullOrWhiteSpace(s) ? Nothing : s;

    // Alphabetical with "(none)" last, so the diagonal reads top-left to bottom-right when labels agree.
    private static List<string> Ordered(IEnumerable<string> labels) =>
        labels.Distinct().OrderBy(l => l == Nothing).ThenBy(l => l, StringComparer.Ordinal).ToList();
}

public sealed record ConfusionCell(string Gold, string System, int Count);
