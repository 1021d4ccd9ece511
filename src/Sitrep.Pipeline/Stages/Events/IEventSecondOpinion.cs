using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Events;

/// <summary>A model consulted beside the trigger rules: for sentences they miss, and to review uncertain types.</summary>
public interface IEventSecondOpinion
{
    /// <summary>Mentions for a sentence the rules found nothing in (empty when it reports no event).</summary>
    List<EventMention> Suggest(Document document, Sentence sentence);

    /// <summary>The rules' mentions for a sentence, with uncertain types possibly changed.</summary>
    List<EventMention> Review(Document document, Sentence sentence, List<EventMention> found);
}
