namespace Sitrep.Eval.Metrics;

/// <summary>One wrong field, with what would let a developer find it: the report, both values and the evidence.</summary>
public sealed record ErrorExample(string ReportId, string Gold, string System, string Evidence);

public sealed record ErrorKind(string Kind, int Count, ErrorExample Example);

/// <summary>Counts errors by kind and keeps the first example of each.</summary>
public sealed class ErrorLog
{
    private readonly Dictionary<string, (int Count, ErrorExample Example)> _kinds = [];

    public void Add(string kind, ErrorExample example)
    {
        _kinds[kind] = _kinds.TryGetValue(kind, out var k) ? (k.Count + 1, k.Example) : (1, example);
    }

    public int Total => _kinds.Values.Sum(k => k.Count);

    public IReadOnlyList<ErrorKind> MostFrequent(int n) => _kinds
        .OrderByDescending(k => k.Value.Count).ThenBy(k => k.Key, StringComparer.Ordinal)
        .Take(n).Select(k => new ErrorKind(k.Key, k.Value.Count, k.Value.Example)).ToList();
}
