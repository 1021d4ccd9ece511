using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>
/// The actor data the actors stage matches with: countries (data/countries.jsonl), dictionary entries (data/actors/*.jsonl)
/// and construction word lists (data/lexicons/actor-constructions.json), each checked against its schema in data/schemas/
/// and against the others (unique ids, known countries, patterns claimed by one entry only).
/// </summary>
public sealed class ActorDictionary
{
    public const string CountriesFile = "countries.jsonl";
    public const string ActorsFolder = "actors";
    public const string ConstructionsFile = "lexicons/actor-constructions.json";

    private ActorDictionary(IReadOnlyList<Country> countries, IReadOnlyList<ActorEntry> entries, ActorConstructions constructions)
    {
        Countries = countries;
        Entries = entries;
        Constructions = constructions;
        CountriesByIso2 = countries.ToDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
        EntriesById = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<ActorEntry> Entries { get; }
    public ActorConstructions Constructions { get; }
    public IReadOnlyDictionary<string, Country> CountriesByIso2 { get; }
    public IReadOnlyDictionary<string, ActorEntry> EntriesById { get; }

    /// <summary>Loads the data folder's actor data; any problem stops the load with every problem listed as "file:line: problem".</summary>
    public static ActorDictionary Load(string dataFolder)
    {
        var problems = new List<string>();
        var dictionary = Read(dataFolder, problems);
        if (problems.Count > 0)
            throw new InvalidDataException($"The actor data in {dataFolder} has {problems.Count} problem(s):{Environment.NewLine}" +
                                           string.Join(Environment.NewLine, problems.Take(30)));
        return dictionary!;
    }

    /// <summary>Only the countries (data/countries.jsonl), by ISO2, for stages that name actors without matching them.</summary>
    public static IReadOnlyDictionary<string, Country> LoadCountries(string dataFolder)
    {
        var problems = new List<string>();
        var countries = ReadCountries(dataFolder, problems);
        if (problems.Count > 0)
            throw new InvalidDataException($"{Path.Combine(dataFolder, CountriesFile)} has {problems.Count} problem(s):{Environment.NewLine}" +
                                           string.Join(Environment.NewLine, problems.Take(30)));
        return countries.ToDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every problem in the data folder's actor data, as "file:line: problem"; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(string dataFolder)
    {
        var problems = new List<string>();
        Read(dataFolder, problems);
        return problems;
    }

    private static ActorDictionary? Read(string dataFolder, List<string> problems)
    {
        var countries = ReadCountries(dataFolder, problems);
        var entries = ReadEntries(dataFolder, countries, problems);
        var constructions = ReadConstructions(dataFolder, problems);
        if (constructions is null) return null;
        CheckConstructions(constructions, File.ReadAllLines(Path.Combine(dataFolder, ConstructionsFile)), countries, entries, problems);
        return problems.Count > 0 ? null : new ActorDictionary(countries, entries, constructions);
    }

    private static List<Country> ReadCountries(string dataFolder, List<string> problems)
    {
        var countries = new List<Country>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (origin, line) in JsonLines(dataFolder, CountriesFile, "countries.schema.json", problems))
        {
            var c = new Country(Str(line, "iso2")!, Str(line, "iso3")!, Str(line, "name")!, Bool(line, "takes_article"),
                List(line, "aliases"), List(line, "demonyms"), List(line, "adjectives"), Str(line, "capital")!, List(line, "capital_aliases"));
            if (!seen.TryAdd(c.Iso2, origin)) { problems.Add($"{origin}: country {c.Iso2} is already listed at {seen[c.Iso2]}"); continue; }
            countries.Add(c);
        }
        return countries;
    }

    private static List<ActorEntry> ReadEntries(string dataFolder, List<Country> countries, List<string> problems)
    {
        var entries = new List<ActorEntry>();
        var folder = Path.Combine(dataFolder, ActorsFolder);
        if (!Directory.Exists(folder)) { problems.Add($"{ActorsFolder}: the actor dictionary folder is missing"); return entries; }
        var known = countries.Select(c => c.Iso2).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        // A phrase may belong to one entry per context; two entries claiming it would make the match depend on file order.
        var claimed = new Dictionary<(string, ActorContext), (string Id, string Origin)>();
        foreach (var path in Directory.GetFiles(folder, "*.jsonl").OrderBy(p => p, StringComparer.Ordinal))
        {
            var relative = $"{ActorsFolder}/{Path.GetFileName(path)}";
            foreach (var (origin, line) in JsonLines(dataFolder, relative, "actors.schema.json", problems))
            {
                var entry = ToEntry(line, origin);
                if (!ids.TryAdd(entry.Id, origin)) { problems.Add($"{origin}: id \"{entry.Id}\" is already used at {ids[entry.Id]}"); continue; }
                if (entry.HomeCountry is { } home && !known.Contains(home))
                    problems.Add($"{origin}: home_country {home} is not in {CountriesFile}");
                CheckPlaceholders(entry, origin, problems);
                foreach (var pattern in entry.Patterns)
                {
                    var keys = PhraseTrie<ActorEntry>.KeysOf(pattern);
                    if (keys is null) { problems.Add($"{origin}: pattern \"{pattern}\" holds no word"); continue; }
                    var phrase = PhraseTrie<ActorEntry>.Normalized(keys);
                    foreach (var context in entry.Contexts)
                    {
                        if (claimed.TryGetValue((phrase, context), out var owner))
                            problems.Add(owner.Id == entry.Id
                                ? $"{origin}: pattern \"{pattern}\" is listed twice in entry {entry.Id}"
                                : $"{origin}: pattern \"{pattern}\" is also claimed by entry {owner.Id} ({owner.Origin})");
                        else claimed[(phrase, context)] = (entry.Id, origin);
                    }
                }
                entries.Add(entry);
            }
        }
        return entries;
    }

    private static void CheckPlaceholders(ActorEntry entry, string origin, List<string> problems)
    {
        var rest = entry.Name.Replace(CountryNames.TheCountryPlaceholder, "").Replace(CountryNames.CountryPlaceholder, "")
            .Replace(CountryNames.BackerPlaceholder, "");
        if (rest.Contains('{') || rest.Contains('}'))
            problems.Add($"{origin}: name \"{entry.Name}\" holds a placeholder other than {CountryNames.CountryPlaceholder}, {CountryNames.TheCountryPlaceholder} or {CountryNames.BackerPlaceholder}");
        if (entry.Name.Contains(CountryNames.BackerPlaceholder) && entry.Contexts.Any(c => c != ActorContext.AfterBacker))
            problems.Add($"{origin}: a name with {CountryNames.BackerPlaceholder} can only be used after a backer (contexts [\"after_backer\"])");
        if (entry.HomeCountry is not null && entry.NeedsCountry)
            problems.Add($"{origin}: an entry with a home_country cannot name itself by another country ({entry.Name})");
    }

    private static ActorConstructions? ReadConstructions(string dataFolder, List<string> problems)
    {
        var path = Path.Combine(dataFolder, ConstructionsFile);
        if (!File.Exists(path)) { problems.Add($"{ConstructionsFile}: file is missing"); return null; }
        JsonDocument doc;
        try { doc = JsonDocument.Parse(File.ReadAllText(path)); }
        catch (JsonException e) { problems.Add($"{ConstructionsFile}:{(e.LineNumber ?? 0) + 1}: not valid JSON ({FirstSentence(e.Message)})"); return null; }
        using (doc)
        {
            var schemaProblems = Schema(dataFolder, "actor-constructions.schema.json", problems)?.Problems(doc.RootElement);
            if (schemaProblems is null) return null;
            foreach (var p in schemaProblems) problems.Add($"{ConstructionsFile}:1: {p}");
            if (schemaProblems.Count > 0) return null;
            return JsonSerializer.Deserialize<ActorConstructions>(doc.RootElement,
                new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
        }
    }

    private static void CheckConstructions(ActorConstructions lexicon, string[] lines, List<Country> countries, List<ActorEntry> entries, List<string> problems)
    {
        // The lexicon is one JSON object over many lines; a problem points at the line that holds the value.
        string At(string value)
        {
            var quoted = JsonSerializer.Serialize(value);
            var index = Array.FindIndex(lines, l => l.Contains(quoted, StringComparison.Ordinal));
            return $"{ConstructionsFile}:{(index < 0 ? 1 : index + 1)}";
        }

        var ids = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var byIso = countries.ToDictionary(c => c.Iso2, StringComparer.OrdinalIgnoreCase);
        foreach (var (what, id) in new[] { ("agent_entry", lexicon.AgentEntry), ("speaker_entry", lexicon.SpeakerEntry) }
                     .Concat(lexicon.CountryBackers.Select(kv => ($"country_backers.{kv.Key}", kv.Value))))
            if (!ids.Contains(id)) problems.Add($"{At(id)}: {what} names entry \"{id}\", which no actor file has");
        var lists = new (string Name, IEnumerable<string> Words)[]
        {
            ("modifiers", lexicon.Modifiers), ("coordinators", lexicon.Coordinators), ("backing_words", lexicon.BackingWords), ("leading_words", lexicon.LeadingWords),
            ("backed_by_phrases", lexicon.BackedByPhrases), ("pro_prefixes", lexicon.ProPrefixes), ("government_backers", lexicon.GovernmentBackers),
            ("militia_modifiers", lexicon.MilitiaModifiers), ("member_words", lexicon.MemberWords), ("member_prepositions", lexicon.MemberPrepositions), ("agent_verbs", lexicon.AgentVerbs), ("speech_verbs", lexicon.SpeechVerbs),
            ("verb_adverbs", lexicon.VerbAdverbs), ("agent_blockers", lexicon.AgentBlockers),
            ("acronym_blockers", lexicon.AcronymBlockers.SelectMany(kv => kv.Value.Append(kv.Key))),
        };
        foreach (var (name, words) in lists)
            foreach (var word in words)
                if (PhraseTrie<bool>.KeysOf(word) is null) problems.Add($"{At(word)}: {name}: \"{word}\" holds no word");
        foreach (var (term, iso2) in lexicon.SharedTerms)
        {
            if (!byIso.TryGetValue(iso2, out var country)) { problems.Add($"{At(term)}: shared_terms.{term}: {iso2} is not in {CountriesFile}"); continue; }
            if (!CountryWord.Of(country).Any(w => string.Equals(w.Text, term, StringComparison.OrdinalIgnoreCase)))
                problems.Add($"{At(term)}: shared_terms.{term}: {country.Name} has no such name, alias or demonym");
        }
    }

    private static IEnumerable<(string Origin, JsonElement Line)> JsonLines(string dataFolder, string relative, string schemaFile, List<string> problems)
    {
        var path = Path.Combine(dataFolder, relative);
        if (!File.Exists(path)) { problems.Add($"{relative}: file is missing"); yield break; }
        var schema = Schema(dataFolder, schemaFile, problems);
        if (schema is null) yield break;
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text) || text.TrimStart().StartsWith('#')) continue;
            var origin = $"{relative}:{number}";
            JsonElement line;
            try
            {
                using var doc = JsonDocument.Parse(text);
                line = doc.RootElement.Clone();
            }
            catch (JsonException e)
            {
                problems.Add($"{origin}: not valid JSON ({FirstSentence(e.Message)})");
                continue;
            }
            var found = schema.Problems(line);
            if (found.Count > 0) { foreach (var p in found) problems.Add($"{origin}: {p}"); continue; }
            yield return (origin, line);
        }
    }

    private static SchemaCheck? Schema(string dataFolder, string schemaFile, List<string> problems)
    {
        var relative = $"schemas/{schemaFile}";
        var path = Path.Combine(dataFolder, relative);
        if (!File.Exists(path)) { problems.Add($"{relative}: file is missing"); return null; }
        try { return SchemaCheck.Load(path); }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            problems.Add($"{relative}: not a usable JSON schema ({FirstSentence(e.Message)})");
            return null;
        }
    }

    private static ActorEntry ToEntry(JsonElement line, string origin) =>
        new(Str(line, "id")!, Str(line, "name")!, (ActorCategory)line.GetProperty("category").GetInt32(), List(line, "patterns"))
        {
            HomeCountry = Str(line, "home_country"),
            Contexts = line.TryGetProperty("contexts", out var contexts)
                ? contexts.EnumerateArray().Select(c => c.GetString() switch
                {
                    "after_country" => ActorContext.AfterCountry,
                    "after_backer" => ActorContext.AfterBacker,
                    _ => ActorContext.Standalone,
                }).ToList()
                : [ActorContext.Standalone],
            CountryFromEvent = Str(line, "country_from") == "event",
            SourceOnly = Bool(line, "source_only"),
            Confidence = line.TryGetProperty("confidence", out var confidence) ? confidence.GetDouble() : null,
            Origin = origin,
        };

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;
    private static bool Bool(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.GetBoolean();
    private static List<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');
}
