using Sitrep.Core;
using Sitrep.Pipeline;

namespace Sitrep.Eval.Tests;

/// <summary>The runner over a small corpus folder written here, with a stand-in pipeline of one stage.</summary>
public sealed class EvalRunnerTests : IDisposable
{
    private readonly string _shared = Path.Combine(Path.GetTempPath(), $"sitrep-eval-{Guid.NewGuid():N}");
    private string Corpus => Path.Combine(_shared, "corpus");

    public EvalRunnerTests()
    {
        Directory.CreateDirectory(Corpus);
        const string gold = "\"gold\": {\"start_date\": \"2020-02-03\", \"event_type\": [\"detention\"], \"province\": [\"kunar\"], " +
                            "\"target_group\": [\"\"], \"min_killed\": 0, \"min_captured\": 1, \"airstrike\": false}";
        File.WriteAllLines(Path.Combine(Corpus, "isaf-dev.jsonl"),
        [
            "{\"id\": \"one\", \"text\": \"Police held a man in the valley.\", \"published\": \"2020-02-03\", " + gold + "}",
            "{\"id\": \"boom\", \"text\": \"This text makes the stand-in stage fail.\", \"published\": \"2020-02-03\", " + gold + "}",
        ]);
    }

    public void Dispose() => Directory.Delete(_shared, recursive: true);

    /// <summary>Codes every report as an arrest on its publication date; fails on reports that mention "fail".</summary>
    private sealed class ArrestEverything : IStage
    {
        public string Name => "arrest-everything";

        public void Process(Document document)
        {
            if (document.Text.Contains("fail")) throw new InvalidOperationException("stand-in failure");
            document.Events.Add(new EventRecord
            {
                ReportId = document.Id,
                EventType = "Strategic developments",
                SubEventType = "Arrests",
                EventDate = document.Published?.ToString("yyyy-MM-dd") ?? "",
                Admin1 = "Kunar",
            });
        }
    }

    private static EvalRunner Runner() => new(new PipelineBuilder().Add(new ArrestEverything()).Build());

    [Fact]
    public void Scores_the_corpora_it_finds_and_says_why_it_skipped_the_others()
    {
        var card = Runner().Run(new EvalOptions(Corpus) { SpecFolder = Path.Combine(_shared, "no-specs") });

        var isaf = Assert.Single(card.Corpora);
        Assert.Equal(("isaf", 2, 1), (isaf.Key, isaf.Reports, isaf.PipelineFailures));
        Assert.Equal(0.5, isaf.Fields.Single(f => f.Key == "isaf.event_date").Value);
        Assert.Contains(isaf.Errors, e => e.Kind == "pipeline failed on the report" && e.Example.System.Contains("stand-in failure"));
        Assert.Equal(["plover", "seed", "geovirus", "specs"], card.Skipped.Select(s => s.Key));
        Assert.All(card.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Only_the_asked_corpora_are_scored()
    {
        var card = Runner().Run(new EvalOptions(Corpus) { Only = ["seed"] });

        Assert.Empty(card.Corpora);
        Assert.Equal("seed", Assert.Single(card.Skipped).Key);
    }

    [Fact]
    public void The_shared_folder_is_the_corpus_folders_parent()
    {
        Assert.Equal(Path.GetFullPath(_shared), new EvalOptions(Corpus + Path.DirectorySeparatorChar).SharedFolder);
    }
}
