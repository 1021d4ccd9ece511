using Sitrep.Core;
using Sitrep.Eval.Corpora;

namespace Sitrep.Eval.Tests;

public class PloverScorerTests
{
    private static PloverGold Gold(string ev, string? mode = null, string? source = null, string? target = null) =>
        new("g1", "sentence", ev, mode, source is null ? [] : [new PloverActor(source, null)], target is null ? [] : [new PloverActor(target, null)]);

    private static FieldScore Field(CorpusScore s, string key) => s.Fields.Single(f => f.Key == key);

    [Fact]
    public void Renamed_types_compare_as_one()
    {
        var scorer = new PloverScorer();
        Assert.Equal(scorer.CanonicalEvent("ASSAULT"), scorer.CanonicalEvent("FIGHT"));
        Assert.Equal(scorer.CanonicalEvent("ACCUSE"), scorer.CanonicalEvent("disapprove"));
        Assert.NotEqual(scorer.CanonicalEvent("AGREE"), scorer.CanonicalEvent("CONSULT"));
    }

    [Fact]
    public void Type_mode_and_actors_of_the_main_record_are_scored()
    {
        var record = Build.Record("Shelling/artillery/missile attack", actor1: "Military Forces of Norway", actor2: "Civilians (Chile)",
            plover: "ASSAULT", mode: "heavy weapons");
        var s = new PloverScorer().Score([(Gold("FIGHT", "heavy-weapons", "Norwegian troops", "Chilean villagers"), new SystemOutput("g1", [record]))]);

        Assert.Equal(1.0, Field(s, "plover.event_type").Value);
        Assert.Equal(1.0, Field(s, "plover.mode").Value);
        Assert.Equal(1.0, Field(s, "plover.source").Value);
        Assert.Equal(1.0, Field(s, "plover.target").Value);
    }

    [Fact]
    public void Generic_words_alone_do_not_make_actors_match()
    {
        var scorer = new PloverScorer();
        Assert.False(scorer.LooselySame("government forces", "Military Forces of Peru"));
        Assert.True(scorer.LooselySame("Peruvian government", "Military Forces of Peru"));
    }

    [Fact]
    public void Without_a_record_the_first_asserted_mention_answers()
    {
        var doc = new Document("g1", "Officials denounced the decree and later agreed to talks.");
        var by = Provenance.Rule("test", 0.6);
        doc.EventMentions.Add(new EventMention(new TextSpan(41, 47), "agreed", 0, new EventTypeCode("", "", "AGREE", null, "03"), by));
        doc.EventMentions.Add(new EventMention(new TextSpan(10, 19), "denounced", 0, new EventTypeCode("", "", "DISAPPROVE", null, "11"), by)
            { Factuality = Factuality.Negated });

        var answer = PloverAnswer.Of(new SystemOutput("g1", [], doc));

        Assert.Equal("AGREE", answer.Event);
        Assert.Equal("mention", answer.From);
    }

    [Fact]
    public void Unanswered_sentences_are_wrong_and_land_in_the_none_column()
    {
        var s = new PloverScorer().Score([(Gold("PROTEST"), SystemOutput.Empty("g1"))]);

        Assert.Equal(0.0, Field(s, "plover.event_type").Value);
        Assert.Equal(0, Field(s, "plover.mode").Scored);
        Assert.Contains(s.Errors, e => e.Kind == "event type: PROTEST coded as (none)");
    }

    [Fact]
    public void The_gold_file_reads_string_and_list_actors_and_skips_records_without_text()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-plover-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            [
              {"id": "note", "event": "DOCUMENT", "eventText": "about this file"},
              {"id": "x1", "event": "protest", "mode": "", "text": "Farmers marched on the capital.",
               "source": [{"actorText": "Farmers", "code": "CVL"}], "target": "capital"}
            ]
            """);
        try
        {
            var g = Assert.Single(PloverCorpus.Read(path));
            Assert.Equal(("x1", "PROTEST", (string?)null), (g.Id, g.Event, g.Mode));
            Assert.Equal("Farmers", g.Sources[0].Text);
            Assert.Equal("capital", g.Targets[0].Text);
        }
        finally { File.Delete(path); }
    }
}
