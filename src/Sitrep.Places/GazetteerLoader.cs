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
        // The built-in tables hold about 190,000 entries under 420,000 distinct keys (GeoNames cities1000 and its admin regions).
        g.Reserve(entries: 200_000, keys: 450_000);
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

    private static double Coord(ReadOnlySpan<char> s) =>
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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ReadAdmin(Gazetteer g, string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), bufferSize: 1 << 16);
        var precomputed = false;
        Span<Range> f = stackalloc Range[8];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            if (line[0] == '#')
            {
                precomputed |= line == $"# keys-version={NameKey.Version}";
                continue;
            }
            var n = line.AsSpan().Split(f, '\t');
            if (n < 5) continue;
            var code = line.AsSpan(f[1]);
            var level = line.AsSpan(f[0]) is "1" ? 1 : 2;
            var dot1 = code.IndexOf('.');
            var dot2 = dot1 < 0 ? -1 : code[(dot1 + 1)..].IndexOf('.') is var d and >= 0 ? dot1 + 1 + d : -1;
            var entry = new GazetteerEntry
            {
                Id = string.Concat(level == 1 ? "admin1:" : "admin2:", code), Name = line[f[2]], Kind = level == 1 ? PlaceKind.Admin1 : PlaceKind.Admin2,
                FeatureCode = level == 1 ? "ADM1" : "ADM2", CountryCode = g.Shared(dot1 < 0 ? code : code[..dot1]),
                Admin1Code = dot1 < 0 ? "" : g.Shared(dot2 < 0 ? code[(dot1 + 1)..] : code[(dot1 + 1)..dot2]),
                Admin2Code = dot2 < 0 ? "" : g.Shared(code[(dot2 + 1)..]), Latitude = Coord(line.AsSpan(f[3])), Longitude = Coord(line.AsSpan(f[4])), Source = "built-in",
            };
            if (precomputed && n > 6) AddStoredKeys(g, g.AddKeyed(entry, []), line.AsSpan(f[6]));
            else g.AddKeyed(entry, Gazetteer.KeysOf(entry.Name, AdminNameVariants(entry.Name)));
        }
    }

    /// <summary>A keys column ("exact>loose|exact>loose"), the first pair the primary name's, read in place.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void AddStoredKeys(Gazetteer g, int index, ReadOnlySpan<char> keys)
    {
        var primary = true;
        foreach (var pair in keys.Split('|'))
        {
            var one = keys[pair];
            var gt = one.IndexOf('>');
            if (gt <= 0) continue;
            g.AddKey(index, one[..gt], one[(gt + 1)..], primary);
            primary = false;
        }
    }

    // "Damascus Governorate", "Kunar Province", "Al-Hasakah District": the bare name is how reports say it.
    private static readonly string[] AdminSuffixes =
        [" governorate", " province", " district", " region", " state", " oblast", " county", " municipality", " wilayah", " muhafazat", " prefecture", " department"];

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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ReadPlaces(Gazetteer g, string path)
    {
        // Streamed in batches of lines: one thread inflates and splits lines while this one reads the rows, so the
        // file is never held whole. A row's fields are read in place: only the strings an entry keeps are allocated.
        using var batches = new System.Collections.Concurrent.BlockingCollection<List<string>>(boundedCapacity: 2);
        using var stop = new CancellationTokenSource();
        var reading = Task.Run(() =>
        {
            try
            {
                using var stream = File.OpenRead(path);
                using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), bufferSize: 1 << 16);
                var batch = new List<string>(512);
                while (reader.ReadLine() is { } line)
                {
                    batch.Add(line);
                    if (batch.Count < 512) continue;
                    batches.Add(batch, stop.Token);
                    batch = new List<string>(512);
                }
                batches.Add(batch, stop.Token);
            }
            catch (OperationCanceledException) { }
            finally { batches.CompleteAdding(); }
        });
        // Keys written by tools/gazetteer/keys are used only when made by the same key version.
        var precomputed = false;
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable())
                foreach (var line in batch)
                {
                    if (line.Length == 0) continue;
                    if (line[0] == '#') precomputed |= line == $"# keys-version={NameKey.Version}";
                    else ReadPlaceRow(g, line, precomputed);
                }
        }
        finally
        {
            stop.Cancel(); // the reader stops too when reading the rows failed
        }
        reading.GetAwaiter().GetResult(); // a read error surfaces here
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void ReadPlaceRow(Gazetteer g, string line, bool precomputed)
    {
        Span<Range> f = stackalloc Range[13];
        var n = line.AsSpan().Split(f, '\t');
        if (n < 10) return;
        var code = g.Shared(line.AsSpan(f[3]));
        var entry = new GazetteerEntry
        {
            Id = string.Concat("geonames:", line.AsSpan(f[0])), Name = line[f[1]], Kind = code.StartsWith('P') ? PlaceKind.Populated : KindOf("", code),
            FeatureCode = code, CountryCode = g.Shared(line.AsSpan(f[4])), Admin1Code = g.Shared(line.AsSpan(f[5])), Admin2Code = g.Shared(line.AsSpan(f[6])),
            Latitude = Coord(line.AsSpan(f[7])), Longitude = Coord(line.AsSpan(f[8])), Population = long.TryParse(line.AsSpan(f[9]), out var p) ? p : 0, Source = "built-in",
        };
        if (precomputed && n > 11) AddStoredKeys(g, g.AddKeyed(entry, []), line.AsSpan(f[11]));
        else g.AddKeyed(entry, Gazetteer.KeysOf(entry.Name, [line[f[2]], .. Alternates(n > 10 ? line[f[10]] : "")]));
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
        // In batches: rows are keyed in parallel, then added in file order; the file is never held whole.
        const int Batch = 16384;
        var lines = new List<string>(Batch);
        var parsed = new ParsedRow?[Batch];
        var first = 1;
        foreach (var line in File.ReadLines(path))
        {
            lines.Add(line);
            if (lines.Count < Batch) continue;
            AddBatch();
            first += lines.Count;
            lines.Clear();
        }
        AddBatch();
        Summarize(g, path, warnings);

        void AddBatch()
        {
            Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, k => parsed[k] = ParseRow(lines[k], source));
            for (var k = 0; k < lines.Count; k++)
            {
                var row = parsed[k];
                parsed[k] = null;
                if (row is null) continue;
                if (row.Problem is not null)
                {
                    Warn(g, path, first + k, row.Problem, ref warnings);
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
        }
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
