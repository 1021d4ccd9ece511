using Sitrep.Core;
using Sitrep.Eval.Corpora;

namespace Sitrep.Eval.Tests;

public class IsafScorerTests
{
    private static IsafReport Report(string id, string date, string kinds, string province, int killed = 0, int captured = 0,
        string groups = "", bool airstrike = false) =>
        new(new ReportInput(id, "text"), new IsafGold(date, kinds.Split(';'), province,
            groups.Split(';', StringSplitOptions.RemoveEmptyEntries), killed, captured, airstrike));

    private static SystemOutput Output(string id, params EventRecord[] records) => new(id, records);

    private static FieldScore Field(CorpusScore s, string key) => s.Fields.Single(f => f.Key == key);

    [Fact]
    public void A_detention_coded_right_scores_every_field()
    {
        var arrest = Build.Record("Arrests", "2019-04-02", "Zabul", actor2: "Taliban", eventType: "Strategic developments");
        arrest.Claims.Add(Build.Claim("arrests", "the coalition", "3 suspects"));

        var s = new IsafScorer().Score([(Report("a", "2019-04-02", "detention", "zabul", captured: 3, groups: "taliban"), Output("a", arrest))]);

        Assert.Equal(1.0, Field(s, "isaf.event_date").Value);
        Assert.Equal(1.0, Field(s, "isaf.fatalities").Value);
        Assert.Equal(1.0, Field(s, "isaf.province").Value);
        Assert.Equal(1.0, Field(s, "isaf.kind").Value);
        Assert.Equal(1.0, Field(s, "isaf.kind.detention").Value);
        Assert.Equal(1.0, Field(s, "isaf.captured").Value);
        Assert.Equal(1.0, Field(s, "isaf.target_group").Value);
        Assert.Equal(1.0, Field(s, "isaf.events").Value);
        Assert.Equal(0, s.ErrorTotal);
    }

    [Theory]
    [InlineData("qandahar", "Kandahar")]
    [InlineData("wardak", "Vardak")]
    [InlineData("paktya", "Paktia")]
    [InlineData("sar-e pul", "Sar-e Pol")]
    [InlineData("HELMAND", "Helmand")]
    public void Province_spellings_that_name_the_same_region_agree(string gold, string system)
    {
        var s = new IsafScorer().Score([(Report("a", "2019-04-02", "detention", gold), Output("a", Build.Record("Arrests", admin1: system)))]);
        Assert.Equal(1.0, Field(s, "isaf.province").Value);
    }

    [Fact]
    public void A_different_province_is_wrong_and_logged_with_its_evidence()
    {
        var s = new IsafScorer().Score([(Report("r7", "2019-04-02", "detention", "logar"), Output("r7", Build.Record("Arrests", admin1: "Ghazni")))]);

        Assert.Equal(0.0, Field(s, "isaf.province").Value);
        var error = Assert.Single(s.Errors, e => e.Kind == "province: wrong admin1");
        Assert.Equal(("logar", "Ghazni"), (error.Example.Gold, error.Example.System));
        Assert.Contains("(r7)", error.Example.ReportId);
    }

    [Fact]
    public void Fatalities_are_summed_over_the_reports_records()
    {
        var s = new IsafScorer().Score(
        [
            (Report("a", "2019-04-02", "insurgentskilled", "khost", killed: 5),
                Output("a", Build.Record("Armed clash", fatalities: 3), Build.Record("Armed clash", fatalities: 2, evidenceAt: 40))),
            (Report("b", "2019-04-02", "insurgentskilled", "khost", killed: 5), Output("b", Build.Record("Armed clash", fatalities: 4))),
        ]);

        var f = Field(s, "isaf.fatalities");
        Assert.Equal((1, 2), (f.Correct!.Value, f.Scored));
        Assert.Contains(s.Errors, e => e.Kind == "fatalities: under-count" && e.Example.ReportId.Contains("(b)"));
    }

    [Fact]
    public void The_main_event_is_the_one_evidenced_first()
    {
        var late = Build.Record("Arrests", "2019-04-05", evidenceAt: 200);
        var early = Build.Record("Air/drone strike", "2019-04-02", evidenceAt: 10);

        var s = new IsafScorer().Score([(Report("a", "2019-04-02", "airstrike", "kunar", airstrike: true), Output("a", late, early))]);

        Assert.Equal(1.0, Field(s, "isaf.event_date").Value);
        Assert.Equal(1.0, Field(s, "isaf.kind").Value);
    }

