using Sitrep.Core;

namespace Sitrep.Places;

/// <summary>
/// The merged gazetteer: built-in data first, then each extended GeoNames folder over it. Lookups go through
/// <see cref="NameKey"/> keys; ranking the matches is the resolver's job.
/// </summary>
public sealed class Gazetteer : IGazetteer
{
    private readonly List<GazetteerEntry> _entries = [];
    private readonly KeyIndex _exact = new();
    private readonly KeyIndex _loose = new();
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _iso3 = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _admin = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _demonyms = new(StringComparer.Ordinal);
    private Dictionary<string, List<string>>? _looseKeysByCountry;

    public int Count => _entries.Count;
    public int KeyCount => _exact.KeyCount;
    public IReadOnlyList<GazetteerEntry> Entries => _entries;
    /// <summary>Problems met while loading (malformed lines with file and line number); loading went on past them.</summary>
    public List<string> LoadWarnings { get; } = [];
    /// <summary>How long each loading step took (wall clock and process CPU), for the benchmark.</summary>
    public List<(string Step, TimeSpan Wall, TimeSpan Cpu)> LoadTimings { get; } = [];

    /// <summary>Makes room ahead for about this many entries and name keys, so the tables are not regrown (and copied) while loading.</summary>
    public void Reserve(int entries, int keys)
    {
        _entries.EnsureCapacity(entries);
        _byId.EnsureCapacity(entries);
        _exact.Reserve(keys, entries * 3);
        _loose.Reserve(keys, entries * 3);
    }

    /// <summary>Adds an entry, or replaces the one with the same id (an extended folder refining a built-in row).</summary>
    public int Add(GazetteerEntry entry, IEnumerable<string> names)
    {
        var index = Store(entry);
        IndexName(index, entry.Name, primary: true);
        foreach (var n in names) IndexName(index, n, primary: false);
        return index;
    }

    // Codes repeat across hundreds of thousands of rows; one copy each keeps the extended gazetteer smaller.
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private string Shared(string s)
    {
        if (s.Length == 0) return "";
        if (_codes.TryGetValue(s, out var shared)) return shared;
        _codes[s] = s;
        return s;
    }

