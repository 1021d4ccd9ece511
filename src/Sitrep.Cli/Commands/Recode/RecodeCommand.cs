using Sitrep.Cli.Commands.Ingest;
using Sitrep.Pipeline;
using Sitrep.Storage;
using Sitrep.Storage.Ingest;
using Spectre.Console.Cli;

namespace Sitrep.Cli.Commands.Recode;

public sealed class RecodeCommand : Command<RecodeSettings>
{
    public override int Execute(CommandContext context, RecodeSettings settings, CancellationToken cancellationToken) => StoreOption.Run(() =>
    {
        using var store = StoreOption.Open(settings.Db);
        var pipeline = DefaultPipeline.Create(settings.ToPipelineOptions());
        var version = PipelineVersion.Of(pipeline);
        int recoded = 0, skipped = 0, events = 0, errors = 0;
        IngestProgress.Show("recoding", progress =>
        {
            long after = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                var batch = store.Reports(after, 200).ToList();
                if (batch.Count == 0) break;
                foreach (var report in batch)
                {
                    after = report.Id;
                    if (!settings.All && report.PipelineVersion == version) { skipped++; continue; }
                    try
                    {
                        var doc = pipeline.Run(report.ToSubmission().ToInput());
                        events += store.Recode(report.Id, new CodedReport(doc.Events.ToList(), version));
                        recoded++;
                    }
                    catch (Sitrep.Core.InputException e)
                    {
                        errors++;
                        Console.Error.WriteLine($"sitrep: report {report.Id} ({report.Origin}): {e.Message}");
                    }
                    progress?.Invoke(new IngestTotals(recoded + skipped, 0, skipped, recoded, events, errors));
                }
            }
            return 0;
        });
        Console.Error.WriteLine($"sitrep: {recoded} reports recoded ({events} events), {skipped} already current, {errors} errors ({store.Description})");
        return errors > 0 ? 4 : 0;
    });
}
