using System.Text.Json;
using Sitrep.Cli.Commands.Events;
using Sitrep.Storage.Export;

namespace Sitrep.Storage.Tests;

public class CliOutputTests
{
    [Fact]
    public void Events_export_acled_csv_geojson_and_show_an_incident_from_the_command_line()
    {
        var db = TestStores.NewLocation("sqlite");
        using (var store = TestStores.Open(db)) FakeEventStage.Ingest(store, IncidentReports.TenIncidentsOneTownOneDay());

        var csv = Cli.Run("events", "--db", db, "--format", "csv", "--type", "Battles");
        Assert.True(csv.Exit == 0, csv.Err);
        var lines = csv.Out.TrimEnd().Split('\n');
        Assert.Equal(string.Join(',', AcledCsv.Columns.Concat(["review_status", "reviewed_fields"])), lines[0].TrimEnd('\r'));
        Assert.Equal(31, AcledCsv.Columns.Length);
        Assert.Equal("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1", string.Join(',', AcledCsv.Columns.Take(10)));
        Assert.Equal(3, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("SYR", l));

        var geo = Cli.Run("events", "--db", db, "--format", "geojson", "--near", "35.66,36.66", "--km", "5");
        using var json = JsonDocument.Parse(geo.Out);
        var features = json.RootElement.GetProperty("features");
        Assert.Equal(10, features.GetArrayLength());
        var coords = features[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(coords[0].GetDouble(), 36, 37);
        Assert.InRange(coords[1].GetDouble(), 35, 36);

        var id = features[0].GetProperty("id").GetInt64();
        var show = Cli.Run("show", id.ToString(), "--db", db, "--format", "json");
        Assert.True(show.Exit == 0, show.Err);
        Assert.Contains("\"evidence\"", show.Out);

        var bad = Cli.Run("events", "--db", db, "--near", "95,10");
        Assert.Equal(2, bad.Exit);
        Assert.Equal(1, bad.Err.Trim().Split('\n').Length);
        Assert.Contains("--near", bad.Err);
        var missing = Cli.Run("show", "999999", "--db", db);
        Assert.NotEqual(0, missing.Exit);
        Assert.Contains("incident 999999", missing.Err);
    }
}
