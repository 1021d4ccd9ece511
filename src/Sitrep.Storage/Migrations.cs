using System.Data.Common;
using System.Globalization;

namespace Sitrep.Storage;

/// <summary>Applies the numbered schema scripts a store has not seen yet, each in its own transaction.</summary>
internal static class Migrations
{
    public static void Apply(SqlEventStore store, string dialect, Func<DbTransaction> begin)
    {
        var prefix = $"Sitrep.Storage.{dialect}.";
        var scripts = typeof(Migrations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Name: n[prefix.Length..^4], Resource: n))
            .OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

        using (var create = store.Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"))
            create.ExecuteNonQuery();
        foreach (var (name, resource) in scripts)
        {
            var version = int.Parse(name.Split('_')[0], CultureInfo.InvariantCulture);
            using var tx = begin();
            using (var check = store.Command("SELECT count(*) FROM schema_migrations WHERE version = @v", tx))
            {
                Sql.Param(check, "v", version);
                if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) { tx.Commit(); continue; }
            }
            using var stream = typeof(Migrations).Assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            using (var apply = store.Command(reader.ReadToEnd(), tx)) apply.ExecuteNonQuery();
            using (var record = store.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @now)", tx))
            {
                Sql.Param(record, "v", version); Sql.Param(record, "n", name); Sql.Param(record, "now", Sql.Now());
                record.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>The newest schema version the program knows, to refuse stores written by a newer Sitrep.</summary>
    public static int Latest(string dialect) => typeof(Migrations).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith($"Sitrep.Storage.{dialect}.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => int.Parse(n[$"Sitrep.Storage.{dialect}.".Length..].Split('_')[0], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
}
