using Sitrep.Core;
using Sitrep.Pipeline.Stages.Actors;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Turns asserted event mentions into event records: groups the mentions of each event, chooses its
/// date, place and actors, and resolves its toll from the claims about it.
/// Reads everything earlier stages wrote; writes Events.
/// </summary>
public sealed partial class AssemblyStage(AssemblyRules rules, IReadOnlyDictionary<string, Country> countries) : IStage
{
    public string Name => "assembly";

    public static AssemblyStage Create(PipelineOptions options) =>
        new(AssemblyRules.Load(Path.Combine(options.DataFolder, "lexicons")), ActorDictionary.LoadCountries(options.DataFolder));

    public void Process(Document document)
    {
        if (!document.IsReadable) return;
        var clauses = new ClauseMap(document);
        var frame = new ReportingFrame(document);
        var dates = new DateChooser(document, clauses, frame, rules.EventNouns);
        var places = new PlaceChooser(document, clauses, frame, rules.LocativeCues, rules.EventNouns);
        var roles = new ActorRoleResolver(document, clauses, frame, rules.HitVerbs, rules.RoleWords);
        var facts = document.EventMentions
            .Where(m => m.Factuality == Core.Factuality.Asserted && m.Type.EventType.Length > 0)
            .Where(m => m.Sentence < 0 || m.Sentence >= document.Sentences.Count || !document.Sentences[m.Sentence].IsBoilerplate)
            .Select(m =>
            {
                var (a1, a2) = roles.For(m);
                return new MentionFacts(m, rules.IsGeneric(m)) { Date = dates.For(m), Place = places.For(m), FramedPlace = places.FramedFor(m), UnknownPlace = places.UnknownFor(m), Actor1 = a1, Actor2 = a2,
                    Allies = a1 is null ? [] : roles.AlliesOf(m, a1).Where(a => a.CanonicalName != a2?.CanonicalName).ToList() };
            }).ToList();
        var groups = EventGrouper.Group(facts.Select(f => AsMeans(document, f, facts)), document.ReferenceDate);
        // Beside an event told with its when, where or who, a bare word after it is background ("he planned IED attacks").
        var first = groups.OrderBy(g => g.Start).FirstOrDefault(g => !g.IsBare);
        if (first is not null) groups = groups.Where(g => !g.IsBare || g.Start < first.Start).ToList();
        var claims = new ClaimAssigner(document, groups).Assign();
        var builder = new RecordBuilder(document, rules, places, frame, countries);
        var ordered = groups.OrderBy(g => g.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
            document.Events.Add(builder.Build(ordered[i], claims[ordered[i]], i + 1, CarriedActor1(ordered, i)));
    }

    /// <summary>
    /// "The attackers used a car bomb to breach the gate": a weapon an earlier sentence's attack was carried out with is
    /// a means of that attack, not an event of its own, so it joins it as a generic word would (keeping its type out).
    /// </summary>
    private static MentionFacts AsMeans(Document doc, MentionFacts f, List<MentionFacts> all)
    {
        if (f.IsGeneric || !MentionFacts.IsViolent(f.Mention.Type)) return f;
        var from = Math.Max(0, f.Mention.Trigger.Start - 20);
        if (!MeansVerb().IsMatch(doc.Text[from..f.Mention.Trigger.Start])) return f;
        var earlierAttack = all.Any(o => o.Mention.Sentence < f.Mention.Sentence && !o.IsGeneric && MentionFacts.IsViolent(o.Mention.Type));
        return earlierAttack ? f with { IsGeneric = true } : f;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:used|using|detonated|detonating|deployed)\s+(?:an?\s+|the\s+|two\s+|three\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MeansVerb();

    /// <summary>
    /// The one named attacker of the earlier events of the same sub-type, for an event that names none; null when
    /// there is none or when earlier events of that sub-type name different attackers.
    /// </summary>
    private static ActorMention? CarriedActor1(List<EventGroup> ordered, int index)
    {
        var g = ordered[index];
        if (g.Actor1 is not null) return null;
        var earlier = ordered.Take(index)
            .Where(e => e.Type.SubEventType == g.Type.SubEventType && e.Actor1 is { IsGeneric: false })
            .Select(e => e.Actor1!).DistinctBy(a => a.CanonicalName).ToList();
        return earlier.Count == 1 ? earlier[0] : null;
    }
}
