using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Places.Evaluation;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Places;

/// <summary>Scores the places stage on the geoparsing corpora: GeoVirus toponyms, CENTCOM location strings, ISAF provinces.</summary>
public sealed class PlacesEvalCommand : Command<PlacesEvalSettings>
{
    public override int Execute(CommandContext context, PlacesEvalSettings settings, CancellationToken cancellationToken)
    {
        var folders = settings.GazetteerFolders().ToList();
        var watch = Stopwatch.StartNew();
        var stage = PlacesStage.Create(DataFolder.Locate(), folders);
        Console.Out.WriteLine($"gazetteer: built-in{string.Concat(folders.Select(f => " + " + f))}: {stage.Gazetteer.Count:N0} entries, loaded in {watch.Elapsed.TotalSeconds:0.00} s");
        foreach (var w in stage.Gazetteer.LoadWarnings) Console.Error.WriteLine($"sitrep: {w}");
        var root = settings.CorpusFolder();
        var scores = new List<GeoScore>();
        if (settings.Only is null or "geovirus")
        {
            var articles = GeoVirusCorpus.Read(Path.Combine(root, "geovirus", "GeoVirus.xml"));
            scores.Add(GeoScorer.ScoreToponyms("GeoVirus toponyms", articles, a => Run(stage, new Document(a.Id, a.Text)).Places));
        }
        if (settings.Only is null or "centcom")
        {
            var items = CentcomCorpus.Read(Path.Combine(root, "centcom"));
            string? Code(string country) => stage.Gazetteer.CountryEntry(country)?.CountryCode;
            scores.Add(GeoScorer.ScoreLocationStrings("CENTCOM location strings (distinct)", items,
                i => stage.ResolveName(i.Location, i.Country is null ? null : Code(i.Country)), Code));
        }
        if (settings.Only is null or "isaf")
        {
            var reports = IsafCorpus.Read(Path.Combine(root, "isaf-dev.jsonl"));
            scores.Add(GeoScorer.ScoreAdmin1("ISAF provinces (admin1)", reports,
                r => ReportPlaces.ForSentence(Run(stage, new Document(r.Id, r.Text, r.Published))).Place));
        }
        foreach (var s in scores) Console.Out.WriteLine(s.ToText(settings.Misses));
        return 0;
    }

    private static Document Run(PlacesStage stage, Document doc)
    {
        stage.Process(doc);
        return doc;
    }
}
