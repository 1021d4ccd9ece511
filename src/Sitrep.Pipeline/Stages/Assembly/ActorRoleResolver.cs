using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Tells the one who acts from the one acted upon around a trigger. Active: the actor before the trigger
/// acts ("US airstrikes on militias", "gunmen attacked villagers"), the one just after it is the target.
/// Passive: the actor after "by" acts and the one before is the target ("soldiers were killed by militants");
/// a passive without "by" names only the target ("a commander was detained").
/// Sources (monitors, ministries) are never parties.
/// </summary>
public sealed partial class ActorRoleResolver(Document doc, ClauseMap clauses, ReportingFrame frame, IReadOnlySet<string> hitVerbs, ActorRoleWords words)
{
    private const int MaxReachThroughHitVerb = 16;
    [GeneratedRegex(@"^\s*(?:[\p{L}\-]+\s+){0,2}?by\s", RegexOptions.IgnoreCase)]
    private static partial Regex ByAgent();

    // "fighting between X and Y", "clashes pitting X against Y": the two sides follow the trigger, the first named first.
    [GeneratedRegex(@"^\s*(?:[\p{L}\-]+\s+){0,4}?(?:between|pitting)\s", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenSides();

    [GeneratedRegex(@",\s*(?:sparking|triggering|prompting|provoking|setting off|leading to|resulting in)\s+(?:an?\s+|the\s+)?(?:[\p{L}\-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();

    [GeneratedRegex(@"\b(?:in connection with|in relation to|over their role in|for their role in|for involvement in)\s+(?:an?\s+|the\s+|last\s+\w+'s\s+)?(?:[\p{L}\-]+\s+){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex InConnectionWith();

    [GeneratedRegex(@"\b(?:between|pitting)$", RegexOptions.IgnoreCase)]
    private static partial Regex TriggerEndsWithBetween();

    [GeneratedRegex(@"\b(?:was|were|been|being|be|is|are|got)\s+(?:[\p{L}\-]+\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAuxiliary();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    private const int MaxObjectGapWords = 6;

    public (ActorMention? Actor1, ActorMention? Actor2) For(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return (null, null);
        // "attacked a base yesterday, sparking a gun battle": what an event set off is the same event, with its actors.
        var lookBack = Math.Max(doc.Sentences[m.Sentence].Span.Start, m.Trigger.Start - 40);
        if (Consequence().IsMatch(doc.Text[lookBack..m.Trigger.Start])) return (null, null);
        // "police arrested five suspects in connection with a grenade attack": the sentence's subject did not throw it.
        if (InConnectionWith().IsMatch(doc.Text[Math.Max(doc.Sentences[m.Sentence].Span.Start, m.Trigger.Start - 50)..m.Trigger.Start]))
            return (null, null);
        var sentence = doc.Sentences[m.Sentence].Span;
        var clause = clauses.ClauseAt(sentence, m.Trigger.Start);
        var parties = doc.Actors
            .Where(a => !a.IsSourceOnly && clause.Contains(a.Span.Start) && !clauses.InQuote(a.Span) && !IsReportingSpeaker(a, m.Trigger))
            .Where(a => !frame.IsFrame(a.Span, m.Trigger))
            // "US military airstrikes": an actor named with the trigger is the one acting.
            // "Israeli warplanes" as both trigger and actor: the trigger's own words name who flew.
            .Where(a => !a.Span.Overlaps(m.Trigger) || a.Span.Start <= m.Trigger.Start)
            .OrderBy(a => a.Span.Start).ToList();
        // Those a casualty figure counts ("nine dock workers were killed") are targets wherever they stand.
        var victims = parties.Where(a => IsCounted(a, sentence) || SufferedBefore(a, m.Trigger)).ToList();
        var named = parties.Where(a => (a.Span.Start < m.Trigger.Start || a.Span.Overlaps(m.Trigger)) && !victims.Contains(a)).ToList();
        // ACLED never codes civilians as the ones acting: unarmed, they are only ever the target.
        var before = named.Where(a => a.Category != ActorCategory.Civilians).ToList();
        var after = parties.Where(a => a.Span.Start >= m.Trigger.End).ToList();
        // "killing at least four policemen": those named inside the trigger, after its verb, are what it acts on.
        var within = doc.Actors.Where(a => !a.IsSourceOnly && m.Trigger.Contains(a.Span) && a.Span.Start > m.Trigger.Start && !IsReportingSpeaker(a, m.Trigger)).ToList();

        ActorMention? actor1 = null, actor2 = null;
        var rest = doc.Text[m.Trigger.End..clause.End];
        var sidesCue = BetweenSides().Match(rest);
        // The trigger may hold the word itself ("fighting between").
        var triggerNamesSides = TriggerEndsWithBetween().IsMatch(m.TriggerText);
        if (sidesCue.Success || triggerNamesSides)
        {
            var sidesFrom = m.Trigger.End + (sidesCue.Success ? sidesCue.Length : 0);
            var sides = after.Where(a => a.Span.Start >= sidesFrom).DistinctBy(a => a.CanonicalName).Take(2).ToList();
            if (sides.Count == 2 && Gap(sidesFrom, sides[0].Span.Start) <= 3) return (sides[0], sides[1]);
        }
        // "Government troops and HTS fighters fought", "X and Y exchanged fire", "X and Y agreed": the joined subjects of
        // a verb that takes two sides are those sides, the first named first.
        // The verb may be the trigger or stand just before it ("signed a seven-day ceasefire agreement").
        if (before.Count >= 2 && before[^2] is var x && before[^1] is var y && x.CanonicalName != y.CanonicalName &&
            words.And.IsMatch(Between(x.Span.End, y.Span.Start)) && Gap(y.Span.End, m.Trigger.Start) <= 4 &&
            (words.TwoSidedVerb.IsMatch(m.TriggerText) || words.TwoSidedVerb.IsMatch(Between(y.Span.End, m.Trigger.Start))))
            return (x, y);
        var by = ByAgent().Match(rest);
        if (by.Success)
        {
            var agentFrom = m.Trigger.End + by.Length;
            actor1 = after.FirstOrDefault(a => a.Span.Start >= agentFrom && Gap(agentFrom, a.Span.Start) <= 3 && a.Category != ActorCategory.Civilians);
        }
        var lead = doc.Text[clause.Start..m.Trigger.Start];
        var passive = PassiveAuxiliary().IsMatch(lead);
        if (actor1 is null && !passive) actor1 = Subject(before, m.Trigger);
        if (passive || actor1 is not null && by.Success) actor2 = named.LastOrDefault(a => a != actor1);
        actor2 ??= after.FirstOrDefault(a => a != actor1 && !doc.Text[m.Trigger.End..a.Span.Start].Contains(',') &&
                                            (Gap(m.Trigger.End, a.Span.Start) <= MaxObjectGapWords || HitsOnTheWay(m.Trigger.End, a.Span.Start)));
        actor2 ??= within.FirstOrDefault(a => a != actor1);
        actor2 ??= victims.FirstOrDefault(v => v != actor1) ?? VictimCounted(m, clause, actor1);
        // "the force engaged insurgents with an airstrike": the one between the subject and a nominal trigger is its object.
        if (actor2 is null && !passive && actor1 is not null && named.LastOrDefault() is { } between && between != actor1 &&
            between.Span.Start > actor1.Span.End && !words.Joiner.IsMatch(doc.Text[actor1.Span.End..between.Span.Start]))
            actor2 = between;
        // One name on both sides: a counted victim ("a bomb hit a police van, killing four policemen") is surely the
        // target, so the other mention is not the attacker; otherwise the target reading is the weaker one.
        if (actor1 is not null && actor2 is not null && actor1.CanonicalName == actor2.CanonicalName)
        {
            if (victims.Contains(actor2) || within.Contains(actor2)) actor1 = null;
            else actor2 = null;
        }
        // A battle has two sides: "regained the village after driving out fighters of HTS", "took the city after army
        // units pulled out". The other side may stand anywhere after the trigger in its sentence; before it, a second
        // party is more often an ally ("troops backed by Rwandan forces recaptured").
        if (actor1 is not null && actor2 is null && m.Type.EventType == "Battles")
            actor2 = doc.Actors.FirstOrDefault(a => !a.IsSourceOnly && sentence.Contains(a.Span.Start) && a.Span.Start >= m.Trigger.End &&
                                                     a.CanonicalName != actor1.CanonicalName && a.Category != ActorCategory.Civilians &&
                                                     !clauses.InQuote(a.Span) && !frame.IsFrame(a.Span, m.Trigger) && !IsReportingSpeaker(a, m.Trigger));
        return (actor1, actor2);
    }

    /// <summary>
    /// "..., killing nine people, police said": the one named after the event as its reporter is not a party to it.
    /// Before the trigger a speaker may well be the actor ("the government declared a curfew").
    /// </summary>
    private bool IsReportingSpeaker(ActorMention a, TextSpan trigger) =>
        a.Span.Start >= trigger.End &&
        doc.Claims.Any(c => c.Kind is ClaimKind.Statement or ClaimKind.Fatalities or ClaimKind.Injuries &&
                            c.SpeakerSpan is { } s && s.Overlaps(a.Span));

    /// <summary>
    /// Who acts before a trigger: the actor written with it ("US airstrikes", "the Houthi attack"), else the first
    /// actor of the trigger's comma-delimited stretch, the subject ("the force engaged insurgents with an airstrike").
    /// </summary>
    private ActorMention? Subject(List<ActorMention> before, TextSpan trigger)
    {
        var nearest = before.LastOrDefault();
        if (nearest is null) return null;
        if (nearest.Span.End >= trigger.Start || Gap(nearest.Span.End, trigger.Start) <= 1) return HeadOfSubject(before, before.Count - 1);
        var comma = doc.Text.LastIndexOf(',', trigger.Start - 1, trigger.Start - before[0].Span.Start);
        return before.FirstOrDefault(a => a.Span.Start > comma) ?? nearest;
    }

    /// <summary>
    /// "Iraqi army and PMF units regained", "Mozambican troops backed by Rwandan forces recaptured": of a subject that
    /// joins two parties, the first named leads.
    /// </summary>
    private ActorMention HeadOfSubject(List<ActorMention> before, int i)
    {
        while (i > 0 && words.Joiner.IsMatch(Between(before[i - 1].Span.End, before[i].Span.Start))) i--;
        return before[i];
    }

    /// <summary>The parties joined to the one acting in the subject ("X and Y", "X backed by Y"): its associated actors.</summary>
    public IReadOnlyList<ActorMention> AlliesOf(EventMention m, ActorMention actor1)
    {
        var allies = new List<ActorMention>();
        var previous = actor1;
        foreach (var a in doc.Actors.Where(a => !a.IsSourceOnly && a.Span.Start >= actor1.Span.End && a.Span.Start < m.Trigger.Start)
                     .OrderBy(a => a.Span.Start))
        {
            if (a.Span.Start < previous.Span.End || !words.Joiner.IsMatch(doc.Text[previous.Span.End..a.Span.Start])) break;
            if (a.CanonicalName != actor1.CanonicalName && a.Category != ActorCategory.Civilians) allies.Add(a);
            previous = a;
        }
        return allies;
    }

    // Actor mentions may overlap one another and the trigger ("Turkish drones" is both): an empty stretch then, never
    // a reversed range.
    private string Between(int from, int to) => to > from ? doc.Text[from..to] : "";

    /// <summary>"..., killing eight soldiers": the actor a casualty figure counts is a target.</summary>
    private ActorMention? VictimCounted(EventMention m, TextSpan clause, ActorMention? actor1)
    {
        var sentence = doc.Sentences[m.Sentence].Span;
        foreach (var q in doc.Quantities.Where(q => sentence.Contains(q.Span.Start) && IsCasualty(q)))
        {
            var victim = doc.Actors.FirstOrDefault(a => !a.IsSourceOnly && a != actor1 && sentence.Contains(a.Span.Start) && Near(a.Span, q) &&
                !IsReportingSpeaker(a, m.Trigger) &&
                (a.Span.Overlaps(q.Span) || (a.Span.Start >= q.Span.End && Gap(q.Span.End, a.Span.Start) <= 3) ||
                 (q.CountedSpan is { } cs && a.Span.Overlaps(cs))));
            if (victim is not null) return victim;
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:was|were|been|being|is|are)\s+(?:[\p{L}\-]+ly\s+)?[\p{L}\-]+(?:ed|en|wn)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveVerb();

    /// <summary>"militants were killed in the airstrikes": a passive verb between the actor and the trigger makes it the target.</summary>
    private bool SufferedBefore(ActorMention a, TextSpan trigger) =>
        a.Span.End <= trigger.Start && PassiveVerb().IsMatch(doc.Text[a.Span.End..trigger.Start]);

    private bool IsCounted(ActorMention a, TextSpan sentence) =>
        doc.Quantities.Any(q => sentence.Contains(q.Span.Start) && IsCasualty(q) &&
            (a.Span.Overlaps(q.Span) || (q.CountedSpan is { } cs && a.Span.Overlaps(cs)) ||
             (a.Span.Start >= q.Span.End && Gap(q.Span.End, a.Span.Start) <= 2)));

    // A cheap bound before any word counting: the victim of a count is written within a few words of it.
    private static bool Near(TextSpan a, Quantity q) =>
        (a.End >= q.Span.Start - 300 && a.Start <= q.Span.End + 300) || (q.CountedSpan is { } cs && a.Overlaps(cs));

    private static bool IsCasualty(Quantity q) =>
        q.Counts is CountedThing.Killed or CountedThing.Injured or CountedThing.Arrested or CountedThing.Captured or CountedThing.Abducted;

    /// <summary>"drones launched by militias targeted the garrison used by US forces": a verb of hitting leads to the target.</summary>
    private bool HitsOnTheWay(int from, int to) =>
        Gap(from, to) <= MaxReachThroughHitVerb &&
        Word().Matches(doc.Text[from..to]).Any(w => hitVerbs.Contains(w.Value.ToLowerInvariant()));

    // Every caller compares the gap with a handful of words, so counting stops early: a long report would otherwise
    // rescan the text between every pair of far-apart mentions.
    private const int GapCountLimit = 64;

    private int Gap(int from, int to)
    {
        if (to <= from) return 0;
        var count = 0;
        foreach (var _ in Word().EnumerateMatches(doc.Text.AsSpan(from, to - from)))
            if (++count >= GapCountLimit) break;
        return count;
    }
}
