using System.Text.Json;
using System.Text.RegularExpressions;

namespace Sitrep.Pipeline.Stages.Events;

/// <summary>Actor kinds a trigger's constraints can name.</summary>
public enum ActorKind { State, External, NonState, Civilians, Protesters, Rioters }

/// <summary>A compiled trigger pattern from event-triggers.jsonl.</summary>
public sealed record TriggerRule(string Id, string TypeLabel, Regex Pattern, double Confidence)
{
    public bool Weak { get; init; }
    public Regex? Unless { get; init; }
    public Regex? Requires { get; init; }
    public IReadOnlySet<ActorKind> Agent { get; init; } = new HashSet<ActorKind>();
    public IReadOnlySet<ActorKind> TargetNot { get; init; } = new HashSet<ActorKind>();
    public bool ObjectPlace { get; init; }
    public bool RetypeByWeapon { get; init; }
    public string? CivilianTargetType { get; init; }
    public string? PloverEvent { get; init; }
    public bool OverridesMode { get; init; }
    public string? PloverMode { get; init; }
    public string? CameoCode { get; init; }
}

/// <summary>A weapon word that gives an unqualified attack its sub-type.</summary>
public sealed record WeaponCue(string Id, string TypeLabel, Regex Pattern, double Confidence);

/// <summary>The trigger patterns, macros expanded and compiled once when the stage is built.</summary>
public sealed class TriggerLexicon
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly Regex MacroReference = new(@"\{([A-Z_]+)\}", RegexOptions.CultureInvariant);

    public IReadOnlyList<TriggerRule> Rules { get; }
    public IReadOnlyList<WeaponCue> Weapons { get; }
    /// <summary>Words for civilians and civilian sites (macros CIV and CIV_SITE): an attack on them is violence against civilians.</summary>
    public Regex CivilianTarget { get; }

    private TriggerLexicon(IReadOnlyList<TriggerRule> rules, IReadOnlyList<WeaponCue> weapons, Regex civilianTarget)
    {
        Rules = rules;
        Weapons = weapons;
        CivilianTarget = civilianTarget;
    }

    public static TriggerLexicon Load(string dataFolder, EventTypeCatalog types)
    {
        var rows = JsonlLexicon.Load(dataFolder, "event-triggers.jsonl", "event-triggers.schema.json");
        var macros = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => r.RequiredString("kind") == "macro"))
            macros[row.RequiredString("name")] = Expand(row.RequiredString("pattern"), macros, row.RequiredString("name"));

        var rules = new List<TriggerRule>();
        var weapons = new List<WeaponCue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var kind = row.RequiredString("kind");
            if (kind == "macro") continue;
            var id = row.RequiredString("id");
            if (!ids.Add(id)) throw new InvalidDataException($"event-triggers.jsonl: id '{id}' appears twice");
            var label = row.RequiredString("type");
            if (!types.Contains(label)) throw new InvalidDataException($"event-triggers.jsonl: '{id}' names unknown type '{label}'");
            var pattern = Compile(Expand(row.RequiredString("pattern"), macros, id), id);
            var confidence = row.TryGetProperty("confidence", out var c) ? c.GetDouble() : 0.75;
            if (kind == "weapon")
            {
                weapons.Add(new WeaponCue(id, label, pattern, confidence));
                continue;
            }
            var civilianType = row.OptionalString("civilian_target_type");
            if (civilianType is not null && !types.Contains(civilianType))
                throw new InvalidDataException($"event-triggers.jsonl: '{id}' names unknown type '{civilianType}'");
            rules.Add(new TriggerRule(id, label, pattern, confidence)
            {
                Weak = row.Flag("weak"),
                Unless = row.OptionalString("unless") is { } u ? Compile(Expand(u, macros, id), id, wordBounded: false) : null,
                Requires = row.OptionalString("requires") is { } q ? Compile(Expand(q, macros, id), id, wordBounded: false) : null,
                Agent = Kinds(row, "agent"),
                TargetNot = Kinds(row, "target_not"),
                ObjectPlace = row.Flag("object_place"),
                RetypeByWeapon = row.Flag("retype_by_weapon"),
                CivilianTargetType = civilianType,
                PloverEvent = row.OptionalString("plover_event"),
                OverridesMode = row.Has("plover_mode"),
                PloverMode = row.OptionalString("plover_mode"),
                CameoCode = row.OptionalString("cameo_code"),
            });
        }
        // Civilians right after the trigger (or after on/against/in...), but not "the village of X", which names a place.
        var civilian = new Regex(Expand(@"^\s+(?:(?:on|against|at|in|inside|into|targeting|killing)\s+)?(?:(?:a|an|the|some|several|\d+|[\w-]+)\s+){0,2}?(?:{CIV}|{CIV_SITE})\b(?!\s+of\s+\p{Lu})", macros, "civilian targets"),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        return new TriggerLexicon(rules, weapons, civilian);
    }

    private static IReadOnlySet<ActorKind> Kinds(JsonElement row, string name) =>
        row.StringList(name).Select(k => k switch
        {
            "state" => ActorKind.State,
            "external" => ActorKind.External,
            "non_state" => ActorKind.NonState,
            "civilians" => ActorKind.Civilians,
            "protesters" => ActorKind.Protesters,
            "rioters" => ActorKind.Rioters,
            _ => throw new InvalidDataException($"event-triggers.jsonl: unknown actor kind '{k}'"),
        }).ToHashSet();

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> macros, string owner) =>
        MacroReference.Replace(pattern, m => macros.TryGetValue(m.Groups[1].Value, out var body)
            ? body
            : throw new InvalidDataException($"event-triggers.jsonl: '{owner}' uses undefined macro {{{m.Groups[1].Value}}}"));

    private static Regex Compile(string pattern, string owner, bool wordBounded = true)
    {
        // Word boundaries by lookaround so patterns may start or end with punctuation ("U.S.").
        var full = wordBounded ? $@"(?<![\w])(?:{pattern})(?![\w])" : $@"(?<![\w])(?:{pattern})";
        try
        {
            return new Regex(full, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"event-triggers.jsonl: '{owner}' has a bad pattern: {e.Message}");
        }
    }
}
