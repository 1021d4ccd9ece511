using Sitrep.Storage.Incidents;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage;

/// <summary>Opens the store a location names: a postgres:// URL or connection string, else an SQLite file path.</summary>
public static class EventStores
{
    public const string EnvironmentVariable = "SITREP_DB";

    /// <summary>--db, else SITREP_DB, else sitrep.db in the user's data folder.</summary>
    public static string Resolve(string? location)
    {
        if (!string.IsNullOrWhiteSpace(location)) return location;
        var env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env)) return env;
        return DefaultPath();
    }

    public static string DefaultPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "sitrep", "sitrep.db");

    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    public static SqlEventStore Open(string? location, IncidentMatcher? matcher = null)
    {
        var resolved = Resolve(location);
        return IsPostgres(resolved) ? PostgresEventStore.Open(resolved, matcher) : SqliteEventStore.Open(resolved, matcher: matcher);
    }
}
