using System.Globalization;
using System.Text;

namespace Sitrep.Eval.Reports;

/// <summary>The scorecard as Markdown: readable in a terminal, and the committed report (eval/scorecard.md).</summary>
public static class MarkdownReport
{
    public static string Write(Scorecard card, BaselineComparison? comparison, string? baselineName = null)
    {
        var md = new StringBuilder();
        md.AppendLine("# Sitrep scorecard").AppendLine();
        md.AppendLine(Inv($"Scored {card.Corpora.Count} corpora in {card.TotalSeconds:0.0} s (pipeline built in {card.PipelineBuildSeconds:0.0} s)."));
        if (comparison is not null)
        {
            var failures = comparison.Failures.ToList();
            md.AppendLine(failures.Count == 0
                ? $"Against the baseline ({baselineName ?? "baseline"}): no field fell more than one percentage point."
                : $"Against the baseline ({baselineName ?? "baseline"}): **{failures.Count} field(s) fell more than one percentage point or are missing**: " +
                  string.Join(", ", failures.Select(f => $"`{f.Key}`")) + ".");
            md.AppendLine("Marks: ▲ up, ▼ down, = unchanged (within rounding), new = not in the baseline.");
        }
        md.AppendLine();

        if (card.AllFields.Where(f => f.Target is not null).ToList() is { Count: > 0 } targeted)
        {
            md.AppendLine(Inv($"Targets: {targeted.Count(f => f.MeetsTarget == true)} of {targeted.Count} met.")).AppendLine();
            md.AppendLine("| field | measured | target | |");
            md.AppendLine("|---|---|---|---|");
            foreach (var f in targeted)
                md.AppendLine($"| `{f.Key}` | {Measured(f)} | {TargetText(f)} | {(f.MeetsTarget == true ? "met" : "not met")} |");
            md.AppendLine();
        }

        foreach (var corpus in card.Corpora) WriteCorpus(md, corpus, comparison);

        if (card.Skipped.Count > 0)
        {
            md.AppendLine("## Not scored").AppendLine();
            foreach (var s in card.Skipped) md.AppendLine($"- {s.Key}: {s.Reason}");
            md.AppendLine();
        }
        if (comparison?.Fields.Where(f => f.Change == Change.Missing).ToList() is { Count: > 0 } missing)
        {
            md.AppendLine("## Baseline fields missing from this run").AppendLine();
            foreach (var f in missing) md.AppendLine(Inv($"- `{f.Key}` (baseline {Percent(f.Baseline ?? 0)})"));
            md.AppendLine();
        }
        return md.ToString();
    }

    private static void WriteCorpus(StringBuilder md, CorpusScore c, BaselineComparison? comparison)
    {
        md.AppendLine($"## {c.Title}").AppendLine();
        md.AppendLine(Inv($"{c.Reports} reports, {c.SystemEvents} records coded, {c.PipelineFailures} pipeline failures, {c.Seconds:0.0} s."));
        md.AppendLine();

        md.AppendLine("| field | score | precision | recall | scored | target | vs baseline |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in c.Fields)
        {
            var score = f.Kind == MeasureKind.F1 ? Inv($"F1 {f.Value:0.00}") : Inv($"{Percent(f.Value)} ({f.Correct}/{f.Scored})");
            var p = f.Precision is { } pp ? Inv($"{pp:0.00}") : "";
            var r = f.Recall is { } rr ? Inv($"{rr:0.00}") : "";
            var scored = f.Kind == MeasureKind.F1 ? $"tp {f.TruePositives} fp {f.FalsePositives} fn {f.FalseNegatives}" : f.Scored.ToString(CultureInfo.InvariantCulture);
            var target = f.Target is not null ? TargetText(f) + (f.MeetsTarget == true ? " met" : " not met") : "";
            md.AppendLine($"| `{f.Key}` {Cell(f.Label)} | {score} | {p} | {r} | {scored} | {target} | {Versus(comparison?.For(f.Key))} |");
        }
        md.AppendLine();

        if (c.Checklist.Count > 0)
        {
            md.AppendLine("### Checklist").AppendLine();
            md.AppendLine("| item | result | expected | found |");
            md.AppendLine("|---|---|---|---|");
            foreach (var i in c.Checklist)
                md.AppendLine($"| {Cell(i.Item)} | {(i.Passed ? "pass" : "**fail**")} | {Cell(i.Expected)} | {Cell(i.Found)} |");
            md.AppendLine();
        }

        if (c.Errors.Count > 0)
        {
            md.AppendLine($"### Most frequent errors ({c.ErrorTotal} in all)").AppendLine();
            md.AppendLine("| kind | count | example report | gold | system | evidence |");
            md.AppendLine("|---|---|---|---|---|---|");
            foreach (var e in c.Errors)
                md.AppendLine($"| {Cell(e.Kind)} | {e.Count} | {Cell(e.Example.ReportId)} | {Cell(e.Example.Gold)} | {Cell(e.Example.System)} | {Cell(e.Example.Evidence)} |");
            md.AppendLine();
        }

        foreach (var m in c.Confusions.Where(m => m.Gold.Count > 0))
        {
            md.AppendLine($"### Confusion: {m.Name}").AppendLine();
            md.AppendLine("| gold \\ system | " + string.Join(" | ", m.System.Select(Cell)) + " |");
            md.AppendLine("|---|" + string.Concat(m.System.Select(_ => "---|")));
            for (var i = 0; i < m.Gold.Count; i++)
                md.AppendLine($"| {Cell(m.Gold[i])} | " + string.Join(" | ", m.Counts[i].Select(n => n == 0 ? "·" : n.ToString(CultureInfo.InvariantCulture))) + " |");
            md.AppendLine();
        }

        if (c.Calibration.Any(b => b.Total > 0))
        {
            md.AppendLine("### Calibration: stated confidence against share right").AppendLine();
            var high = c.Calibration[^1];
            md.AppendLine(high.Total == 0
                ? "No scored field was stated with confidence above 0.9."
                : Inv($"Fields stated with confidence above 0.9: {high.Right} of {high.Total} right ({Percent(high.Share)}).")).AppendLine();
            md.AppendLine("| confidence | fields | right | share right |");
            md.AppendLine("|---|---|---|---|");
            foreach (var b in c.Calibration)
                md.AppendLine(Inv($"| {(b.From == 0 ? "≥" : ">")} {b.From:0.0}, ≤ {b.To:0.0} | {b.Total} | {b.Right} | {(b.Total == 0 ? "-" : Percent(b.Share))} |"));
            md.AppendLine();
        }

        if (c.Notes.Count > 0)
        {
            foreach (var n in c.Notes) md.AppendLine($"- {n}");
            md.AppendLine();
        }
    }

    private static string Measured(FieldScore f) => f.Kind == MeasureKind.F1 ? Inv($"F1 {f.Value:0.00}") : Percent(f.Value);

    private static string TargetText(FieldScore f) => f.Target is not { } t ? "" : f.Kind == MeasureKind.F1 ? Inv($"≥ {t:0.00}") : $"≥ {Percent(t)}";

    private static string Versus(FieldComparison? f) => f is null ? "" : f.Change switch
    {
        Change.New => "new",
        _ => Inv($"{f.Mark} {(f.Delta is { } d ? (d >= 0 ? "+" : "") + (d * 100).ToString("0.0", CultureInfo.InvariantCulture) + " pt" : "")}")
            + (f.Fails ? " **fails**" : ""),
    };

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Cell(string s) => s.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
