using Npgsql;
using Sitrep.Storage;
using Sitrep.Storage.Postgres;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Fresh, empty stores for tests: an SQLite file in a temporary folder, or a new schema in the PostgreSQL
/// database that scripts/test starts (SITREP_TEST_POSTGRES). Every store test runs on both.
/// </summary>
public static class TestStores
{
    public const string PostgresVariable = "SITREP_TEST_POSTGRES";

    public static string? PostgresConnection => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } v ? v : null;

    public static TheoryData<string> Kinds
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (PostgresConnection is not null) data.Add("postgres");
            return data;
        }
    }

    /// <summary>A location string `--db` would accept, for a new empty store of the given kind.</summary>
    public static string NewLocation(string kind)
    {
        if (kind == "sqlite")
        {
            var dir = Path.Combine(Path.GetTempPath(), "sitrep-store-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return Path.Combine(dir, "sitrep.db");
        }
        var cs = PostgresConnection ?? throw new InvalidOperationException($"{PostgresVariable} is not set");
        var schema = "t_" + Guid.NewGuid().ToString("N")[..16];
        using (var conn = new NpgsqlConnection(cs))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", conn);
            cmd.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(cs) { SearchPath = schema }.ConnectionString;
    }

    public static SqlEventStore Open(string location) =>
        EventStores.IsPostgres(location) ? PostgresEventStore.Open(location) : SqliteEventStore.Open(location);

    public static SqlEventStore New(string kind) => Open(NewLocation(kind));
}

/// <summary>A fact that needs the test PostgreSQL server; skipped, saying why, when it is not configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestStores.PostgresConnection is null)
            Skip = $"{TestStores.PostgresVariable} is not set; scripts/test starts a PostgreSQL server and sets it";
    }
}
