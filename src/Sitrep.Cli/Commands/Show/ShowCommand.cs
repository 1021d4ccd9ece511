using System.Text.Json;
using Sitrep.Cli.Commands.Ingest;
using Sitrep.Core;
using Sitrep.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Show;

public sealed class ShowCommand : Command<ShowSettings>
{
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        var id = ShowSettings.IncidentId(settings.Incident)!.Value;
        var detail = store.GetIncident(id) ?? throw new InputException($"incident {settings.Incident}", $"is not in {store.Description}");
        if (settings.Format == "json")
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(detail, SitrepJson.Indented));
            return 0;
        }
        Write(AnsiConsole.Console, detail);
        return 0;
    });

    public static void Write(IAnsiConsole console, IncidentDetail d)
    {
        var i = d.Incident;
        var head = new Table().Border(TableBorder.Rounded).Title(Markup.Escape($"incident {i.Id}: {i.SubEventType} ({i.EventType})"));
        head.AddColumn("field").AddColumn("value");
        void Row(string f, string v) => head.AddRow(Markup.Escape(f), Markup.Escape(v));
        Row("date", $"{i.EventDate} (precision {i.TimePrecision})");
        Row("actors", string.IsNullOrEmpty(i.Actor2) ? i.Actor1 : $"{i.Actor1} / {i.Actor2} (interaction {i.Interaction})");
        Row("place", string.Join(", ", new[] { i.Location, i.Admin2, i.Admin1, i.Country }.Where(s => !string.IsNullOrEmpty(s)).Distinct())
            + (i.Latitude is { } la && i.Longitude is { } lo ? $" ({la:0.####}, {lo:0.####}; precision {i.GeoPrecision})" : ""));
        Row("fatalities", $"ACLED {i.Fatalities}; UCDP low {i.FatalitiesLow}, best {i.FatalitiesBest}, high {i.FatalitiesHigh}");
        Row("sources", i.Sources);
        Row("notes", i.Notes);
        Row("review", i.ReviewStatus + (i.ReviewedFields.Count > 0 ? $" ({string.Join(", ", i.ReviewedFields)} corrected)" : ""));
        console.Write(head);

        if (d.Reviews.Count > 0)
        {
            var reviews = new Table().Border(TableBorder.Simple).Title($"{d.Reviews.Count} review entries");
            reviews.AddColumn("when").AddColumn("who").AddColumn("action").AddColumn("field").AddColumn("was").AddColumn("now").AddColumn("note");
            foreach (var r in d.Reviews)
                reviews.AddRow(Markup.Escape(r.ReviewedAt), Markup.Escape(r.Reviewer), Markup.Escape(r.Action), Markup.Escape(r.Field ?? ""),
                    Markup.Escape(r.OldValue ?? ""), Markup.Escape(r.NewValue ?? ""), Markup.Escape(r.Note ?? ""));
            console.Write(reviews);
        }

        var reports = new Table().Border(TableBorder.Simple).Title($"{d.Reports.Count} reports");
        reports.AddColumn("report").AddColumn("source").AddColumn("published").AddColumn("title / url").AddColumn("coded by");
        foreach (var r in d.Reports)
            reports.AddRow(Markup.Escape($"{r.Id} ({r.ExternalId})"), Markup.Escape(r.Source ?? ""), Markup.Escape(r.Published?.ToString("yyyy-MM-dd") ?? ""),
                Markup.Escape(r.Title ?? r.Url ?? ""), Markup.Escape(r.PipelineVersion));
        console.Write(reports);

        foreach (var e in d.Events)
        {
            var rec = e.Record;
            var t = new Table().Border(TableBorder.Simple)
                .Title(Markup.Escape($"event {e.Id} from report {e.ReportId}: {rec.EventDate}, {rec.Location}, {rec.Actor1}, {rec.Fatalities} killed"));
            t.AddColumn("what").AddColumn("detail");
            if (e.Merge is { } m)
                t.AddRow("merged", Markup.Escape($"score {m.Score:0.00} against event {m.MatchedEventId}: " +
                    string.Join("; ", m.Features.Select(f => $"{f.Feature} {f.Score:0.00} ({f.Detail})"))));
            foreach (var c in rec.Claims)
                t.AddRow(Markup.Escape($"claim ({c.Kind})"), Markup.Escape($"{c.Speaker ?? "unattributed"} {c.Stance}: {c.Value} \u2014 \"{c.Text}\" [{c.Start}-{c.End}]"));
            foreach (var ev in rec.Evidence)
                t.AddRow(Markup.Escape($"evidence ({ev.Field})"), Markup.Escape($"\"{ev.Text}\" [{ev.Start}-{ev.End}] by {ev.By}, {ev.Confidence:0.00}"));
            console.Write(t);
        }
        console.MarkupLine(Markup.Escape("To undo a merge: sitrep split EVENT"));
    }
}

public sealed class SplitCommand : Command<SplitSettings>
{
    public override int Execute(CommandContext context, SplitSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        var incident = store.SplitEvent(settings.Event);
        Console.Error.WriteLine($"sitrep: event {settings.Event} is now incident {incident}; its report will not merge with the others again");
        return 0;
    });
}
