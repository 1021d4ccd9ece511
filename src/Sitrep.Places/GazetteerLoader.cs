using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Places;

/// <summary>Reads the built-in gazetteer (data/gazetteer/, data/sites.jsonl, data/countries.jsonl) and extended GeoNames folders.</summary>
public static partial class GazetteerLoader
{
    private const int MaxWarningsPerFile = 20;

    /// <summary>The built-in gazetteer plus every extended folder merged over it, in order.</summary>
    public static Gazetteer Load(string dataFolder, IEnumerable<string> extendedFolders)
    {
        var g = LoadBuiltIn(dataFolder);
        var any = false;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        foreach (var dir in extendedFolders)
        {
            AddGeoNamesFolder(g, dir);
            any = true;
        }
        if (any) g.FillAdminCentres();
        if (any) g.LoadTimings.Add(("extended folders", watch.Elapsed, Environment.CpuUsage.TotalTime - cpu));
        return g;
    }

    public static Gazetteer LoadBuiltIn(string dataFolder)
    {
        var folder = Path.Combine(dataFolder, "gazetteer");
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"the built-in gazetteer was not found at {folder}");
        var g = new Gazetteer();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        void Step(string name)
        {
            var now = Environment.CpuUsage.TotalTime;
            g.LoadTimings.Add((name, watch.Elapsed, now - cpu));
            cpu = now;
            watch.Restart();
        }
        ReadCountries(g, Path.Combine(folder, "countries.tsv"));
        ReadWorldRegions(g, Path.Combine(folder, "world-regions.tsv"));
        Step("countries");
        ReadAdmin(g, Path.Combine(folder, "admin.tsv.gz"));
        Step("admin regions");
        ReadPlaces(g, Path.Combine(folder, "places.tsv.gz"));
        Step("places");
        var extra = Path.Combine(folder, "extra-names.tsv");
        if (File.Exists(extra))
            foreach (var (line, f) in Rows(extra))
            {
                var index = f.Length == 2 ? g.IndexOfId(f[1]) : -1;
                if (index >= 0) g.IndexName(index, f[0], primary: false);
                else g.LoadWarnings.Add($"{extra}:{line}: unknown gazetteer id");
            }
        var countriesJsonl = Path.Combine(dataFolder, "countries.jsonl");
        if (File.Exists(countriesJsonl)) ReadCountryDictionary(g, countriesJsonl);
        var sites = Path.Combine(dataFolder, "sites.jsonl");
        if (File.Exists(sites)) ReadSites(g, sites);
        Step("names and sites");
        return g;
    }

    private static IEnumerable<(int Line, string[] Fields)> Rows(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress))
            : new StreamReader(stream);
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (n, line.Split('\t'));
        }
    }

    private static double Coord(string s) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN;

    private static string[] Alternates(string s) => s.Length == 0 ? [] : s.Split('|', StringSplitOptions.RemoveEmptyEntries);

    private static void ReadCountries(Gazetteer g, string path)
    {
        foreach (var (_, f) in Rows(path))
        {
            var e = new GazetteerEntry
            {
                Id = $"country:{f[0]}", Name = f[2], Kind = PlaceKind.Country, FeatureCode = "PCLI", CountryCode = f[0],
                Latitude = Coord(f[4]), Longitude = Coord(f[5]), Source = "built-in",
            };
            g.AddCountryCode(f[0], f[1]);
            g.Add(e, [f[3], .. Alternates(f[7])]);
            foreach (var d in Alternates(f[8])) g.AddDemonym(d, f[0]);
        }
    }

    private static void ReadWorldRegions(Gazetteer g, string path)
    {
        if (!File.Exists(path)) return;
        foreach (var (_, f) in Rows(path))
            g.Add(new GazetteerEntry
            {
                Id = $"region:{f[0]}", Name = f[1], Kind = PlaceKind.WorldRegion, FeatureCode = "CONT", CountryCode = "",
                Latitude = Coord(f[2]), Longitude = Coord(f[3]), Source = "built-in",
            }, Alternates(f.Length > 4 ? f[4] : ""));
    }

    private static void ReadAdmin(Gazetteer g, string path)
    {
        var rows = Rows(path).Select(r => r.Fields).ToList();
        var precomputed = FirstLine(path) == $"# keys-version={NameKey.Version}";
        foreach (var f in rows)
        {
            var parts = f[1].Split('.');
            var level = f[0] == "1" ? 1 : 2;
            var entry = new GazetteerEntry
            {
                Id = $"admin{level}:{f[1]}", Name = f[2], Kind = level == 1 ? PlaceKind.Admin1 : PlaceKind.Admin2,
                FeatureCode = level == 1 ? "ADM1" : "ADM2", CountryCode = parts[0], Admin1Code = parts.Length > 1 ? parts[1] : "",
                Admin2Code = parts.Length > 2 ? parts[2] : "", Latitude = Coord(f[3]), Longitude = Coord(f[4]), Source = "built-in",
            };
            g.AddKeyed(entry, precomputed && f.Length > 6 ? StoredKeys(f[6]) : Gazetteer.KeysOf(f[2], AdminNameVariants(f[2])));
        }
    }

    private static string FirstLine(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = path.EndsWith(".gz", StringComparison.Ordinal)
            ? new StreamReader(new GZipStream(stream, CompressionMode.Decompress))
            : new StreamReader(stream);
        return reader.ReadLine() ?? "";
    }

    // "Damascus Governorate", "Kunar Province", "Al-Hasakah District": the bare name is how reports say it.
    private static readonly string[] AdminSuffixes =
        [" governorate", " province", " district", " region", " state", " oblast", " county", " municipality", " wilayah", " muhafazat", " prefecture"];

    public static IEnumerable<string> AdminNameVariants(string name)
    {
        foreach (var s in AdminSuffixes)
            if (name.EndsWith(s, StringComparison.OrdinalIgnoreCase) && name.Length > s.Length + 2)
                yield return name[..^s.Length];
        if (name.StartsWith("Muhafazat ", StringComparison.OrdinalIgnoreCase)) yield return name["Muhafazat ".Length..];
        // "Province of Pangasinan", "Departamento de Boyacá", "Municipio de Tibú": the type word leads.
        var lead = AdminPrefix().Match(name);
        if (lead.Success && name.Length > lead.Length + 2) yield return name[lead.Length..];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:Municipal|Regional|Urban) )?(?:Province|State|Region|County|District|Municipality|Commune|Ward|Borough|Municipio|Departamento|Provincia|Partido|Distrito|Département|Arrondissement|Caza|Délégation|Cercle|Daïra) (?:of|de|du|di|del|de la|des|d') ?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AdminPrefix();

    private static void ReadPlaces(Gazetteer g, string path)
    {
        var lines = new List<string>();
        using (var stream = File.OpenRead(path))
        using (var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress)))
            while (reader.ReadLine() is { } line) lines.Add(line);
        // Keys written by tools/gazetteer/keys are used only when made by the same key version.
        var precomputed = lines.Count > 0 && lines[0] == $"# keys-version={NameKey.Version}";
        var parsed = new (GazetteerEntry Entry, List<(string, string)> Keys)?[lines.Count];
        Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k =>
        {
            var line = lines[k];
            if (line.Length == 0 || line[0] == '#') return;
            var f = line.Split('\t');
            var code = f[3];
            var entry = new GazetteerEntry
            {
                Id = "geonames:" + f[0], Name = f[1], Kind = KindOf(code[0] == 'P' ? "P" : "", code), FeatureCode = code, CountryCode = f[4],
                Admin1Code = f[5], Admin2Code = f[6], Latitude = Coord(f[7]), Longitude = Coord(f[8]),
                Population = long.TryParse(f[9], out var p) ? p : 0, Source = "built-in",
            };
            parsed[k] = (entry, precomputed && f.Length > 11 ? StoredKeys(f[11]) : Gazetteer.KeysOf(f[1], [f[2], .. Alternates(f[10])]));
        });
        foreach (var row in parsed)
            if (row is { } r) g.AddKeyed(r.Entry, r.Keys);
    }

    private static List<(string, string)> StoredKeys(string column)
    {
        var keys = new List<(string, string)>();
        foreach (var pair in column.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            var gt = pair.IndexOf('>');
            if (gt > 0) keys.Add((pair[..gt], pair[(gt + 1)..]));
        }
        return keys;
    }

    /// <summary>data/countries.jsonl (the actors' country dictionary): more aliases and demonyms.</summary>
    private static void ReadCountryDictionary(Gazetteer g, string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var iso2 = root.GetProperty("iso2").GetString() ?? "";
                var country = g.CountryEntry(iso2);
                if (country is null) continue;
                var index = g.IndexOfId(country.Id);
                foreach (var a in Strings(root, "aliases")) g.IndexName(index, a, primary: false);
                if (root.TryGetProperty("name", out var nm) && nm.GetString() is { } name) g.IndexName(index, name, primary: false);
                foreach (var d in Strings(root, "demonyms")) g.AddDemonym(d, iso2);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                g.LoadWarnings.Add($"{path}:{n}: skipped ({e.Message})");
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var arr) || arr.ValueKind != JsonValueKind.Array) yield break;
        foreach (var x in arr.EnumerateArray())
            if (x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s) yield return s;
    }

    /// <summary>data/sites.jsonl: curated bases, airfields, crossings, camps, oil fields and dams.</summary>
    public static void ReadSites(Gazetteer g, string path)
    {
        var admin1Codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in g.Entries)
            if (e.Kind == PlaceKind.Admin1)
                foreach (var name in AdminNameVariants(e.Name).Append(e.Name))
                    admin1Codes.TryAdd($"{e.CountryCode}|{NameKey.Exact(name)}", e.Admin1Code);
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var cc = r.GetProperty("country").GetString()!;
                var admin1Name = r.TryGetProperty("admin1", out var a1) ? a1.GetString() ?? "" : "";
                var admin1Code = admin1Codes.GetValueOrDefault($"{cc}|{NameKey.Exact(admin1Name)}") ?? "";
                if (admin1Name.Length > 0 && admin1Code.Length == 0) g.LoadWarnings.Add($"{path}:{n}: admin1 '{admin1Name}' is not a known region of {cc}");
                g.Add(new GazetteerEntry
                {
                    Id = $"site:{r.GetProperty("id").GetString()}", Name = r.GetProperty("name").GetString()!, Kind = PlaceKind.Site,
                    FeatureCode = r.GetProperty("type").GetString()!, CountryCode = cc, Admin1Code = admin1Code,
                    Latitude = r.GetProperty("lat").GetDouble(), Longitude = r.GetProperty("lon").GetDouble(), Source = "sites",
                }, Strings(r, "aliases").ToList());
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or NullReferenceException)
            {
                g.LoadWarnings.Add($"{path}:{n}: skipped ({e.Message})");
            }
        }
    }

    internal static PlaceKind KindOf(string featureClass, string code) => featureClass switch
    {
        "P" => PlaceKind.Populated,
        "A" when code is "ADM1" or "ADM1H" => PlaceKind.Admin1,
        "A" when code.StartsWith("ADM", StringComparison.Ordinal) => PlaceKind.Admin2,
        "A" when code.StartsWith("PCL", StringComparison.Ordinal) => PlaceKind.Country,
        "" when code.StartsWith("PPL", StringComparison.Ordinal) => PlaceKind.Populated,
        _ => PlaceKind.Site,
    };

    /// <summary>
    /// Merges a folder of GeoNames files (searched recursively): 19-column place tables, admin1CodesASCII.txt,
    /// admin2Codes.txt and countryInfo.txt. Malformed lines are reported in <see cref="Gazetteer.LoadWarnings"/> and skipped.
    /// </summary>
    public static void AddGeoNamesFolder(Gazetteer g, string dir)
    {
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"gazetteer folder '{dir}' does not exist");
        string[] files;
        try { files = Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories); }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new DirectoryNotFoundException($"gazetteer folder '{dir}' cannot be read: {e.Message}");
        }
        Array.Sort(files, StringComparer.Ordinal);
        var codeFiles = files.Where(f => Path.GetFileName(f) is "admin1CodesASCII.txt" or "admin2Codes.txt").ToList();
        foreach (var f in codeFiles) ReadAdminCodes(g, f, Path.GetFileName(f) == "admin1CodesASCII.txt" ? 1 : 2);
        foreach (var f in files)
        {
            var name = Path.GetFileName(f);
            if (codeFiles.Contains(f) || name == "countryInfo.txt" || IsOtherGeoNamesTable(name)) continue;
            ReadPlaceTable(g, f);
        }
        if (files.Length == 0) g.LoadWarnings.Add($"{dir}: no GeoNames .txt files found");
    }

    private static bool IsOtherGeoNamesTable(string name) =>
        name.StartsWith("alternateNames", StringComparison.OrdinalIgnoreCase) || name.StartsWith("featureCodes", StringComparison.OrdinalIgnoreCase) ||
        name is "hierarchy.txt" or "timeZones.txt" or "iso-languagecodes.txt" or "readme.txt" or "userTags.txt" or "adminCode5.txt";

    private static void ReadAdminCodes(Gazetteer g, string path, int level)
    {
        var warnings = 0;
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            var parts = f[0].Split('.');
            if (f.Length < 2 || parts.Length != level + 1)
            {
                Warn(g, path, n, "expected 'CC.code<TAB>name<TAB>asciiname<TAB>geonameid'", ref warnings);
                continue;
            }
            var existing = g.EntryById($"admin{level}:{f[0]}");
            var entry = new GazetteerEntry
            {
                Id = $"admin{level}:{f[0]}", Name = f[1], Kind = level == 1 ? PlaceKind.Admin1 : PlaceKind.Admin2,
                FeatureCode = level == 1 ? "ADM1" : "ADM2", CountryCode = parts[0], Admin1Code = parts[1], Admin2Code = level == 2 ? parts[2] : "",
                Latitude = existing?.Latitude ?? double.NaN, Longitude = existing?.Longitude ?? double.NaN, Source = Path.GetFileName(path),
            };
            var names = AdminNameVariants(f[1]).ToList();
            if (f.Length > 2) names.Add(f[2]);
            g.Add(entry, names);
        }
        Summarize(g, path, warnings);
    }

    private sealed record ParsedRow(GazetteerEntry? Entry, List<(string, string)>? Keys, string? Problem);

    private static void ReadPlaceTable(Gazetteer g, string path)
    {
        var warnings = 0;
        var source = Path.GetFileName(path);
        var lines = File.ReadAllLines(path);
        var parsed = new ParsedRow?[lines.Length];
        Parallel.For(0, lines.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k => parsed[k] = ParseRow(lines[k], source));
        for (var k = 0; k < parsed.Length; k++)
        {
            var row = parsed[k];
            if (row is null) continue;
            if (row.Problem is not null)
            {
                Warn(g, path, k + 1, row.Problem, ref warnings);
                continue;
            }
            var entry = row.Entry!;
            var index = g.IndexOfId(entry.Id);
            // A region or country row adds its names; the code tables keep naming and placing the region.
            if (index >= 0 && entry.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 or PlaceKind.Country)
            {
                g.AddKeys(index, row.Keys!);
                continue;
            }
            g.AddKeyed(entry, row.Keys!);
        }
        Summarize(g, path, warnings);
    }

    private static ParsedRow? ParseRow(string line, string source)
    {
        if (line.Length == 0 || line[0] == '#') return null;
        var f = line.Split('\t');
        if (f.Length != 19) return new ParsedRow(null, null, $"expected 19 tab-separated columns, found {f.Length}");
        var lat = Coord(f[4]);
        var lon = Coord(f[5]);
        if (double.IsNaN(lat) || double.IsNaN(lon) || Math.Abs(lat) > 90 || Math.Abs(lon) > 180)
            return new ParsedRow(null, null, $"bad coordinate '{f[4]}, {f[5]}'");
        var kind = KindOf(f[6], f[7]);
        var names = new List<string>();
        if (f[2].Length > 0) names.Add(f[2]);
        foreach (var a in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries))
            if (a.Length <= 60) names.Add(a);
        if (kind is PlaceKind.Admin1 or PlaceKind.Admin2) names.AddRange(AdminNameVariants(f[1]));
        var id = kind switch
        {
            PlaceKind.Admin1 => $"admin1:{f[8]}.{f[10]}",
            PlaceKind.Admin2 when f[7] == "ADM2" => $"admin2:{f[8]}.{f[10]}.{f[11]}",
            PlaceKind.Country => $"country:{f[8]}",
            _ => $"geonames:{f[0]}",
        };
        var entry = new GazetteerEntry
        {
            Id = id, Name = f[1], Kind = kind, FeatureCode = f[7], CountryCode = f[8], Admin1Code = f[10], Admin2Code = f[11],
            Latitude = lat, Longitude = lon, Population = long.TryParse(f[14], out var p) ? p : 0, Source = source,
        };
        return new ParsedRow(entry, Gazetteer.KeysOf(f[1], names), null);
    }

    private static void Warn(Gazetteer g, string path, int line, string problem, ref int count)
    {
        if (++count <= MaxWarningsPerFile) g.LoadWarnings.Add($"{path}:{line}: {problem}; line skipped");
    }

    private static void Summarize(Gazetteer g, string path, int count)
    {
        if (count > MaxWarningsPerFile) g.LoadWarnings.Add($"{path}: {count - MaxWarningsPerFile} more malformed lines skipped");
    }
}
