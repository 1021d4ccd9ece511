using Sitrep.Core;
using Sitrep.Pipeline.Stages.Actors;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Turns asserted event mentions into event records: groups the mentions of each event, chooses its
/// date, place and actors, and resolves its toll from the claims about it.
/// Reads everything earlier stages wrote; writes Events.
/// </summary>
public sealed class AssemblyStage(AssemblyRules rules, IReadOnlyDictionary<string, Country> countries) : IStage
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
        var places = new PlaceChooser(document, clauses, frame, rules.LocativeCues);
        var roles = new ActorRoleResolver(document, clauses, frame, rules.HitVerbs);
        var facts = document.EventMentions
            .Where(m => m.Factuality == Core.Factuality.Asserted && m.Type.EventType.Length > 0)
            .Where(m => m.Sentence < 0 || m.Sentence >= document.Sentences.Count || !document.Sentences[m.Sentence].IsBoilerplate)
            .Select(m =>
            {
                var (a1, a2) = roles.For(m);
                return new MentionFacts(m, rules.IsGeneric(m)) { Date = dates.For(m), Place = places.For(m), FramedPlace = places.FramedFor(m), Actor1 = a1, Actor2 = a2 };
            });
        var groups = EventGrouper.Group(facts, document.ReferenceDate);
        // Beside an event told with its when, where or who, a bare word after it is background ("he planned IED attacks").
        var first = groups.OrderBy(g => g.Start).FirstOrDefault(g => !g.IsBare);
        if (first is not null) groups = groups.Where(g => !g.IsBare || g.Start < first.Start).ToList();
        var claims = new ClaimAssigner(document, groups).Assign();
        var builder = new RecordBuilder(document, rules, places, frame, countries);
        var n = 0;
        foreach (var g in groups.OrderBy(g => g.Start))
            document.Events.Add(builder.Build(g, claims[g], ++n));
    }
}
