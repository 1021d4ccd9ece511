using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Events;

/// <summary>
/// Finds event triggers in each reporting sentence and types them: one of the 25 ACLED sub-event
/// types with PLOVER and CAMEO codes, or a PLOVER-only statement (condemn, deny, threaten, consult)
/// whose EventType is empty. Background and hypothetical mentions are kept; factuality judges them.
/// </summary>
public sealed class EventsStage : IStage
{
    /// <summary>How close (in words) two triggers must be for one to absorb the other.</summary>
    private const int AbsorbWindowWords = 8;
    private static readonly Regex Word = new(@"\w+", RegexOptions.CultureInvariant);
    private static readonly Regex PassiveBy = new(@"^\s+(?:[\w-]+\s+){0,3}?by\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex PlaceGap = new(@"^\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly EventTypeCatalog _types;
    private readonly TriggerLexicon _lexicon;
    private readonly IEventSecondOpinion? _secondOpinion;

    public EventsStage(EventTypeCatalog types, TriggerLexicon lexicon, IEventSecondOpinion? secondOpinion = null)
    {
        _types = types;
        _lexicon = lexicon;
        _secondOpinion = secondOpinion;
    }

    public string Name => "events";

    public EventTypeCatalog Types => _types;

    public static EventsStage Create(PipelineOptions options)
    {
        var types = EventTypeCatalog.Load(options.DataFolder);
        var lexicon = TriggerLexicon.Load(options.DataFolder, types);
        var secondOpinion = options.UseEmbeddings ? PrototypeClassifier.Load(options.DataFolder, types) : null;
        return new EventsStage(types, lexicon, secondOpinion);
    }

    public void Process(Document document)
    {
        if (!document.IsReadable) return;
        EventMention? antecedent = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsBoilerplate) continue;
            var found = FindInSentence(document, sentence);
            for (var i = 0; i < found.Count; i++)
            {
                var m = found[i];
                if (antecedent is not null && IsBareAnaphor(document, m))
                    found[i] = m with { Type = antecedent.Type, By = new Provenance($"{m.By.By}+antecedent", Math.Round(Math.Max(m.By.Confidence, antecedent.By.Confidence - 0.2), 3)) };
                else if (IsSpecificViolence(m))
                    antecedent = m;
            }
            if (found.Count == 0 && _secondOpinion is not null)
                found = _secondOpinion.Suggest(document, sentence);
            else if (_secondOpinion is not null)
                found = _secondOpinion.Review(document, sentence, found);
            document.EventMentions.AddRange(found);
        }
    }

    private static readonly Regex Determiner = new(@"(?:\b(?:the|this|that|these|those|its|their|his|her)|'s)\s+(?:[\w-]+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>"The attack", "the assault", "Monday's attack": an unqualified attack that refers back to an event already typed.</summary>
    private bool IsBareAnaphor(Document document, EventMention m)
    {
        var ruleId = m.By.By["rule:events:".Length..];
        var rule = _lexicon.Rules.FirstOrDefault(r => r.Id == ruleId);
        if (rule is null || !rule.RetypeByWeapon || !rule.Weak) return false;
        var sentenceStart = document.Sentences[m.Sentence].Span.Start;
        return Determiner.IsMatch(document.Text[sentenceStart..m.Trigger.Start]);
    }

    private bool IsSpecificViolence(EventMention m) =>
        m.Type.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians"
        && m.By.By.StartsWith("rule:events:", StringComparison.Ordinal)
        && _lexicon.Rules.FirstOrDefault(r => r.Id == m.By.By["rule:events:".Length..]) is { Weak: false };

    /// <summary>The rule-based mentions of one sentence, overlaps and absorbed triggers resolved.</summary>
    public List<EventMention> FindInSentence(Document document, Sentence sentence)
    {
        var text = document.Slice(sentence.Span);
        var offset = sentence.Span.Start;
        var actors = document.Actors.Where(a => !a.IsSourceOnly && sentence.Span.Contains(a.Span)).OrderBy(a => a.Span.Start).ToList();
        var places = document.Places.Where(p => sentence.Span.Contains(p.Span)).ToList();

        var candidates = new List<Candidate>();
        foreach (var rule in _lexicon.Rules)
        {
            if (rule.Unless is not null && rule.Unless.IsMatch(text)) continue;
            if (rule.Requires is not null && !rule.Requires.IsMatch(text)) continue;
            foreach (Match m in rule.Pattern.Matches(text))
            {
                var g = m.Groups["t"];
                var span = g.Success ? new TextSpan(offset + g.Index, offset + g.Index + g.Length)
                                     : new TextSpan(offset + m.Index, offset + m.Index + m.Length);
                if (!Admits(rule, document, span, actors, places)) continue;
                candidates.Add(Retype(new Candidate(rule, span, m.Length, rule.TypeLabel, rule.Confidence, rule.Id), text, offset, document, actors));
            }
        }

        var kept = ResolveOverlaps(candidates);
        kept = DropAbsorbed(document, kept);
        kept = ProtestTurnedViolent(kept);
        return [.. kept.OrderBy(c => c.Span.Start).Select(c => ToMention(document, sentence, c))];
    }

    private bool Admits(TriggerRule rule, Document document, TextSpan span, List<ActorMention> actors, List<PlaceMention> places)
    {
        if (rule.Agent.Count > 0)
        {
            var agent = AgentOf(document, span, actors);
            if (agent is null || !KindsOf(agent).Overlaps(rule.Agent)) return false;
        }
        if (rule.TargetNot.Count > 0 && TargetOf(document, span, actors) is { } target && KindsOf(target).Overlaps(rule.TargetNot))
            return false;
        if (rule.ObjectPlace)
        {
            var follows = places.Any(p => p.Resolved is not null && !p.IsCountryEvidenceOnly && p.Span.Start >= span.End
                && p.Span.Start - span.End <= 30 && PlaceGap.IsMatch(document.Text[span.End..p.Span.Start]));
            if (!follows) return false;
        }
        return true;
    }

    /// <summary>The acting actor: the one after a passive "by", else the nearest one before the trigger.</summary>
    private static ActorMention? AgentOf(Document document, TextSpan span, List<ActorMention> actors)
    {
        foreach (var a in actors)
            if (a.Span.Start >= span.End && a.Span.Start - span.End <= 40 && PassiveBy.IsMatch(document.Text[span.End..a.Span.Start]))
                return a;
        return actors.LastOrDefault(a => a.Span.End <= span.Start);
    }

    /// <summary>The actor acted upon: the nearest one after the trigger, unless it is a passive agent.</summary>
    private static ActorMention? TargetOf(Document document, TextSpan span, List<ActorMention> actors)
    {
        foreach (var a in actors)
        {
            if (a.Span.Start < span.End || a.Span.Start - span.End > 60) continue;
            if (PassiveBy.IsMatch(document.Text[span.End..a.Span.Start])) continue;
            return a;
        }
        return null;
    }

    private static HashSet<ActorKind> KindsOf(ActorMention a) => a.Category switch
    {
        ActorCategory.StateForces => [ActorKind.State],
        ActorCategory.ExternalForces => [ActorKind.State, ActorKind.External],
        ActorCategory.RebelGroup or ActorCategory.PoliticalMilitia or ActorCategory.IdentityMilitia => [ActorKind.NonState],
        ActorCategory.Civilians => [ActorKind.Civilians],
        ActorCategory.Protesters => [ActorKind.Protesters],
        ActorCategory.Rioters => [ActorKind.Rioters],
        _ => [],
    };

    private const string PeacefulProtest = "Peaceful protest", ViolentDemonstration = "Violent demonstration", PropertyDestruction = "Looting/property destruction";

    /// <summary>
    /// "Demonstrators set up burning barricades and ransacked a warehouse": ACLED codes demonstrators who destroy
    /// property as a violent demonstration, one event, not a peaceful protest beside a looting.
    /// </summary>
    private List<Candidate> ProtestTurnedViolent(List<Candidate> kept)
    {
        var protest = kept.FirstOrDefault(c => c.Label == PeacefulProtest);
        if (protest is null || !kept.Any(c => c.Label == PropertyDestruction) || !_types.Contains(ViolentDemonstration)) return kept;
        return kept.Where(c => c.Label != PropertyDestruction)
            .Select(c => c == protest ? c with { Label = ViolentDemonstration, By = $"{c.By}+property-destruction" } : c).ToList();
    }

    /// <summary>An unqualified attack takes its type from a weapon in the sentence or from civilian victims.</summary>
    private Candidate Retype(Candidate c, string text, int offset, Document document, List<ActorMention> actors)
    {
        if (c.Rule.RetypeByWeapon)
        {
            // The weapon named closest to the trigger says how the attack was carried out.
            WeaponCue? nearest = null;
            var nearestDistance = int.MaxValue;
            var at = c.Span.Start - offset;
            foreach (var w in _lexicon.Weapons)
                foreach (Match m in w.Pattern.Matches(text))
                {
                    var distance = m.Index >= at ? m.Index - at : at - (m.Index + m.Length);
                    if (distance < nearestDistance) (nearest, nearestDistance) = (w, Math.Max(distance, 0));
                }
            if (nearest is not null)
                return c with { Label = nearest.TypeLabel, Confidence = Math.Min(c.Confidence + 0.15, nearest.Confidence), By = $"{c.Rule.Id}+{nearest.Id}" };
        }
        if (c.Rule.CivilianTargetType is { } civilianType
            && (TargetOf(document, c.Span, actors) is { Category: ActorCategory.Civilians } || NamesCivilianTarget(document, c.Span)))
            return c with { Label = civilianType, Confidence = Math.Min(c.Confidence + 0.15, 0.8), By = $"{c.Rule.Id}+civilian-target" };
        return c;
    }

    /// <summary>Civilians or a civilian site as what the trigger acts on, before any clause break.</summary>
    private bool NamesCivilianTarget(Document document, TextSpan trigger) => CivilianTargetAfter(document, trigger) is not null;

    private TextSpan? CivilianTargetAfter(Document document, TextSpan trigger)
    {
        var end = Math.Min(document.Text.Length, trigger.End + 60);
        var after = document.Text[trigger.End..end];
        var cut = after.IndexOfAny([',', ';', ':', '.']);
        if (cut >= 0) after = after[..cut];
        var m = _lexicon.CivilianTarget.Match(after);
        return m.Success ? new TextSpan(trigger.End + m.Index, trigger.End + m.Index + m.Length) : null;
    }

    /// <summary>Among overlapping triggers keep the specific, longer, surer one ("suicide car bomb" over "car bomb").</summary>
    private static List<Candidate> ResolveOverlaps(List<Candidate> candidates)
    {
        var kept = new List<Candidate>();
        foreach (var c in candidates.OrderBy(c => c.Rule.Weak).ThenByDescending(c => c.MatchLength).ThenByDescending(c => c.Confidence))
            if (!kept.Any(k => k.Span.Overlaps(c.Span)))
                kept.Add(c);
        return kept;
    }

    /// <summary>
    /// Drops a trigger when another says more about the same event: a weak trigger ("fighting",
    /// "killed insurgents") in a sentence with a specific one, or a sub-type another absorbs close by
    /// in the same clause (IED in a suicide bombing).
    /// </summary>
    private List<Candidate> DropAbsorbed(Document document, List<Candidate> kept)
    {
        var result = new List<Candidate>();
        foreach (var c in kept)
        {
            var cIsStatement = _types[c.Label].Code.IsStatementOnly;
            var absorbed = kept.Any(d => !ReferenceEquals(d, c)
                && _types[d.Label].Code.IsStatementOnly == cIsStatement
                && ((c.Rule.Weak && !d.Rule.Weak && !cIsStatement)
                    || (_types[d.Label].Absorbs.Contains(c.Label) && WordsBetween(document, c.Span, d.Span) <= AbsorbWindowWords
                        && SameClause(document, c.Span, d.Span) && (c.Rule.Weak || !d.Rule.Weak))));
            if (!absorbed) result.Add(c);
        }
        return result;
    }

    /// <summary>No clause punctuation between two triggers: "airstrikes, then shelling" stay two events.</summary>
    private static bool SameClause(Document document, TextSpan a, TextSpan b)
    {
        var (start, end) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return end <= start || document.Text.AsSpan(start, end - start).IndexOfAny(",;:") < 0;
    }

    private static int WordsBetween(Document document, TextSpan a, TextSpan b)
    {
        var (start, end) = a.End <= b.Start ? (a.End, b.Start) : (b.End, a.Start);
        return end <= start ? 0 : Word.Count(document.Text.AsSpan(start, end - start));
    }

    private EventMention ToMention(Document document, Sentence sentence, Candidate c)
    {
        var code = _types[c.Label].Code;
        var rule = c.Rule;
        if (c.Label == rule.TypeLabel)
        {
            if (rule.PloverEvent is not null) code = code with { PloverEvent = rule.PloverEvent };
            if (rule.OverridesMode) code = code with { PloverMode = rule.PloverMode };
            if (rule.CameoCode is not null) code = code with { CameoCode = rule.CameoCode, CameoRoot = rule.CameoCode[..2] };
        }
        return new EventMention(c.Span, document.Slice(c.Span), sentence.Index, code, Provenance.Rule($"events:{c.By}", Math.Round(c.Confidence, 3)))
        {
            CivilianTarget = CivilianTargetAfter(document, c.Span),
        };
    }

    private sealed record Candidate(TriggerRule Rule, TextSpan Span, int MatchLength, string Label, double Confidence, string By);
}
