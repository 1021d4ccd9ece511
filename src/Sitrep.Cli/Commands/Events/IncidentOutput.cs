using System.Text.Json;
using Sitrep.Core;
using Sitrep.Storage;
using Sitrep.Storage.Export;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Events;

/// <summary>Writes incidents as a table, JSON, JSON lines or GeoJSON.</summary>
public static class IncidentOutput
{
    public static void Json(TextWriter w, IReadOnlyList<IncidentRow> rows) => w.WriteLine(JsonSerializer.Serialize(rows, SitrepJson.Indented));

    public static void JsonLines(TextWriter w, IEnumerable<IncidentRow> rows)
    {
        foreach (var r in rows) w.WriteLine(JsonSerializer.Serialize(r, SitrepJson.Options));
    }

    public static void GeoJson(TextWriter w, IEnumerable<IncidentRow> rows) => IncidentGeoJson.Write(w, rows);

    public static void Table(IAnsiConsole console, IReadOnlyList<IncidentRow> rows)
    {
        if (rows.Count == 0)
        {
            console.MarkupLine("[grey]No incidents match.[/]");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var c in new[] { "incident", "date", "type", "actors", "place", "fatalities", "sources" }) table.AddColumn(c);
        foreach (var r in rows)
        {
            var place = string.Join(", ", new[] { r.Location, r.Admin1, r.Country }.Where(s => !string.IsNullOrEmpty(s)).Distinct());
            var actors = string.IsNullOrEmpty(r.Actor2) ? r.Actor1 : $"{r.Actor1} / {r.Actor2}";
            table.AddRow(Markup.Escape(r.Id.ToString()), Markup.Escape(r.EventDate), Markup.Escape(r.SubEventType), Markup.Escape(actors),
                Markup.Escape(place), Markup.Escape($"{r.Fatalities} ({r.FatalitiesLow}-{r.FatalitiesHigh})"),
                Markup.Escape($"{r.ReportCount}: {r.Sources}"));
        }
        console.Write(table);
    }
}
