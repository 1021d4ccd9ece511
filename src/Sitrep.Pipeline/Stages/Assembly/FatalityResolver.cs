using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>An event's toll the ACLED way (the most conservative source) with UCDP's low and high.</summary>
public sealed record Toll(int Fatalities, int Low, int High, IReadOnlyList<(string Source, int Number, string Value)> BySource);

/// <summary>
/// Reads the fatality claims of one event. Figures one source gives in one sentence add up ("three soldiers
/// and two civilians"); the same source repeating itself in another sentence does not; across sources the
/// lowest figure is coded and the highest kept as the high estimate. Injuries never count.
/// </summary>
public static class FatalityResolver
{
    public const string Unattributed = "the report";

    public static Toll Resolve(Document doc, IEnumerable<Claim> claims)
    {
        var figures = claims.Where(c => c.Kind == ClaimKind.Fatalities && c.Number is not null).ToList();
        if (figures.Count == 0) return new Toll(0, 0, 0, []);
        var bySource = new List<(string Source, int Number, int Low, int High, string Value)>();
        foreach (var source in figures.GroupBy(c => c.Speaker ?? Unattributed))
        {
            var perSentence = source.GroupBy(c => c.Sentence).Select(s =>
            {
                var distinct = s.GroupBy(c => c.Subject ?? c.Span).Select(g => g.First()).ToList();
                return (Number: distinct.Sum(c => c.Number!.Value),
                        Low: distinct.Sum(c => LowOf(doc, c)),
                        High: distinct.Sum(c => HighOf(doc, c)),
                        Value: string.Join(" + ", distinct.Select(c => c.Value)));
            }).ToList();
            var best = perSentence.OrderByDescending(s => s.Number).First();
            bySource.Add((source.Key, best.Number, perSentence.Max(s => s.Low), perSentence.Max(s => s.High), best.Value ?? best.Number.ToString()));
        }
        return new Toll(
            bySource.Min(s => s.Number),
            bySource.Min(s => s.Low),
            bySource.Max(s => s.High),
            bySource.Select(s => (s.Source, s.Number, s.Value)).ToList());
    }

    private static Quantity? QuantityOf(Document doc, Claim c) =>
        c.Subject is { } s ? doc.Quantities.FirstOrDefault(q => q.Span == s) : null;

    private static int LowOf(Document doc, Claim c) => QuantityOf(doc, c)?.Low ?? c.Number!.Value;

    private static int HighOf(Document doc, Claim c) =>
        QuantityOf(doc, c) is { } q ? Math.Max(q.High ?? q.Value, q.Value) : c.Number!.Value;
}
