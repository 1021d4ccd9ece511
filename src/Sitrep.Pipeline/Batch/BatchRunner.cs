using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Pipeline.Batch;

/// <summary>Counts of a batch run.</summary>
public sealed record BatchResult(int Reports, int Events, int FailedLines);

/// <summary>
/// The batch contract: JSONL reports in, JSONL event records out (one line per event; a report with no
/// event writes nothing). A bad line is reported with its number and skipped; the rest go on.
/// </summary>
public sealed class BatchRunner(SitrepPipeline pipeline)
{
    public BatchResult Run(TextReader input, TextWriter output, TextWriter errors, string inputName,
        Action<BatchResult>? progress = null)
    {
        int reports = 0, events = 0, failed = 0;
        foreach (var line in ReportReader.Read(input))
        {
            if (line.Report is null)
            {
                failed++;
                errors.WriteLine($"{inputName}:{line.LineNumber}: {line.Error}; line skipped");
            }
            else
            {
                try
                {
                    var doc = pipeline.Run(line.Report);
                    // Every record is serialized before any is written, so a failure never leaves half a report.
                    var lines = doc.Events.Select(r => JsonSerializer.Serialize(r, SitrepJson.Options)).ToList();
                    reports++;
                    foreach (var w in doc.Warnings) errors.WriteLine($"{inputName}:{line.LineNumber}: report '{doc.Id}': {w}");
                    foreach (var json in lines) output.WriteLine(json);
                    events += lines.Count;
                }
                catch (InputException e)
                {
                    failed++;
                    errors.WriteLine($"{inputName}:{line.LineNumber}: {e.Message}; line skipped");
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A fault in coding one report must not cost the rest of the batch; it is named so it can be reported.
                    failed++;
                    errors.WriteLine($"{inputName}:{line.LineNumber}: report '{line.Report.Id}' could not be coded " +
                                     $"(internal error: {e.GetType().Name}: {e.Message}); line skipped");
                }
            }
            progress?.Invoke(new(reports, events, failed));
        }
        output.Flush();
        return new(reports, events, failed);
    }
}
