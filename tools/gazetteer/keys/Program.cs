using System.IO.Compression;
using System.Text;
using Sitrep.Places;

// Second compile step: adds each place's name keys to data/gazetteer/places.tsv.gz so that loading the
// built-in gazetteer does not normalize half a million names. Run after compile.mjs:
//   dotnet run --project tools/gazetteer/keys -- data/gazetteer/places.tsv.gz
if (args.Length != 1 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Sitrep.Gazetteer.Keys PATH/places.tsv.gz");
    return 2;
}
var path = args[0];
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
    var fields = f.Length > 11 ? f[..11] : f;
    var names = new List<string> { fields[2] };
    if (fields[10].Length > 0) names.AddRange(fields[10].Split('|'));
    var keys = Gazetteer.KeysOf(fields[1], names);
    output.Append(string.Join('\t', fields)).Append('\t');
    output.Append(string.Join('|', keys.Select(k => $"{k.Exact}>{k.Loose}"))).Append('\n');
    rows++;
}
using (var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
using (var writer = new StreamWriter(gz, new UTF8Encoding(false)))
    writer.Write(output.ToString());
Console.WriteLine($"{path}: keys for {rows} places (key version {NameKey.Version})");
return 0;