    /// <summary>The one shared copy of a code read from a row, allocated only the first time it is seen.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal string Shared(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return "";
        var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(s, out var shared)) return shared;
        var made = s.ToString();
        _codes[made] = made;
        return made;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private int Store(GazetteerEntry entry)
    {
        entry.CountryCode = Shared(entry.CountryCode);
        entry.Admin1Code = Shared(entry.Admin1Code);
        entry.Admin2Code = Shared(entry.Admin2Code);
        entry.FeatureCode = Shared(entry.FeatureCode);
        entry.Source = Shared(entry.Source);
        if (_byId.TryGetValue(entry.Id, out var existing))
        {
            var old = _entries[existing];
            old.Name = entry.Name;
            old.Kind = entry.Kind;
            old.FeatureCode = entry.FeatureCode;
            old.CountryCode = entry.CountryCode;
            old.Admin1Code = entry.Admin1Code;
            old.Admin2Code = entry.Admin2Code;
            old.Latitude = entry.Latitude;
            old.Longitude = entry.Longitude;
            old.Population = Math.Max(old.Population, entry.Population);
            old.Source = entry.Source;
        }
        else
        {
            existing = _entries.Count;
            _entries.Add(entry);
            _byId[entry.Id] = existing;
        }
        _looseKeysByCountry = null;
        if (entry.Kind == PlaceKind.Country) _countries[entry.CountryCode] = existing;
        if (entry.Kind == PlaceKind.Admin1 && entry.FeatureCode == "ADM1") _admin[entry.Admin1Key] = existing;
        if (entry.Kind == PlaceKind.Admin2 && entry.FeatureCode == "ADM2") _admin[entry.Admin2Key] = existing;
        return existing;
    }

    /// <summary>Name keys computed ahead (in parallel while loading): exact and loose key pairs, the first one primary.</summary>
    public int AddKeyed(GazetteerEntry entry, IReadOnlyList<(string Exact, string Loose)> keys)
    {
        var index = Store(entry);
        for (var k = 0; k < keys.Count; k++)
        {
            _exact.Add(keys[k].Exact, index << 1 | (k == 0 ? 1 : 0));
            _loose.Add(keys[k].Loose, index << 1 | (k == 0 ? 1 : 0));
        }
        return index;
    }

    /// <summary>One precomputed key pair for an entry, read in place from a data row (a key string is made only for a new key).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void AddKey(int index, ReadOnlySpan<char> exact, ReadOnlySpan<char> loose, bool primary)
    {
        _exact.Add(exact, index << 1 | (primary ? 1 : 0));
        _loose.Add(loose, index << 1 | (primary ? 1 : 0));
    }

    /// <summary>More keys for an existing entry, all as alternate names.</summary>
    public void AddKeys(int index, IReadOnlyList<(string Exact, string Loose)> keys)
    {
        foreach (var (exact, loose) in keys)
        {
            _exact.Add(exact, index << 1);
            _loose.Add(loose, index << 1);
        }
    }

    /// <summary>The key pairs of a primary name and its alternates (empty keys dropped), as <see cref="AddKeyed"/> takes them.</summary>
    public static List<(string Exact, string Loose)> KeysOf(string primary, IEnumerable<string> alternates)
    {
        var keys = new List<(string, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in alternates.Prepend(primary))
        {
            // Many alternate names repeat word for word across languages: key each spelling once.
            if (string.IsNullOrWhiteSpace(n) || !names.Add(n) || !NameKey.IsIndexable(n)) continue;
            var key = NameKey.Exact(n);
            if (key.Length < 2 || !seen.Add(key)) continue;
            keys.Add((key, NameKey.LooseFromExact(key)));
        }
        return keys;
    }

    public void IndexName(int entry, string name, bool primary)
    {
        if (string.IsNullOrWhiteSpace(name) || !NameKey.IsIndexable(name)) return;
        var key = NameKey.Exact(name);
        if (key.Length < 2) return;
        _exact.Add(key, entry << 1 | (primary ? 1 : 0));
        _loose.Add(NameKey.LooseFromExact(key), entry << 1 | (primary ? 1 : 0));
    }

    public void AddCountryCode(string iso2, string iso3) => _iso3[iso2] = iso3;
    public void AddDemonym(string demonym, string iso2)
    {
        var key = NameKey.Exact(demonym);
        if (key.Length > 0) _demonyms.TryAdd(key, iso2);
    }

    public int IndexOfId(string id) => _byId.GetValueOrDefault(id, -1);

    public GazetteerEntry? EntryById(string id) => _byId.TryGetValue(id, out var i) ? _entries[i] : null;

    /// <summary>Every entry whose name or alternate name has the same key.</summary>
    public IReadOnlyList<Place> Find(string name) => Lookup(name, loose: false).Select(m => ToPlace(m.Entry)).ToList();

    /// <summary>Matches for a name: exact key first; with <paramref name="loose"/>, the variant key when nothing matched exactly.</summary>
    public List<GazetteerMatch> Lookup(string name, bool loose)
    {
        var exact = NameKey.Exact(name);
        var result = new List<GazetteerMatch>();
        if (exact.Length < 2) return result;
        var hits = new List<int>();
        _exact.Collect(exact, hits);
        foreach (var h in hits) result.Add(new GazetteerMatch(_entries[h >> 1], MatchQuality.Exact, (h & 1) == 1));
        if (result.Count > 0 || !loose) return result;
        _loose.Collect(NameKey.LooseFromExact(exact), hits);
        foreach (var h in hits) result.Add(new GazetteerMatch(_entries[h >> 1], MatchQuality.Variant, (h & 1) == 1));
        return result;
    }

    /// <summary>
    /// Regions of one level whose name holds the given name as whole words ("Wardak" in "Maidan Wardak",
    /// "Paktika" in "Paktika Province"), in one country or, without one, anywhere. Only for names the text
    /// itself calls a province or district, so a partial name cannot be mistaken for a town.
    /// </summary>
    public List<GazetteerMatch> RegionsNamedInPart(string name, PlaceKind level, string? countryCode)
    {
        var result = new List<GazetteerMatch>();
        var key = NameKey.Exact(name);
        if (key.Length < 4) return result;
        var padded = $" {key} ";
        foreach (var i in _admin.Values)
        {
            var e = _entries[i];
            if (e.Kind != level || !e.HasCoordinates || (countryCode is not null && e.CountryCode != countryCode)) continue;
            var whole = NameKey.Exact(e.Name);
            if (whole != key && $" {whole} ".Contains(padded, StringComparison.Ordinal))
                result.Add(new GazetteerMatch(e, MatchQuality.Variant, false));
        }
        return result;
    }

    /// <summary>True when some entry has this exact key (cheap test used while scanning text).</summary>
    public bool HasKey(string exactKey) => _exact.Contains(exactKey);

    /// <summary>
    /// Spelling-distance matches within one country ("Dayz Az Zawr"), guarded: keys of at least 5 letters,
    /// one edit up to 9 letters, two beyond.
    /// </summary>
    public List<GazetteerMatch> FuzzyLookup(string name, string countryCode)
    {
        var result = new List<GazetteerMatch>();
        var key = NameKey.Loose(name);
        if (key.Length < 5) return result;
        var maxEdits = key.Length >= 10 ? 2 : 1;
        var byCountry = LooseKeysByCountry();
        if (!byCountry.TryGetValue(countryCode.ToUpperInvariant(), out var keys)) return result;
        var hits = new List<int>();
        var best = int.MaxValue;
        foreach (var k in keys)
        {
            if (Math.Abs(k.Length - key.Length) > maxEdits) continue;
            var d = EditDistance.Bounded(key, k, maxEdits);
            if (d > maxEdits || d > best) continue;
            if (d < best) { best = d; hits.Clear(); }
            _loose.Collect(k, hits);
        }
        foreach (var h in hits)
        {
            var e = _entries[h >> 1];
            if (e.CountryCode == countryCode) result.Add(new GazetteerMatch(e, MatchQuality.Fuzzy, (h & 1) == 1));
        }
        return result;
    }

    private Dictionary<string, List<string>> LooseKeysByCountry()
    {
        var current = _looseKeysByCountry;
        if (current is not null) return current;
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var hits = new List<int>();
        foreach (var k in _loose.Keys)
        {
            hits.Clear();
            _loose.Collect(k, hits);
            foreach (var h in hits)
            {
                var cc = _entries[h >> 1].CountryCode;
                if (!map.TryGetValue(cc, out var set)) map[cc] = set = [];
                set.Add(k);
            }
        }
        current = map.ToDictionary(p => p.Key, p => p.Value.ToList(), StringComparer.Ordinal);
        _looseKeysByCountry = current;
        return current;
    }

    /// <summary>The country whose demonym this is ("Syrian" → SY), or null.</summary>
    public string? DemonymCountry(string word) => _demonyms.GetValueOrDefault(NameKey.Exact(word));

    public Place? Country(string codeOrName)
    {
        var e = CountryEntry(codeOrName);
        return e is null ? null : ToPlace(e);
    }

    public GazetteerEntry? CountryEntry(string codeOrName)
    {
        if (_countries.TryGetValue(codeOrName, out var i)) return _entries[i];
        foreach (var pair in _iso3)
            if (string.Equals(pair.Value, codeOrName, StringComparison.OrdinalIgnoreCase) && _countries.TryGetValue(pair.Key, out i))
                return _entries[i];
        return Lookup(codeOrName, loose: false).Select(m => m.Entry).FirstOrDefault(e => e.Kind == PlaceKind.Country);
    }

    public GazetteerEntry? Admin1(string countryCode, string admin1Code) =>
        _admin.TryGetValue($"{countryCode}.{admin1Code}", out var i) ? _entries[i] : null;

    public GazetteerEntry? Admin2(string countryCode, string admin1Code, string admin2Code) =>
        _admin.TryGetValue($"{countryCode}.{admin1Code}.{admin2Code}", out var i) ? _entries[i] : null;

    public string Iso3(string iso2) => _iso3.GetValueOrDefault(iso2) ?? "";

    private static string? Plain(string? name) => name is null ? null : LatinFold.Plain(name);

    public Place ToPlace(GazetteerEntry e)
    {
        var country = _countries.TryGetValue(e.CountryCode, out var ci) ? _entries[ci].Name : e.CountryCode;
        var admin1 = e.Kind == PlaceKind.Admin1 ? e.Name : e.Admin1Code.Length > 0 ? Admin1(e.CountryCode, e.Admin1Code)?.Name : null;
        var admin2 = e.Kind == PlaceKind.Admin2 ? e.Name : e.Admin2Code.Length > 0 ? Admin2(e.CountryCode, e.Admin1Code, e.Admin2Code)?.Name : null;
        // Records name places in plain Latin letters, as ACLED does, whatever diacritics the gazetteer row carries.
        var name = LatinFold.Plain(e.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 ? RegionName(e.Name) : e.Name);
        return new Place(e.Id, name, e.Kind, e.CountryCode, Iso3(e.CountryCode), country, Plain(RegionName(admin1)), Plain(RegionName(admin2)),
            Math.Round(e.Latitude, 5), Math.Round(e.Longitude, 5), e.Population);
    }

    /// <summary>
    /// A region's name as ACLED writes it, without the type word GeoNames often adds ("Maidan Wardak Province",
    /// "Borno State", "Donetsk Oblast" become "Maidan Wardak", "Borno", "Donetsk").
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(name))]
    public static string? RegionName(string? name) =>
        name is null ? null : GazetteerLoader.AdminNameVariants(name).FirstOrDefault() ?? name;

    /// <summary>Admin regions without coordinates get the centre of the towns loaded inside them.</summary>
    public void FillAdminCentres()
    {
        var missing = _admin.Values.Where(i => !_entries[i].HasCoordinates).ToHashSet();
        if (missing.Count == 0) return;
        var boxes = new Dictionary<int, (double MinLat, double MaxLat, double MinLon, double MaxLon)>();
        foreach (var e in _entries)
        {
            if (e.Kind is not (PlaceKind.Populated or PlaceKind.Site) || !e.HasCoordinates) continue;
            foreach (var key in new[] { e.Admin1Key, e.Admin2Key })
            {
                if (key.Length == 0 || !_admin.TryGetValue(key, out var a) || !missing.Contains(a)) continue;
                boxes[a] = boxes.TryGetValue(a, out var b)
                    ? (Math.Min(b.MinLat, e.Latitude), Math.Max(b.MaxLat, e.Latitude), Math.Min(b.MinLon, e.Longitude), Math.Max(b.MaxLon, e.Longitude))
                    : (e.Latitude, e.Latitude, e.Longitude, e.Longitude);
            }
        }
        foreach (var (a, b) in boxes)
        {
            _entries[a].Latitude = (b.MinLat + b.MaxLat) / 2;
            _entries[a].Longitude = (b.MinLon + b.MaxLon) / 2;
        }
    }
}
