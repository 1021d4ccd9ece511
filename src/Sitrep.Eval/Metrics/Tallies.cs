namespace Sitrep.Eval.Metrics;

/// <summary>Right answers out of scored items.</summary>
public sealed class AccuracyTally
{
    public int Correct { get; private set; }
    public int Total { get; private set; }

    public void Add(bool correct)
    {
        Total++;
        if (correct) Correct++;
    }

    public double Value => Total == 0 ? 0 : (double)Correct / Total;
}

/// <summary>True and false positives and misses, for fields that can be over- or under-produced.</summary>
public sealed class PrfTally
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }

    public void Add(bool gold, bool system)
    {
        if (gold && system) TruePositives++;
        else if (system) FalsePositives++;
        else if (gold) FalseNegatives++;
    }

    /// <summary>Counts from a comparison of how many items gold and system hold (events per report, claims).</summary>
    public void AddCounts(int gold, int system)
    {
        TruePositives += Math.Min(gold, system);
        FalsePositives += Math.Max(system - gold, 0);
        FalseNegatives += Math.Max(gold - system, 0);
    }

    public void AddCounts(int truePositives, int falsePositives, int falseNegatives)
    {
        TruePositives += truePositives;
        FalsePositives += falsePositives;
        FalseNegatives += falseNegatives;
    }

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
