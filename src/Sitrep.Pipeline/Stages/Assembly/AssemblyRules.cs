using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>An actor coded when the text names none, by event type: "Civilians ({country})" for violence against civilians.</summary>
public sealed record DefaultActor(string? EventType, string? SubEventType, string Role, string Name, int Inter)
{
    public bool Applies(EventTypeCode type) =>
        (SubEventType is null || SubEventType == type.SubEventType) && (EventType is null || EventType == type.EventType);
}

/// <summary>
/// How a subject joins parties: the verbs that take two sides ("fought", "signed") and the words that add an ally
/// ("and", "backed by"), as patterns over the text between two actor mentions.
/// </summary>
public sealed class ActorRoleWords(IEnumerable<string> twoSidedVerbs, IEnumerable<string> subjectJoiners)
{
    /// <summary>A two-sided verb anywhere in a stretch of text.</summary>
    public Regex TwoSidedVerb { get; } = new($@"\b(?:{Alternatives(twoSidedVerbs)})\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The whole stretch between two parties of one subject ("and the", ", backed by").</summary>
    public Regex Joiner { get; } = new($@"^[\s,]*(?:[\p{{L}}\-]+\s+)?(?:{Alternatives(subjectJoiners)})\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>Only "and": two sides are joined so, an ally may also be "backed by".</summary>
    public Regex And { get; } = new(@"^[\s,]*(?:[\p{L}\-]+\s+)?and\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static string Alternatives(IEnumerable<string> phrases) =>
        string.Join('|', phrases.Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))));
}

/// <summary>The data assembly reads: generic event words and default actors.</summary>
public sealed class AssemblyRules(IReadOnlySet<string> genericTriggers, IReadOnlyList<DefaultActor> defaultActors, IReadOnlySet<string> locativeCues,
    IReadOnlySet<string> eventNouns, IReadOnlySet<string>? civilianVictims = null, ActorRoleWords? roleWords = null)
{
    public ActorRoleWords RoleWords { get; } = roleWords ?? new ActorRoleWords([], ["and"]);

    /// <summary>Head words of counted victims that make them civilians ("three workers", "a woman").</summary>
    public IReadOnlySet<string> CivilianVictims { get; } = civilianVictims ?? new HashSet<string>();

    /// <summary>Nouns that name an event of their own and so claim the dates written next to them.</summary>
    public IReadOnlySet<string> EventNouns { get; } = eventNouns;

    public IReadOnlySet<string> LocativeCues { get; } = locativeCues;

    /// <summary>The verbs among the locative words ("hit", "targeted"): they lead from a weapon to its target.</summary>
    public IReadOnlySet<string> HitVerbs { get; } = locativeCues.Where(w => w.Length > 3 && (w.EndsWith("ed") || w.EndsWith("ing") || w is "hit" or "hits" or "struck")).ToHashSet();

    public IReadOnlySet<string> GenericTriggers { get; } = genericTriggers;
    public IReadOnlyList<DefaultActor> DefaultActors { get; } = defaultActors;

    /// <summary>The default target that is civilians ("Civilians ({country})"), for victims the text counts as civilians.</summary>
    public DefaultActor? CivilianTarget { get; } = defaultActors.FirstOrDefault(d => d.Role == "actor2" && d.Inter == (int)ActorCategory.Civilians);

    public bool IsGeneric(EventMention m) => GenericTriggers.Contains(m.TriggerText.Trim().ToLowerInvariant());

    /// <summary>The default for a role: a sub-event rule wins over an event-type rule.</summary>
    public DefaultActor? DefaultFor(EventTypeCode type, string role) =>
        DefaultActors.Where(d => d.Role == role && d.Applies(type)).OrderBy(d => d.SubEventType is null ? 1 : 0).FirstOrDefault();

    public static AssemblyRules Load(string lexiconFolder)
    {
        var generic = LexiconFile.ReadPhrases(Path.Combine(lexiconFolder, "generic-event-triggers.txt"))
            .Select(p => p.ToLowerInvariant()).ToHashSet();
        var path = Path.Combine(lexiconFolder, "default-actors.jsonl");
        var defaults = new List<DefaultActor>();
        foreach (var (line, e) in LexiconFile.ReadJsonl(path))
        {
            var role = LexiconFile.RequiredString(e, "role", path, line);
            if (role is not ("actor1" or "actor2")) throw new InvalidDataException($"{path}:{line}: 'role' must be actor1 or actor2");
            var et = LexiconFile.OptionalString(e, "event_type");
            var st = LexiconFile.OptionalString(e, "sub_event_type");
            if (et is null && st is null) throw new InvalidDataException($"{path}:{line}: needs 'event_type' or 'sub_event_type'");
            if (!e.TryGetProperty("inter", out var inter) || inter.ValueKind != System.Text.Json.JsonValueKind.Number ||
                inter.GetInt32() is < 1 or > 8)
                throw new InvalidDataException($"{path}:{line}: 'inter' must be an interaction code 1-8");
            defaults.Add(new DefaultActor(et, st, role, LexiconFile.RequiredString(e, "name", path, line), inter.GetInt32()));
        }
        var locative = LexiconFile.ReadPhrases(Path.Combine(lexiconFolder, "locative-cues.txt")).Select(p => p.ToLowerInvariant()).ToHashSet();
        var nouns = LexiconFile.ReadPhrases(Path.Combine(lexiconFolder, "event-nouns.txt")).Select(p => p.ToLowerInvariant()).ToHashSet();
        var victims = LexiconFile.ReadPhrases(Path.Combine(lexiconFolder, "civilian-victims.txt")).Select(p => p.ToLowerInvariant()).ToHashSet();
        var roleWords = new ActorRoleWords(LexiconFile.ReadPhrases(Path.Combine(lexiconFolder, "two-sided-verbs.txt")),
            LexiconFile.ReadPhrases(Path.Combine(lexiconFolder, "subject-joiners.txt")));
        return new AssemblyRules(generic, defaults, locative, nouns, victims, roleWords);
    }
}
