using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Storage.Incidents;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// The embedded store: one file in WAL mode (readers never block the writer), FTS5 over report text and an
/// R*Tree over incident locations. Writers queue on the file lock up to the busy timeout, then get a clear error.
/// </summary>
public sealed class SqliteEventStore : SqlEventStore
{
    private SqliteEventStore(SqliteConnection connection, string path, IncidentMatcher? matcher)
        : base(connection, $"SQLite store {path}", matcher) => Path = path;

    public string Path { get; }

    public static SqliteEventStore Open(string path, TimeSpan? busyTimeout = null, IncidentMatcher? matcher = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreOpenException(path, "is a folder; give the path of a store file");
        var dir = System.IO.Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(10);
        var cs = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)timeout.TotalSeconds),
        }.ToString();
        var connection = new SqliteConnection(cs);
        SqliteEventStore? store = null;
        try
        {
            connection.Open();
            store = new SqliteEventStore(connection, full, matcher);
            store.Pragma($"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds}");
            store.Pragma("PRAGMA journal_mode = WAL");
            store.Pragma("PRAGMA synchronous = NORMAL");
            store.Pragma("PRAGMA foreign_keys = ON");
            store.Pragma("PRAGMA temp_store = MEMORY");
            store.Pragma("PRAGMA cache_size = -65536");
            connection.CreateFunction("distance_km", (double? lat1, double? lon1, double lat2, double lon2) =>
                lat1 is { } a && lon1 is { } b ? Geo.DistanceKm(a, b, lat2, lon2) : (double?)null);
            Migrations.Apply(store, "Sqlite", store.BeginWrite);
            store.FillMatchKeys();
            return store;
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 or 11)
        {
            connection.Dispose();
            throw new StoreOpenException(path, "is not a Sitrep store (the file is not an SQLite database)");
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            connection.Dispose();
            throw new StoreLockedException($"SQLite store {full}", e);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new StoreOpenException(path, $"cannot be opened ({e.Message})");
        }
    }

    private void Pragma(string sql)
    {
        using var cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    protected override DbTransaction BeginWrite()
    {
        try { return ((SqliteConnection)Connection).BeginTransaction(deferred: false); }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6) { throw new StoreLockedException(Description, e); }
    }

    protected override string ClaimSuffix => "";

    // One SQLite writer at a time already: the file lock taken by BEGIN IMMEDIATE serializes incident decisions.
    protected override void LockFamilies(IEnumerable<string> families, DbTransaction tx) { }

    protected override void IndexIncidentLocation(long id, double? latitude, double? longitude, DbTransaction tx)
    {
        var del = Reused("DELETE FROM incidents_geo WHERE id = @id", tx);
        Sql.Param(del, "id", id);
        del.ExecuteNonQuery();
        // SQLite keeps NaN as NULL in the incidents table: no point to index either way.
        if (latitude is not { } lat || longitude is not { } lon || double.IsNaN(lat) || double.IsNaN(lon)) return;
        var ins = Reused("INSERT INTO incidents_geo (id, min_lat, max_lat, min_lon, max_lon) VALUES (@id, @lat, @lat, @lon, @lon)", tx);
        Sql.Param(ins, "id", id); Sql.Param(ins, "lat", lat); Sql.Param(ins, "lon", lon);
        ins.ExecuteNonQuery();
    }

    protected override Exception Translate(Exception e) =>
        e is SqliteException { SqliteErrorCode: 5 or 6 } ? new StoreLockedException(Description, e) : e;

    // Few matching reports: collect their incidents and sort those. Many (a common word): walk incidents newest first
    // and test each, which stops after a page. A test costs about 20 collected matches. CROSS JOIN makes the test read
    // the incident's events first and ask the full-text index about those reports only (SQLite would otherwise read
    // every matching report for each incident).
    protected override string TextCondition(string match, int rowsWanted) =>
        WalkThreshold(rowsWanted, LargestId("reports"), 20) is { } many
            && CountUpTo("SELECT 1 FROM reports_fts WHERE reports_fts MATCH @text", many, c => Sql.Param(c, "text", match)) >= many
            ? "EXISTS (SELECT 1 FROM events e CROSS JOIN reports_fts f ON f.rowid = e.report_id WHERE e.incident_id = i.id AND reports_fts MATCH @text)"
            : "i.id IN (SELECT e.incident_id FROM events e WHERE e.report_id IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH @text))";

    protected override (string From, string Condition) TextEvents => ("reports_fts f JOIN events e ON e.report_id = f.rowid", "reports_fts MATCH @text");

    private const string InBox = "SELECT id FROM incidents_geo WHERE min_lat >= @min_lat AND max_lat <= @max_lat AND min_lon >= @min_lon AND max_lon <= @max_lon";

    // The same choice for the map: a box holding few incidents is read from the R*Tree and sorted; one holding many is
    // tested incident by incident newest first ('+' keeps SQLite from fetching the box's incidents by id instead).
    // A test costs about a tenth of a fetched incident.
    protected override string BoxCondition(BoundingBox box, int rowsWanted) =>
        WalkThreshold(rowsWanted, LargestId("incidents"), 0.1) is { } many
            && CountUpTo(InBox, many, c =>
            {
                Sql.Param(c, "min_lat", box.MinLatitude); Sql.Param(c, "min_lon", box.MinLongitude);
                Sql.Param(c, "max_lat", box.MaxLatitude); Sql.Param(c, "max_lon", box.MaxLongitude);
            }) >= many
            ? $"+i.id IN ({InBox})"
            : $"i.id IN ({InBox})";

    protected override string DistanceExpression => "distance_km(i.latitude, i.longitude, @near_lat, @near_lon)";

    /// <summary>Every word must appear; quoting each word keeps FTS5 operators in user text from being parsed.</summary>
    protected override string TextQuery(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
