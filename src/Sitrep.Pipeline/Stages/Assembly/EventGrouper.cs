using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>Mentions that describe one event: one type family, one day, one place, one set of actors.</summary>
public sealed class EventGroup
{
    public List<MentionFacts> Mentions { get; } = [];

    /// <summary>
    /// The mention whose type the record takes: the first specific one ("airstrikes" over "the attack"); at a
    /// demonstration, the demonstration rather than the arrests made at it.
    /// </summary>
    public MentionFacts Lead =>
        Mentions.FirstOrDefault(m => !m.IsGeneric && m.Mention.Type.EventType is "Riots") ??
        Mentions.FirstOrDefault(m => !m.IsGeneric && m.Mention.Type.EventType is "Protests") ??
        Mentions.FirstOrDefault(m => !m.IsGeneric) ?? Mentions[0];
    public EventTypeCode Type => Lead.Mention.Type;
    public bool AllGeneric => Mentions.All(m => m.IsGeneric);
    /// <summary>The mention with the most precise date ("overnight" over "this month"); specific words before generic ones.</summary>
    public MentionFacts? Dated => Mentions.Where(m => m.Date is not null)
        .OrderBy(m => (int)m.Date!.Value.Precision).ThenBy(m => m.IsGeneric ? 1 : 0).FirstOrDefault();
    public PlaceMention? Place => PlaceChooser.Best(Mentions.Select(m => m.Place));
    public ActorMention? Actor1 => Mentions.Select(m => m.Actor1).FirstOrDefault(a => a is not null);
    public IEnumerable<ActorMention> Allies => Mentions.Where(m => m.Actor1 is not null && m.Actor1.CanonicalName == Actor1?.CanonicalName)
        .SelectMany(m => m.Allies);
    public ActorMention? Actor2 => Mentions.Select(m => m.Actor2).FirstOrDefault(a => a is not null && a.CanonicalName != Actor1?.CanonicalName);
    public int Start => Mentions.Min(m => m.Start);

    /// <summary>No mention says when, where or who: the event is only a word ("attacks", "IEDs").</summary>
    public bool IsBare => Mentions.All(m => m.Date is null && m.Place is null && m.Actor1 is null && m.Actor2 is null);
    public int LastStart => Mentions.Max(m => m.Start);
}

/// <summary>
/// Groups mentions into events, in text order. A mention joins the latest event it can be part of:
/// same family of type (or a generic word such as "the attack" or "were killed" joining violence), and no
/// clash of day, place or acting party. Otherwise it starts a new event.
/// </summary>
public static class EventGrouper
{
    private const int RecentSentences = 1;

    /// <summary>
    /// An event told with no date of its own is the report's news, so it happened within this many days of the
    /// report; a mention dated further back ("In June, insurgents attacked...") is an earlier occasion.
    /// </summary>
    private const int UndatedNewsWindowDays = 14;

    public static List<EventGroup> Group(IEnumerable<MentionFacts> mentions, DateOnly? reportDate = null)
    {
        var groups = new List<EventGroup>();
        foreach (var m in mentions.OrderBy(m => m.Start))
        {
            // "the bombing" goes back to the event told with "bombed"; otherwise a word right after an event refers to
            // it, and a word further on refers to the report's main event, the first one.
            var fitting = groups.Where(g => Fits(m, g) && !EarlierOccasion(m, g, reportDate))
                .GroupBy(g => (g.Mentions.Any(x => SameWord(x.Mention.TriggerText, m.Mention.TriggerText)) ? 2 : 0) +
                              (g.Type.SubEventType == m.Mention.Type.SubEventType ? 1 : 0))
                .OrderByDescending(t => t.Key).FirstOrDefault()?.ToList() ?? [];
            var latest = fitting.OrderByDescending(g => g.LastStart).FirstOrDefault();
            var home = latest is not null && m.Mention.Sentence - latest.Mentions.Max(x => x.Mention.Sentence) <= RecentSentences
                ? latest
                : fitting.OrderBy(g => g.Start).FirstOrDefault();
            if (home is null)
            {
                home = new EventGroup();
                groups.Add(home);
            }
            home.Mentions.Add(m);
        }
        return groups;
    }

    private static readonly string[] Endings = ["ings", "ing", "ed", "es", "s"];

    /// <summary>True when two trigger words share a stem ("bombed", "the bombing"; "airstrikes", "strikes").</summary>
    public static bool SameWord(string a, string b)
    {
        var sa = Stem(a);
        var sb = Stem(b);
        return sa.Length >= 4 && sb.Length >= 4 && (sa.Contains(sb, StringComparison.Ordinal) || sb.Contains(sa, StringComparison.Ordinal));
    }

    private static string Stem(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        var space = w.LastIndexOf(' ');
        if (space >= 0) w = w[(space + 1)..];
        foreach (var e in Endings)
            if (w.Length > e.Length + 3 && w.EndsWith(e, StringComparison.Ordinal)) return w[..^e.Length];
        return w;
    }

    public static string Family(EventTypeCode t) =>
        t.EventType == "Strategic developments" ? $"{t.EventType}/{t.SubEventType}" : t.EventType;

    private static bool EarlierOccasion(MentionFacts m, EventGroup g, DateOnly? reportDate) =>
        reportDate is { } r && g.Dated is null && m.Date?.Value is { YearKnown: true, End: { } end } &&
        end < r.AddDays(-UndatedNewsWindowDays);

    private static bool IsCrowdEvent(EventTypeCode t) => t.EventType is "Protests" or "Riots" || t.SubEventType == "Arrests";

    public static bool Fits(MentionFacts m, EventGroup g)
    {
        // A protest, the riot it turned into and the arrests made at it, told in one sentence, are one event.
        var crowdJoin = IsCrowdEvent(m.Mention.Type) && g.Mentions.Any(x => IsCrowdEvent(x.Mention.Type) && x.Mention.Sentence == m.Mention.Sentence) &&
                        (m.Mention.Type.EventType is "Protests" or "Riots" || g.Mentions.Any(x => x.Mention.Type.EventType is "Protests" or "Riots"));
        var sameFamily = Family(m.Mention.Type) == Family(g.Type) || crowdJoin;
        var violentJoin = MentionFacts.IsViolent(m.Mention.Type) && MentionFacts.IsViolent(g.Type) && (m.IsGeneric || g.AllGeneric);
        if (!sameFamily && !violentJoin) return false;
        if (m.Date is { } d && g.Dated?.Date is { } gd && !DateChooser.Compatible(d.Value, gd.Value)) return false;
        if (m.Place?.Resolved is { } p && g.Place?.Resolved is { } gp && !PlaceRank.Nested(p, gp)) return false;
        if (m.Actor1 is { IsGeneric: false } a && g.Actor1 is { IsGeneric: false } ga && a.CanonicalName != ga.CanonicalName)
            return false;
        return true;
    }
}
