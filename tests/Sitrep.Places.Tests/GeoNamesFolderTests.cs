using Sitrep.Core;

namespace Sitrep.Places.Tests;

public sealed class GeoNamesFolderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-gazetteer-" + Guid.NewGuid().ToString("N"));

    public GeoNamesFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "tables"));
        File.WriteAllText(Path.Combine(_dir, "admin1CodesASCII.txt"), "XX.01\tNorthern Hills\tNorthern Hills\t900001\n");
        var good = Row("900100", "Qaryat Tajriba", "Qaryat Tajriba", "Qaryet Tajribe,Karyat Tajriba", "34.5", "38.25", "XX", "01", "1200");
        var shortRow = string.Join('\t', Row("900101", "Short", "Short", "", "34.6", "38.3", "XX", "01", "0").Split('\t')[..18]);
        var badCoordinate = Row("900102", "Nowhere", "Nowhere", "", "north", "38.3", "XX", "01", "0");
        File.WriteAllText(Path.Combine(_dir, "tables", "XX.txt"), string.Join('\n', good, shortRow, badCoordinate) + "\n");
    }

    private static string Row(string id, string name, string ascii, string alternates, string lat, string lon, string cc, string admin1, string population) =>
        string.Join('\t', id, name, ascii, alternates, lat, lon, "P", "PPL", cc, "", admin1, "", "", "", population, "", "300", "Asia/Test", "2020-01-01");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LoadsNestedTablesAndReportsMalformedLinesWithFileAndLine()
    {
        var g = new Gazetteer();
        GazetteerLoader.AddGeoNamesFolder(g, _dir);

        var found = g.Lookup("Karyat Tajriba", loose: false);
        var place = Assert.Single(found);
        Assert.Equal("Qaryat Tajriba", place.Entry.Name);
        Assert.Equal("Northern Hills", g.ToPlace(place.Entry).Admin1);
        Assert.Equal(1200, place.Entry.Population);

        var table = Path.Combine(_dir, "tables", "XX.txt");
        Assert.Contains(g.LoadWarnings, w => w.StartsWith($"{table}:2:") && w.Contains("19 tab-separated columns, found 18"));
        Assert.Contains(g.LoadWarnings, w => w.StartsWith($"{table}:3:") && w.Contains("bad coordinate"));
        Assert.Empty(g.Lookup("Short", loose: false));
        Assert.Empty(g.Lookup("Nowhere", loose: false));
    }

    [Fact]
    public void MissingFolderIsAClearError()
    {
        var missing = Path.Combine(_dir, "no-such-folder");
        var e = Assert.Throws<DirectoryNotFoundException>(() => GazetteerLoader.AddGeoNamesFolder(new Gazetteer(), missing));
        Assert.Contains(missing, e.Message);
    }

    [Fact]
    public void ExtendedRowsMergeOverTheBuiltInOnesWithTheSameId()
    {
        var g = new Gazetteer();
        g.Add(new GazetteerEntry { Id = "geonames:900100", Name = "Old Name", Kind = PlaceKind.Populated, CountryCode = "XX", Latitude = 1, Longitude = 1 }, []);
        GazetteerLoader.AddGeoNamesFolder(g, _dir);
        var entry = g.EntryById("geonames:900100")!;
        Assert.Equal("Qaryat Tajriba", entry.Name);
        Assert.Equal(34.5, entry.Latitude);
    }
}