    [Fact]
    public void Per_kind_scores_count_reports_with_any_record_of_the_sub_type()
    {
        var pairs = new List<(IsafReport, SystemOutput)>
        {
            // true positive: a strike among other records
            (Report("a", "2019-04-02", "captureandkill", "kunar", airstrike: true),
                Output("a", Build.Record("Armed clash"), Build.Record("Air/drone strike", evidenceAt: 50))),
            // false negative
            (Report("b", "2019-04-02", "airstrike", "kunar", airstrike: true), Output("b", Build.Record("Armed clash"))),
            // false positive
            (Report("c", "2019-04-02", "detention", "kunar"), Output("c", Build.Record("Air/drone strike"))),
            // true negative
            (Report("d", "2019-04-02", "detention", "kunar"), Output("d", Build.Record("Arrests"))),
        };

        var air = Field(new IsafScorer().Score(pairs), "isaf.kind.airstrike");

        Assert.Equal((1, 1, 1), (air.TruePositives!.Value, air.FalsePositives!.Value, air.FalseNegatives!.Value));
        Assert.Equal(0.5, air.Value, 3);
        Assert.Equal(0.70, air.Target);
    }

    [Fact]
    public void Civilian_casualties_accept_civilians_as_actor2()
    {
        var r = Build.Record("Armed clash", actor2: "Civilians (Afghanistan)");
        r.Inter2 = 7;
        var s = new IsafScorer().Score([(Report("a", "2019-04-02", "civiliancasualty", "kunar", killed: 2), Output("a", r))]);
        Assert.Equal(1.0, Field(s, "isaf.kind.civiliancasualty").Value);
        Assert.Equal(1.0, Field(s, "isaf.kind").Value);
    }

    [Fact]
    public void A_report_without_records_is_wrong_on_every_field_but_a_zero_count()
    {
        var s = new IsafScorer().Score([(Report("a", "2019-04-02", "detention", "kunar"), SystemOutput.Empty("a"))]);

        Assert.Equal(0.0, Field(s, "isaf.event_date").Value);
        Assert.Equal(1.0, Field(s, "isaf.fatalities").Value);
        Assert.Equal(0.0, Field(s, "isaf.kind.detention").Value);
        Assert.Contains(s.Errors, e => e.Kind == "event_date: no event");
        Assert.Equal(1, s.Confusions[0].Counts[0][0]);
        Assert.Equal(Metrics.ConfusionMatrix.Nothing, s.Confusions[0].System[0]);
    }

    [Fact]
    public void Date_errors_say_how_far_off_they_are()
    {
        var s = new IsafScorer().Score([(Report("a", "2019-04-02", "detention", "kunar"), Output("a", Build.Record("Arrests", "2019-04-03")))]);
        Assert.Contains(s.Errors, e => e.Kind == "event_date: one day late");
    }

    [Fact]
    public void Target_groups_match_their_dictionary_names()
    {
        var s = new IsafScorer().Score(
        [
            (Report("a", "2019-04-02", "detention", "kunar", groups: "hig"), Output("a", Build.Record("Arrests", actor2: "Hezb-e Islami"))),
            (Report("b", "2019-04-02", "detention", "kunar", groups: "haqqani"), Output("b", Build.Record("Arrests", actor2: "Taliban"))),
        ]);
        var t = Field(s, "isaf.target_group");
        Assert.Equal((1, 2), (t.Correct!.Value, t.Scored));
    }

    [Fact]
    public void Captures_take_the_lowest_figure_among_a_records_arrest_claims()
    {
        var r = Build.Record("Arrests");
        r.Claims.Add(Build.Claim("arrests", "the force", "4"));
        r.Claims.Add(Build.Claim("arrests", "officials", "at least 2"));
        r.Claims.Add(Build.Claim("fatalities", "officials", "9"));
        Assert.Equal(2, IsafScorer.CapturedIn(r));
    }

    [Fact]
    public void Corpus_lines_are_read_with_their_annotation_and_text_kept_in_id_is_recovered()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-isaf-{Guid.NewGuid():N}.jsonl");
        const string gold = "\"gold\": {\"start_date\": \"2019-04-02\", \"event_type\": [\"airstrike;detention\"], \"province\": [\"kunar\"], " +
                            "\"target_group\": [\"\"], \"min_killed\": 2, \"min_captured\": 1, \"airstrike\": true}";
        File.WriteAllLines(path,
        [
            "{\"id\": \"r1\", \"text\": \"A patrol detained one man near the river on Tuesday.\", \"published\": \"2019-04-03\", " + gold + "}",
            "{\"id\": \"A patrol detained one man near the river on Tuesday after a search.\", \"text\": \"\", \"published\": null, " + gold + "}",
        ]);
        try
        {
            var reports = IsafCorpus.Read(path);

            Assert.Equal(2, reports.Count);
            Assert.Equal(new DateOnly(2019, 4, 3), reports[0].Input.Published);
            Assert.Equal(["airstrike", "detention"], reports[0].Gold.Kinds);
            Assert.Empty(reports[0].Gold.TargetGroups);
            Assert.True(reports[0].Gold.Airstrike);
            Assert.Equal((1, 2), (reports[0].Line, reports[1].Line));
            Assert.True(reports[1].TextFromId);
            Assert.Equal("line 2", reports[1].Input.Id);
            Assert.StartsWith("A patrol", reports[1].Input.Text);
        }
        finally { File.Delete(path); }
    }
}
