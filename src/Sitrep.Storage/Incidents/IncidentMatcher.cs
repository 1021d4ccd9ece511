namespace Sitrep.Storage.Incidents;

/// <summary>
/// Decides whether two events from different reports describe one incident, the way ACLED defines an event:
/// one kind of violence, between the same actors, at one place, on one day. Family, date, place and actors
/// must be compatible; a weighted score of all four plus the words, the sub-event type and the tolls must pass the threshold.
/// </summary>
public sealed class IncidentMatcher
{
    public double MaxKm { get; init; } = 25;
    public double Threshold { get; init; } = 0.55;

    private const double DateWeight = 0.2, PlaceWeight = 0.2, ActorWeight = 0.15, TextWeight = 0.25, TypeWeight = 0.1, TollWeight = 0.1;
    private const double RegionalPlaceScore = 0.75;

    /// <summary>The score and the features behind it, or null when a hard rule keeps the events apart.</summary>
    public MergeExplanation? Compare(MatchFeatures a, MatchFeatures b)
    {
        if (a.Family != b.Family) return null;
        if (a.DayLow is null || b.DayLow is null || a.DayHigh < b.DayLow || b.DayHigh < a.DayLow) return null;
        var dateScore = DateScore(a, b);

        var place = PlaceScore(a, b);
        if (place is null) return null;
        var actors = ActorScore(a.Actors, b.Actors);
        if (actors is null) return null;
        var text = Overlap(a.Tokens, b.Tokens);
        var sameType = a.SubEventType.Length > 0 && a.SubEventType.Equals(b.SubEventType, StringComparison.OrdinalIgnoreCase) ? 1.0 : 0.0;
        var toll = TollScore(a.Fatalities, b.Fatalities);

        var score = DateWeight * dateScore + PlaceWeight * place.Value.Score + ActorWeight * actors.Value.Score + TextWeight * text +
                    TypeWeight * sameType + TollWeight * toll.Score;
        return new MergeExplanation(b.EventId, Math.Round(score, 3),
        [
            new("family", 1, a.Family),
            new("date", Math.Round(dateScore, 3), $"day ranges overlap ({Describe(a)} / {Describe(b)})"),
            new("place", Math.Round(place.Value.Score, 3), place.Value.Detail),
            new("actors", Math.Round(actors.Value.Score, 3), actors.Value.Detail),
            new("text", Math.Round(text, 3), "share of the shorter report's content words the other uses too"),
            new("type", sameType, sameType == 1 ? "same sub-event type" : $"{a.SubEventType} / {b.SubEventType}"),
            new("toll", Math.Round(toll.Score, 3), toll.Detail),
        ]);
    }

    public bool IsMatch(MergeExplanation e) => e.Score >= Threshold;

    private static double DateScore(MatchFeatures a, MatchFeatures b)
    {
        var ca = (a.DayLow!.Value + a.DayHigh!.Value) / 2.0;
        var cb = (b.DayLow!.Value + b.DayHigh!.Value) / 2.0;
        var span = Math.Max(1, Math.Max(a.DayHigh.Value - a.DayLow.Value, b.DayHigh.Value - b.DayLow.Value) / 2.0);
        // A day apart is common ("overnight", late reports): it lowers the score, it does not rule a match out.
        return Math.Clamp(1 - 0.5 * Math.Abs(ca - cb) / (span + 1), 0, 1);
    }

    private static string Describe(MatchFeatures f) =>
        $"{DateOnly.FromDayNumber(f.DayLow!.Value):yyyy-MM-dd}..{DateOnly.FromDayNumber(f.DayHigh!.Value):yyyy-MM-dd}";

    private (double Score, string Detail)? PlaceScore(MatchFeatures a, MatchFeatures b)
    {
        if (a.Iso2 is { Length: > 0 } ia && b.Iso2 is { Length: > 0 } ib && !ia.Equals(ib, StringComparison.OrdinalIgnoreCase))
            return null;
        var sameAdmin1 = a.Admin1 is { Length: > 0 } && b.Admin1 is { Length: > 0 }
            ? a.Admin1.Equals(b.Admin1, StringComparison.OrdinalIgnoreCase) : (bool?)null;
        var regional = a.GeoPrecision == 3 || b.GeoPrecision == 3;
        if (a.Latitude is { } la && a.Longitude is { } loa && b.Latitude is { } lb && b.Longitude is { } lob)
        {
            var km = Geo.DistanceKm(la, loa, lb, lob);
            // A place known only to its region is coded to the region's centre: the same admin1 is as close as it gets,
            // however far the centre lies from the town the other report names.
            if (regional && sameAdmin1 == true) return (Math.Max(RegionalPlaceScore, 1 - 0.5 * km / MaxKm), $"same admin1 ({a.Admin1}), one located only to the region");
            if (km <= MaxKm) return (1 - 0.5 * km / MaxKm, $"{km:0.#} km apart");
            return null;
        }
        if (sameAdmin1 == false) return null;
        return sameAdmin1 == true ? (0.5, $"same admin1 ({a.Admin1}), coordinates missing")
            : (0.3, "coordinates missing; country compatible");
    }

    private static (double Score, string Detail)? ActorScore(string a, string b)
    {
        var sa = a.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var sb = b.Split('|', StringSplitOptions.RemoveEmptyEntries);
        var namedA = sa.Where(x => x[0] != '~').ToHashSet();
        var namedB = sb.Where(x => x[0] != '~').ToHashSet();
        if (namedA.Count > 0 && namedB.Count > 0)
        {
            var common = namedA.Intersect(namedB).ToList();
            if (common.Count == 0) return null;
            // Each names a party the other does not: a different pair of belligerents, so a different event.
            if (namedA.Except(namedB).Any() && namedB.Except(namedA).Any()) return null;
            return (1.0, "both name " + string.Join(", ", common));
        }
        if (sa.Intersect(sb).Any()) return (0.6, "same victims named; perpetrator unidentified in at least one");
        return (0.4, "perpetrator unidentified in at least one report");
    }

    /// <summary>
    /// Outlets give different tolls for one incident, and early ones often none: figures within a factor of two agree,
    /// a missing figure says nothing, and figures further apart count against a match.
    /// </summary>
    private static (double Score, string Detail) TollScore(int a, int b)
    {
        if (a <= 0 || b <= 0) return (0.5, "a toll missing in at least one");
        var ratio = (double)Math.Min(a, b) / Math.Max(a, b);
        return ratio >= 0.5 ? (1, $"tolls {a} and {b} agree") : (0, $"tolls {a} and {b} far apart");
    }

    /// <summary>Words in common as a share of the shorter list, so a one-line report can match a long one.</summary>
    public static double Overlap(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var sa = a.Split(' ').ToHashSet();
        var sb = b.Split(' ').ToHashSet();
        var common = sb.Count(sa.Contains);
        // A floor on the divisor keeps two near-empty lists from agreeing completely on a word or two.
        return (double)common / Math.Max(MinOverlapWords, Math.Min(sa.Count, sb.Count));
    }

    private const int MinOverlapWords = 6;
}

public static class Geo
{
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371.0088;
        double ToRad(double d) => d * Math.PI / 180;
        var dLat = ToRad(lat2 - lat1);
        var dLon = ToRad(lon2 - lon1);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(ToRad(lat1)) * Math.Cos(ToRad(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
