namespace Sitrep.Storage.Incidents;

/// <summary>
/// Where an event sits for incident matching: a half-degree grid cell of its coordinates, and its first-level
/// region. Stored with each event and indexed with its family and dates, so finding the events a new one could
/// merge with reads only its neighbourhood instead of every event of the same kind in the same weeks.
/// </summary>
public static class MatchCells
{
    private const int PerDegree = 2;
    private const long Columns = 360 * PerDegree + 1;

    /// <summary>More cells than this and the search falls back to family and dates alone (a huge radius or near a pole).</summary>
    public const int MaxCells = 64;

    /// <summary>The one cell of all coordinates off the globe: they match nothing on the map, but the matcher still measures them.</summary>
    public const long OffTheGlobe = -1;

    /// <summary>The event's cell, or null when it has no coordinates.</summary>
    public static long? Of(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon ? OnTheGlobe(lat, lon) ? Row(lat) * Columns + Column(lon) : OffTheGlobe : null;

    private static bool OnTheGlobe(double lat, double lon) => double.IsFinite(lat) && double.IsFinite(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180;

    /// <summary>The region key: the first-level region's name in upper case, "" when there is none. Equal keys mean equal names ignoring case.</summary>
    public static string Region(string? admin1) => string.IsNullOrEmpty(admin1) ? "" : admin1.ToUpperInvariant();

    /// <summary>
    /// Every cell holding a point within <paramref name="km"/> of the given one (a few more), or null when that takes
    /// more than <see cref="MaxCells"/> cells. The box is the exact extent of a spherical cap, widened by 1% so that
    /// rounding never leaves out a point the matcher would accept.
    /// </summary>
    public static IReadOnlyList<long>? Around(double latitude, double longitude, double km)
    {
        if (!OnTheGlobe(latitude, longitude) || !double.IsFinite(km) || km < 0) return null;
        var radius = km * 1.01 / 6371.0088 + 1e-9; // radians; the matcher measures with this earth radius
        var dLat = radius * 180 / Math.PI;
        if (Math.Abs(latitude) + dLat >= 90) return null;
        var dLon = Math.Asin(Math.Min(1, Math.Sin(radius) / Math.Cos(latitude * Math.PI / 180))) * 180 / Math.PI;
        var rows = (Lo: Row(latitude - dLat), Hi: Row(latitude + dLat));
        long firstColumn = (long)Math.Floor((longitude - dLon + 180) * PerDegree), lastColumn = (long)Math.Floor((longitude + dLon + 180) * PerDegree);
        if ((rows.Hi - rows.Lo + 1) * (lastColumn - firstColumn + 1) > MaxCells) return null;
        var columns = new SortedSet<long>();
        for (var c = firstColumn; c <= lastColumn; c++)
        {
            // Across the antimeridian: -180 and +180 are one line, so the first column and the last are neighbours.
            var wrapped = ((c % (Columns - 1)) + (Columns - 1)) % (Columns - 1);
            columns.Add(wrapped);
            if (wrapped == 0) columns.Add(Columns - 1);
        }
        var cells = new List<long>();
        for (var r = rows.Lo; r <= rows.Hi; r++)
            foreach (var c in columns) cells.Add(r * Columns + c);
        return cells;
    }

    private static long Row(double latitude) => (long)Math.Floor((latitude + 90) * PerDegree);

    private static long Column(double longitude) => (long)Math.Floor((longitude + 180) * PerDegree);
}
