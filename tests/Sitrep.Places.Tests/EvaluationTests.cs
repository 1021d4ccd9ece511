using Sitrep.Core;
using Sitrep.Places.Evaluation;

namespace Sitrep.Places.Tests;

public sealed class EvaluationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-eval-").FullName;
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Place At(double lat, double lon) => new("t", "T", PlaceKind.Populated, "XX", "XXX", "X", null, null, lat, lon);

    [Fact]
    public void ToponymScoreCountsDistancesAndListsMisses()
    {
        var article = new GoldArticle("1", "Alpha and Beta and Gamma.", [
            new GoldToponym("Alpha", 0, 5, 10, 10),
            new GoldToponym("Beta", 10, 14, 20, 20),
            new GoldToponym("Gamma", 19, 24, 30, 30),
        ]);
        var mentions = new List<PlaceMention>
        {
            new(new TextSpan(0, 5), "Alpha", At(10.1, 10), GeoPrecision.Exact, Provenance.Rule("t", 1)),   // ~11 km
            new(new TextSpan(10, 14), "Beta", At(21, 20), GeoPrecision.Exact, Provenance.Rule("t", 1)),    // ~111 km
        };
        var score = GeoScorer.ScoreToponyms("test", [article], _ => mentions);
        Assert.Equal(3, score.Total);
        Assert.Equal(2, score.Found);
        Assert.Equal(1, score.Within25);
        Assert.Equal(2, score.Within161);
        Assert.InRange(score.MedianKm!.Value, 55, 65);
        Assert.Contains(score.Misses, m => m.Contains("'Gamma': not found"));
    }

    [Fact]
    public void GeoVirusOffsetsAreOneBased()
    {
        var path = Path.Combine(_dir, "g.xml");
        File.WriteAllText(path, "<articles><article><source>s</source><text>In Lyon today.</text><locations><location><name>Lyon</name><start>4</start><end>8</end><lat>45.75</lat><lon>4.85</lon><page>p</page></location></locations></article></articles>");
        var a = Assert.Single(GeoVirusCorpus.Read(path));
        var t = Assert.Single(a.Toponyms);
        Assert.Equal("Lyon", a.Text[t.Start..t.End]);
    }

    [Fact]
    public void CentcomReaderGroupsLocationsAndReadsQuotedFields()
    {
        var path = Path.Combine(_dir, "strikes.csv");
        File.WriteAllText(path, "date,country,location,number,description,line\n1/1/2015,Iraq,Alpha Town,2,x,\"- Near Alpha Town, two strikes\"\n1/2/2015,Iraq,Alpha Town,1,x,y\n1/3/2015,Unknown,Beta,1,x,y\n1/4/2015,\"Gamma, Syria\",Gamma,1,x,y\n");
        var items = CentcomCorpus.Read(path);
        Assert.Equal(3, items.Count);
        Assert.Equal(new GoldLocationString("Alpha Town", "Iraq", 2), items[0]);
        Assert.Null(items[1].Country);
        Assert.Equal("Syria", items[2].Country);
    }

    [Theory]
    [InlineData("paktya", "Paktia", true)]
    [InlineData("uruzgan", "Oruzgan", true)]
    [InlineData("sar-e pul", "Sar-e Pol Province", true)]
    [InlineData("khost", "Khowst", true)]
    [InlineData("helmand", "Kandahar", false)]
    public void RegionNamesCompareAcrossSpellings(string gold, string found, bool same) =>
        Assert.Equal(same, GeoScorer.SameRegionName(gold, found));
}
