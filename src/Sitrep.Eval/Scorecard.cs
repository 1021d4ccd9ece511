using Sitrep.Eval.Metrics;

namespace Sitrep.Eval;

public enum MeasureKind { Accuracy, F1 }

/// <summary>
/// One scored field of one corpus. Value is a share (0-1): accuracy, or F1 for fields that can be over- or
/// under-produced. Key is stable ("isaf.event_date") because the baseline is keyed by it.
/// </summary>
public sealed record FieldScore(string Key, string Label, MeasureKind Kind, double Value, int Scored)
{
    public int? Correct { get; init; }
    public double? Precision { get; init; }
    public double? Recall { get; init; }
    public int? TruePositives { get; init; }
    public int? FalsePositives { get; init; }
    public int? FalseNegatives { get; init; }
    /// <summary>The figure the project has committed to reach, where there is one.</summary>
    public double? Target { get; init; }

    public static FieldScore Of(string key, string label, AccuracyTally t, double? target = null) =>
        new(key, label, MeasureKind.Accuracy, t.Value, t.Total) { Correct = t.Correct, Target = target };

    public static FieldScore Of(string key, string label, PrfTally t, double? target = null) =>
        new(key, label, MeasureKind.F1, t.F1, t.TruePositives + t.FalsePositives + t.FalseNegatives)
        {
            Precision = t.Precision, Recall = t.Recall,
            TruePositives = t.TruePositives, FalsePositives = t.FalsePositives, FalseNegatives = t.FalseNegatives,
            Target = target,
        };

    public bool? MeetsTarget => Target is { } t ? Value >= t : null;
}

/// <summary>A confusion matrix as written in reports: rows are gold labels, columns system labels.</summary>
public sealed record ConfusionTable(string Name, IReadOnlyList<string> Gold, IReadOnlyList<string> System, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    public static ConfusionTable From(ConfusionMatrix m)
    {
        var gold = m.GoldLabels;
        var system = m.SystemLabels;
        return new(m.Name, gold, system, gold.Select(g => (IReadOnlyList<int>)system.Select(s => m[g, s]).ToList()).ToList());
    }
}

/// <summary>One item of a checklist (the seed walkthrough): what was expected and whether the output has it.</summary>
public sealed record ChecklistResult(string Item, bool Passed, string Expected, string Found);

/// <summary>Everything measured on one corpus.</summary>
public sealed record CorpusScore(string Key, string Title, int Reports, int SystemEvents)
{
    public string? Source { get; init; }
    public int PipelineFailures { get; init; }
    public double Seconds { get; set; }
    public IReadOnlyList<FieldScore> Fields { get; init; } = [];
    public int ErrorTotal { get; init; }
    public IReadOnlyList<ErrorKind> Errors { get; init; } = [];
    public IReadOnlyList<ConfusionTable> Confusions { get; init; } = [];
    public IReadOnlyList<CalibrationBand> Calibration { get; init; } = [];
    public IReadOnlyList<ChecklistResult> Checklist { get; init; } = [];
    /// <summary>How the corpus was scored (the main-event rule, mappings), so a reader can judge the figures.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A corpus that could not be scored this run, and why.</summary>
public sealed record SkippedCorpus(string Key, string Reason);

/// <summary>The whole scorecard: every corpus that was found, and the ones skipped.</summary>
public sealed record Scorecard(IReadOnlyList<CorpusScore> Corpora, IReadOnlyList<SkippedCorpus> Skipped)
{
    public double PipelineBuildSeconds { get; init; }
    public double TotalSeconds { get; init; }

    public IEnumerable<FieldScore> AllFields => Corpora.SelectMany(c => c.Fields);
}
