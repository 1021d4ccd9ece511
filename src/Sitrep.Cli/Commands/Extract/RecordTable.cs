using Sitrep.Core;
using Spectre.Console;

namespace Sitrep.Cli.Commands.Extract;

/// <summary>Renders event records for a person at a terminal.</summary>
public static class RecordTable
{
    public static void Write(IAnsiConsole console, Document doc, bool explain)
    {
        if (doc.Events.Count == 0)
        {
            console.MarkupLine("[grey]No events found in this report.[/]");
            return;
        }
        foreach (var e in doc.Events)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"{e.EventId}: {e.SubEventType} ({e.EventType})"));
            table.AddColumn("field").AddColumn("value");
            void Row(string f, object? v) => table.AddRow(Markup.Escape(f), Markup.Escape(v?.ToString() ?? ""));
            Row("date", e.DateStart == e.DateEnd ? e.EventDate : $"{e.EventDate} (between {e.DateStart} and {e.DateEnd})");
            Row("time precision", e.TimePrecision);
            Row("actor 1", Join(e.Actor1, e.AssocActor1, e.Inter1));
            Row("actor 2", Join(e.Actor2, e.AssocActor2, e.Inter2));
            Row("interaction", e.Interaction);
            Row("location", string.Join(", ", new[] { e.Location, e.Admin2, e.Admin1, e.Country }.Where(s => !string.IsNullOrEmpty(s)).Distinct()));
            Row("coordinates", e.Latitude is { } la && e.Longitude is { } lo ? $"{la:0.####}, {lo:0.####} (precision {e.GeoPrecision})" : "unknown");
            Row("fatalities", $"{e.Fatalities} (low {e.FatalitiesLow}, high {e.FatalitiesHigh})");
            Row("PLOVER / CAMEO", $"{e.PloverEvent}{(e.PloverMode is null ? "" : "/" + e.PloverMode)} / {e.CameoRoot}");
            Row("confidence", $"{e.Confidence:0.00}");
            foreach (var c in e.Claims)
                Row($"claim ({c.Kind})", $"{c.Speaker ?? "unattributed"} {c.Stance}: {c.Value} \u2014 \"{c.Text}\"");
            if (!string.IsNullOrEmpty(e.Notes)) Row("notes", e.Notes);
            console.Write(table);
        }
        if (explain) WriteExplanation(console, doc);
    }

    public static void WriteExplanation(IAnsiConsole console, Document doc)
    {
        foreach (var e in doc.Events)
        {
            var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape($"evidence for {e.EventId}"));
            table.AddColumn("field").AddColumn("by").AddColumn("conf.").AddColumn("sentence");
            foreach (var ev in e.Evidence)
            {
                var s = doc.SentenceIndexAt(ev.Start);
                var sentence = s >= 0 ? doc.SentenceText(s).Trim() : ev.Text;
                var at = sentence.IndexOf(ev.Text, StringComparison.Ordinal);
                var shown = at >= 0
                    ? Markup.Escape(sentence[..at]) + "[bold yellow]" + Markup.Escape(ev.Text) + "[/]" + Markup.Escape(sentence[(at + ev.Text.Length)..])
                    : Markup.Escape(sentence);
                table.AddRow(new Markup(Markup.Escape(ev.Field)), new Markup(Markup.Escape(ev.By)), new Markup($"{ev.Confidence:0.00}"), new Markup(shown));
            }
            console.Write(table);
        }
    }

    private static string Join(string? actor, string? assoc, int inter) =>
        actor is null ? "" : $"{actor}{(assoc is null ? "" : $" (with {assoc})")} [inter {inter}]";
}
