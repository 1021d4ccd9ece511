using System.IO.Compression;
using System.Text;
using Sitrep.Places;

// Second compile step: adds the name keys to data/gazetteer/places.tsv.gz and admin.tsv.gz so that loading
// the built-in gazetteer does not normalize half a million names. Run after compile.mjs:
//   dotnet run --project tools/gazetteer/keys -- data/gazetteer
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Sitrep.Gazetteer.Keys DATA/gazetteer");
    return 2;
}
AddKeys(Path.Combine(args[0], "places.tsv.gz"), 11, f => (f[1], [f[2], .. f[10].Split('|', StringSplitOptions.RemoveEmptyEntries)]));
AddKeys(Path.Combine(args[0], "admin.tsv.gz"), 6, f => (f[2], GazetteerLoader.AdminNameVariants(f[2]).ToList()));
return 0;

static void AddKeys(string path, int columns, Func<string[], (string Primary, List<string> Alternates)> names)
{
    var lines = new List<string>();
    using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        while (reader.ReadLine() is { } line) lines.Add(line);

    var output = new StringBuilder();
    output.Append("# keys-version=").Append(NameKey.Version).Append('\n');
    var rows = 0;
    foreach (var line in lines)
    {
        if (line.StartsWith("# keys-version=", StringComparison.Ordinal)) continue;
        if (line.StartsWith('#'))
        {
            output.Append(line.Contains("\tkeys") ? line : line + "\tkeys (exact>loose|...)").Append('\n');
            continue;
        }
        var f = line.Split('\t');
        var fields = f.Length > columns ? f[..columns] : f;
        var (primary, alternates) = names(fields);
        var keys = Gazetteer.KeysOf(primary, alternates);
        output.Append(string.Join('\t', fields)).Append('\t');
        output.Append(string.Join('|', keys.Select(k => $"{k.Exact}>{k.Loose}"))).Append('\n');
        rows++;
    }
    using (var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
    using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
        writer.Write(output.ToString());
    Console.WriteLine($"{path}: keys for {rows} rows (key version {NameKey.Version})");
}
