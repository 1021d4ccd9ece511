using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Tests.Attribution;

public class LexiconTests
{
    [Fact]
    public void The_shipped_lexicon_covers_the_reporting_verbs_of_each_stance()
    {
        var lex = SpeechVerbLexicon.Load(Path.Combine(new PipelineOptions().DataFolder, "lexicons", "speech-verbs.jsonl"));
        foreach (var stance in new[] { Stance.Asserts, Stance.Reports, Stance.Claims, Stance.Denies, Stance.Condemns, Stance.Attributes, Stance.Predicts })
            Assert.Contains(lex.Verbs, v => v.Stance == stance);
    }

    [Fact]
    public void Longer_forms_win_over_shorter_ones()
    {
        var lex = SpeechVerbLexicon.Load(Path.Combine(new PipelineOptions().DataFolder, "lexicons", "speech-verbs.jsonl"));
        var text = "The group claimed responsibility on Telegram.";
        var found = lex.Find(text, 0, text.Length);
        var cue = Assert.Single(found);
        Assert.Equal(ClaimKind.Responsibility, cue.Verb.Kind);
    }

    [Fact]
    public void A_bad_entry_is_reported_with_its_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"forms\": [\"said\"], \"stance\": \"asserts\", \"kind\": \"statement\"}", "{\"forms\": [\"noted\"], \"stance\": \"shouts\", \"kind\": \"statement\"}"]);
            var e = Assert.Throws<InvalidDataException>(() => SpeechVerbLexicon.Load(path));
            Assert.StartsWith($"{path}:2:", e.Message);
            Assert.Contains("stance", e.Message);
        }
        finally { File.Delete(path); }
    }
}
