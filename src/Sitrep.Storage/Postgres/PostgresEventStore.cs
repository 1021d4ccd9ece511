using System.Data.Common;
using Npgsql;
using Sitrep.Storage.Incidents;

namespace Sitrep.Storage.Postgres;

/// <summary>
/// The shared store for teams: several ingest workers on different machines claim queued reports with
/// FOR UPDATE SKIP LOCKED, so none is coded twice. Text search is a GIN-indexed tsvector; map search a GiST index.
/// </summary>
public sealed class PostgresEventStore : SqlEventStore
{
    private PostgresEventStore(NpgsqlConnection connection, string description, IncidentMatcher? matcher)
        : base(connection, description, matcher) { }

    /// <summary>Opens a store from a postgres:// URL or an Npgsql connection string, creating the schema on first use.</summary>
    public static PostgresEventStore Open(string connection, IncidentMatcher? matcher = null)
    {
        var cs = ToConnectionString(connection);
        var builder = new NpgsqlConnectionStringBuilder(cs);
        var description = $"PostgreSQL store {builder.Host}{(builder.Port != 5432 ? ":" + builder.Port : "")}/{builder.Database}";
        // The store runs the same few statements for every report: prepared once on the server, they skip parsing and planning.
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        var conn = new NpgsqlConnection(builder.ConnectionString);
        try { conn.Open(); }
        catch (Exception e) when (e is NpgsqlException or ArgumentException or InvalidOperationException)
        {
            conn.Dispose();
            throw new StoreOpenException(description, $"cannot connect ({e.Message})");
        }
        var store = new PostgresEventStore(conn, description, matcher);
        using (var lockCmd = store.Command("SELECT pg_advisory_lock(727001)")) lockCmd.ExecuteNonQuery();
        try
        {
            Migrations.Apply(store, "Postgres", store.BeginWrite);
            store.FillMatchKeys();
        }
        finally
        {
            using var unlock = store.Command("SELECT pg_advisory_unlock(727001)");
            unlock.ExecuteNonQuery();
        }
        return store;
    }

    /// <summary>postgres://user:password@host:port/database?sslmode=... to an Npgsql connection string.</summary>
    public static string ToConnectionString(string value)
    {
        if (!value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return value;
        var uri = new Uri(value);
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = string.IsNullOrEmpty(uri.Host) ? "localhost" : Uri.UnescapeDataString(uri.Host),
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            // libpq's "host" parameter may name a socket folder; Npgsql takes it as the host.
            b[key == "sslmode" ? "SSL Mode" : key] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }
        return b.ConnectionString;
    }

    protected override DbTransaction BeginWrite() => ((NpgsqlConnection)Connection).BeginTransaction();

    protected override string ClaimSuffix => " FOR UPDATE SKIP LOCKED";

    protected override void LockFamilies(IEnumerable<string> families, DbTransaction tx)
    {
        foreach (var family in families)
        {
            var cmd = Reused("SELECT pg_advisory_xact_lock(hashtext(@f))", tx);
            Sql.Param(cmd, "f", "sitrep-incidents:" + family);
            cmd.ExecuteNonQuery();
        }
    }

    // The GiST index is on an expression over the incidents table itself: nothing to keep in step.
    protected override void IndexIncidentLocation(long id, double? latitude, double? longitude, DbTransaction tx) { }

    // PostgreSQL's planner weighs walking incidents newest first against collecting every match from its statistics
    // of the words and boxes (fresh after autovacuum's ANALYZE), so one form serves both.
    protected override string TextCondition(string match, int rowsWanted) =>
        "i.id IN (SELECT e.incident_id FROM events e JOIN reports r ON r.id = e.report_id WHERE r.search @@ plainto_tsquery('english', @text))";

    protected override (string From, string Condition) TextEvents => ("reports r JOIN events e ON e.report_id = r.id", "r.search @@ plainto_tsquery('english', @text)");

    protected override string BoxCondition(BoundingBox box, int rowsWanted) =>
        "point(i.longitude, i.latitude) <@ box(point(@min_lon, @min_lat), point(@max_lon, @max_lat))";

    protected override string DistanceExpression =>
        "(2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(i.latitude - @near_lat) / 2), 2) + cos(radians(@near_lat)) * cos(radians(i.latitude)) * power(sin(radians(i.longitude - @near_lon) / 2), 2)))))";
}
