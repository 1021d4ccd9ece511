using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Tests.Events;

/// <summary>Builds documents by hand, spaCy-style: sentences, dates and actors added directly, no earlier stages.</summary>
public static partial class HandBuiltDocument
{
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""])")]
    private static partial Regex SentenceBreak();

    public static Document Of(string text, DateOnly? published = null)
    {
        var doc = new Document("test", text, published);
        var start = 0;
        foreach (Match m in SentenceBreak().Matches(text))
        {
            doc.Sentences.Add(new Sentence(doc.Sentences.Count, new TextSpan(start, m.Index), 0));
            start = m.Index + m.Length;
        }
        doc.Sentences.Add(new Sentence(doc.Sentences.Count, new TextSpan(start, text.Length), 0));
        return doc;
    }

    public static Document WithDate(this Document doc, string phrase, FuzzyDate value)
    {
        var at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{phrase}' is not in the text");
        var span = new TextSpan(at, at + phrase.Length);
        doc.Dates.Add(new DateMention(span, phrase, value, DateKind.Absolute, Provenance.Rule("test", 1)) { Sentence = doc.SentenceIndexAt(at) });
        return doc;
    }

    public static Document WithActor(this Document doc, string phrase, ActorCategory category, string name = "Test actor")
    {
        var at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{phrase}' is not in the text");
        doc.Actors.Add(new ActorMention(new TextSpan(at, at + phrase.Length), phrase, name, category, Provenance.Rule("test", 1))
        {
            Sentence = doc.SentenceIndexAt(at),
        });
        return doc;
    }

    public static Document WithPlace(this Document doc, string phrase)
    {
        var at = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{phrase}' is not in the text");
        var place = new Place("test:" + phrase, phrase, PlaceKind.Populated, "XX", "XXX", "Testland", null, null, 0, 0);
        doc.Places.Add(new PlaceMention(new TextSpan(at, at + phrase.Length), phrase, place, GeoPrecision.Exact, Provenance.Rule("test", 1))
        {
            Sentence = doc.SentenceIndexAt(at),
        });
        return doc;
    }
}

/// <summary>The stages built once from the repository's data folder.</summary>
public sealed class StagesFixture
{
    public Sitrep.Pipeline.Stages.Events.EventsStage Events { get; } =
        Sitrep.Pipeline.Stages.Events.EventsStage.Create(new PipelineOptions());
    public Sitrep.Pipeline.Stages.Factuality.FactualityStage Factuality { get; } =
        Sitrep.Pipeline.Stages.Factuality.FactualityStage.Create(new PipelineOptions());
}
