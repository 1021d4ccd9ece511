using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Sitrep.Storage.Bench;

/// <summary>
/// The places and parties synthetic reports speak of, read from Sitrep's own data folder: many countries weighted
/// the way conflict news is (a few countries carry most reports), real towns of each, and in each country a
/// handful of hot spots that draw a large share of events, so map and place filters see realistic clustering.
/// </summary>
public sealed class World
{
    public sealed record Country(string Iso2, string Iso3, string Name, string Demonym, double Weight, Town[] Towns, double[] TownCumulative,
        ArmedGroup[] Groups);

    public sealed record Town(string Name, string Admin1, double Latitude, double Longitude, double RegionLatitude, double RegionLongitude);

    /// <summary>A named group as ACLED names it, and the words news uses for it.</summary>
    public sealed record ArmedGroup(string Name, string Words);

    // Share of conflict news by country: the heavy head is what ACLED's yearly totals look like; everything else is a long tail.
    private static readonly (string Iso2, double Weight)[] Head =
    [
        ("UA", 18), ("SY", 10), ("MM", 8), ("SD", 6), ("CD", 6), ("NG", 6), ("MX", 6), ("SO", 5), ("YE", 5), ("PS", 4), ("ML", 4),
        ("BF", 4), ("PK", 4), ("CO", 4), ("ET", 4), ("IN", 4), ("IQ", 3), ("AF", 3), ("CM", 3), ("LB", 3), ("BR", 3), ("BD", 3),
        ("NE", 2), ("HT", 2), ("LY", 2), ("SS", 2), ("PH", 2), ("MZ", 1), ("CF", 1), ("TD", 1), ("KE", 1), ("TR", 1), ("IR", 1),
    ];

    private static readonly string[] Tail =
    [
        "DZ", "AO", "AR", "AM", "AZ", "BJ", "BO", "BI", "CL", "CI", "EC", "EG", "FR", "GE", "DE", "GH", "GN", "GT", "HN", "ID",
        "JO", "KZ", "KG", "LR", "MG", "MW", "MA", "NP", "NI", "PE", "RU", "RW", "SN", "SL", "LK", "TJ", "TZ", "TH", "TN", "UG",
        "GB", "US", "VE", "ZM", "ZW",
    ];

    public IReadOnlyList<Country> Countries { get; }
    private readonly double[] _countryCumulative;

    private World(List<Country> countries)
    {
        Countries = countries;
        _countryCumulative = Cumulative(countries.Select(c => c.Weight));
    }

    public Country PickCountry(Random r) => Countries[Pick(_countryCumulative, r)];

    public static Town PickTown(Country c, Random r) => c.Towns[Pick(c.TownCumulative, r)];

    public static World Load(string dataFolder)
    {
        var gazetteer = Path.Combine(dataFolder, "gazetteer");
        var countryRows = Rows(Path.Combine(gazetteer, "countries.tsv")).ToDictionary(f => f[0]);
        var admin1 = Rows(Path.Combine(gazetteer, "admin.tsv.gz")).Where(f => f[0] == "1")
            .ToDictionary(f => f[1], f => (Name: f[2], Lat: Num(f[3]), Lon: Num(f[4])));
        var wanted = Head.Select(h => h.Iso2).Concat(Tail).ToHashSet();
        var places = new Dictionary<string, List<(Town Town, double Population)>>();
        foreach (var f in Rows(Path.Combine(gazetteer, "places.tsv.gz")))
        {
            // Populated places only (PPL*), in a country the world covers, in a known first-level region.
            if (!wanted.Contains(f[4]) || !f[3].StartsWith("PPL", StringComparison.Ordinal)) continue;
            if (!admin1.TryGetValue($"{f[4]}.{f[5]}", out var region)) continue;
            if (!places.TryGetValue(f[4], out var list)) places[f[4]] = list = [];
            list.Add((new Town(f[2], region.Name, Num(f[7]), Num(f[8]), region.Lat, region.Lon), Num(f[9])));
        }
        var groups = ArmedGroups(Path.Combine(dataFolder, "actors", "armed-groups.jsonl"));

        var countries = new List<Country>();
        var weights = Head.ToDictionary(h => h.Iso2, h => h.Weight);
        foreach (var iso2 in wanted.Order(StringComparer.Ordinal))
        {
            if (!countryRows.TryGetValue(iso2, out var row) || !places.TryGetValue(iso2, out var towns) || towns.Count < 20) continue;
            // Bigger towns are in the news more; a few hot spots (front lines, contested cities) far more than their size says.
            var r = new Random(iso2[0] * 31 + iso2[1]);
            var townWeights = towns.Select(t => Math.Pow(t.Population + 5000, 0.45)).ToArray();
            for (var k = Math.Max(3, towns.Count / 100); k > 0; k--) townWeights[r.Next(towns.Count)] *= 8;
            var demonym = row[8].Split('|')[0];
            countries.Add(new Country(iso2, row[1], row[2], demonym.Length > 0 ? demonym : row[2], weights.GetValueOrDefault(iso2, 0.25),
                towns.Select(t => t.Town).ToArray(), Cumulative(townWeights), groups.GetValueOrDefault(iso2, [])));
        }

        return new World(countries);
    }

    private static Dictionary<string, ArmedGroup[]> ArmedGroups(string path)
    {
        var byCountry = new Dictionary<string, List<ArmedGroup>>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] != '{') continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("home_country", out var home) || !root.TryGetProperty("patterns", out var patterns)) continue;
            var name = root.GetProperty("name").GetString()!;
            var words = patterns.EnumerateArray().Select(p => p.GetString()!).OrderByDescending(p => p.Length).First();
            if (name.Contains('{')) continue;
            if (!byCountry.TryGetValue(home.GetString()!, out var list)) byCountry[home.GetString()!] = list = [];
            list.Add(new ArmedGroup(name, words));
        }
        return byCountry.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private static IEnumerable<string[]> Rows(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#') yield return line.Split('\t');
    }

    private static double Num(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    public static double[] Cumulative(IEnumerable<double> weights)
    {
        var list = new List<double>();
        var sum = 0.0;
        foreach (var w in weights) list.Add(sum += w);
        return [.. list];
    }

    public static int Pick(double[] cumulative, Random r)
    {
        var i = Array.BinarySearch(cumulative, r.NextDouble() * cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
