using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Attribution;

/// <summary>
/// Who said what. Finds reporting verbs and quotes, resolves their speakers, and turns every casualty
/// figure into a claim by the source of its clause, so that disagreeing sources stay side by side.
/// Reads Sentences, Quotes, Quantities and Actors; writes Claims (and the speakers of Quotes).
/// </summary>
public sealed class AttributionStage(SpeechVerbLexicon verbs, IReadOnlyList<string> frames, CasualtyPhrases casualtyPhrases, QuoteCues quoteCues) : IStage
{
    public string Name => "attribution";

    public static AttributionStage Create(PipelineOptions options)
    {
        var lex = Path.Combine(options.DataFolder, "lexicons");
        return new AttributionStage(
            SpeechVerbLexicon.Load(Path.Combine(lex, "speech-verbs.jsonl")),
            LexiconFile.ReadPhrases(Path.Combine(lex, "speech-frames.txt")),
            CasualtyPhrases.Load(Path.Combine(lex, "casualty-phrases.jsonl")),
            QuoteCues.Load(Path.Combine(lex, "quote-cues.jsonl")));
    }

    public void Process(Document document)
    {
        if (!document.IsReadable) return;
        new ClaimFinder(document, verbs, frames, casualtyPhrases, quoteCues).Run();
    }
}
