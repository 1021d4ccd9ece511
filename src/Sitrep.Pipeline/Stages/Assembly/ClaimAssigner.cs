using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Decides which event each claim is about. A claim belongs to the event mentioned in its own sentence
/// (the nearest trigger), else to the latest event mentioned before it; a toll before any event goes to the
/// first violent one. Sentences about things that did not happen (predictions, history) keep their claims.
/// Statements other than tolls only carry over a short distance.
/// </summary>
public sealed class ClaimAssigner(Document doc, IReadOnlyList<EventGroup> groups)
{
    private const int StatementReach = 2;

    public Dictionary<EventGroup, List<Claim>> Assign()
    {
        var result = groups.ToDictionary(g => g, _ => new List<Claim>());
        var main = groups.OrderBy(g => g.Start).FirstOrDefault();
        foreach (var claim in doc.Claims)
        {
            if (GroupOf(claim) is { } g) result[g].Add(claim);
            // A statement about none of the events in particular ("we expect a response") is context for the report's main event.
            else if (main is not null && claim.Speaker is not null && !IsFigure(claim) && !AboutUnrealEvent(claim)) result[main].Add(claim);
        }
        return result;
    }

    private static bool IsFigure(Claim c) => c.Kind is ClaimKind.Fatalities or ClaimKind.Injuries or ClaimKind.Arrests || c.Number is not null;

    private bool AboutUnrealEvent(Claim c) =>
        doc.EventMentions.Any(m => m.Sentence == c.Sentence && m.Factuality != Core.Factuality.Asserted);

    public EventGroup? GroupOf(Claim claim)
    {
        var at = (claim.Subject ?? claim.Span).Start;
        var isToll = claim.Kind is ClaimKind.Fatalities or ClaimKind.Injuries or ClaimKind.Arrests ||
                     claim.Kind == ClaimKind.Statement && claim.Number is null && claim.Subject is not null;
        var sentence = claim.Sentence >= 0 ? claim.Sentence : doc.SentenceIndexAt(at);
        var here = groups.SelectMany(g => g.Mentions.Select(m => (g, m))).Where(x => x.m.Mention.Sentence == sentence).ToList();
        if (here.Count > 0)
        {
            var candidates = claim.Kind == ClaimKind.Arrests && here.Any(x => x.g.Type.SubEventType == "Arrests")
                ? here.Where(x => x.g.Type.SubEventType == "Arrests").ToList()
                : here;
            return candidates.OrderBy(x => Math.Abs(x.m.Start - at)).First().g;
        }
        if (doc.EventMentions.Any(m => m.Sentence == sentence && m.Factuality != Core.Factuality.Asserted)) return null;

        var before = groups.SelectMany(g => g.Mentions.Select(m => (g, m)))
            .Where(x => x.m.Start < at && (!isToll || MentionFacts.CanKill(x.g.Type) || claim.Kind == ClaimKind.Arrests))
            .OrderByDescending(x => x.m.Start).FirstOrDefault();
        if (before.g is not null)
        {
            if (isToll || sentence - before.m.Mention.Sentence <= StatementReach) return before.g;
            return null;
        }
        return isToll ? groups.FirstOrDefault(g => MentionFacts.CanKill(g.Type) || claim.Kind == ClaimKind.Arrests && g.Type.SubEventType == "Arrests") : null;
    }
}
