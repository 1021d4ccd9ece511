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
                    reports++;
                    foreach (var w in doc.Warnings) errors.WriteLine($"{inputName}:{line.LineNumber}: report '{doc.Id}': {w}");
                    foreach (var record in doc.Events)
                    {
                        output.WriteLine(JsonSerializer.Serialize(record, SitrepJson.Options));
                        events++;
                    }
                }
                catch (InputException e)
                {
                    failed++;
                    errors.WriteLine($"{inputName}:{line.LineNumber}: {e.Message}; line skipped");
                }
            }
            progress?.Invoke(new(reports, events, failed));
        }
        output.Flush();
        return new(reports, events, failed);
    }
}
