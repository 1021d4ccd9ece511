namespace Sitrep.Eval.Metrics;

/// <summary>Whether stated confidence means what it says: the share of fields right within each confidence band.</summary>
public sealed class CalibrationTally
{
    /// <summary>Lower bounds of the bands; the last band holds confidences above 0.9, the one the scorecard headlines.</summary>
    public static readonly double[] BandFloors = [0.0, 0.5, 0.7, 0.9];

    private readonly AccuracyTally[] _bands = BandFloors.Select(_ => new AccuracyTally()).ToArray();

    public void Add(double confidence, bool correct) => _bands[BandOf(confidence)].Add(correct);

    public IReadOnlyList<CalibrationBand> Bands => _bands
        .Select((t, i) => new CalibrationBand(BandFloors[i], i + 1 < BandFloors.Length ? BandFloors[i + 1] : 1.0, t.Correct, t.Total))
        .ToList();

    /// <summary>The band of confidence above 0.9.</summary>
    public CalibrationBand High => Bands[^1];

    private static int BandOf(double confidence)
    {
        for (var i = BandFloors.Length - 1; i > 0; i--)
            if (confidence > BandFloors[i]) return i;
        return 0;
    }
}

public sealed record CalibrationBand(double From, double To, int Right, int Total)
{
    public double Share => Total == 0 ? 0 : (double)Right / Total;
}
