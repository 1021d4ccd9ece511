using Sitrep.Core;
using Sitrep.Pipeline;

namespace Sitrep.Storage.Ingest;

/// <summary>Running counts of an ingest, for the progress display and the closing line.</summary>
public sealed record IngestTotals(int Read, int Queued, int Duplicates, int Coded, int Events, int Errors);

/// <summary>
/// Queues what it reads, then codes queued reports one transaction each until none is left. Several ingestors
/// (processes or machines) may share one store: each codes only the reports it claims.
/// </summary>
public sealed class Ingestor(IEventStore store, Func<ReportSubmission, CodedReport> code, string worker, TextWriter errors)
{
    /// <summary>Reports queued before coding starts; small enough that progress shows early, large enough to batch.</summary>
    public int ChunkSize { get; init; } = 200;

    private int _read, _queued, _duplicates, _coded, _events, _errors;

    public IngestTotals Totals => new(_read, _queued, _duplicates, _coded, _events, _errors);

    public static Func<ReportSubmission, CodedReport> PipelineCoder(SitrepPipeline pipeline)
    {
        var version = PipelineVersion.Of(pipeline);
        return sub => new CodedReport(pipeline.Run(sub.ToInput()).Events.ToList(), version);
    }

    public IngestTotals Run(IEnumerable<SourceItem> items, Action<IngestTotals>? progress = null, CancellationToken cancel = default)
    {
        var pending = new List<ReportSubmission>(ChunkSize);
        foreach (var item in items)
        {
            if (cancel.IsCancellationRequested) break;
            if (item.Report is null)
            {
                _errors++;
                errors.WriteLine($"sitrep: {item.Error}");
                progress?.Invoke(Totals);
                continue;
            }
            _read++;
            pending.Add(item.Report);
            if (pending.Count >= ChunkSize)
            {
                Queue(pending);
                Drain(progress, cancel);
            }
        }
        Queue(pending);
        Drain(progress, cancel);
        return Totals;
    }

    private void Queue(List<ReportSubmission> pending)
    {
        if (pending.Count == 0) return;
        var (queued, duplicates) = store.EnqueueMany(pending);
        _queued += queued;
        _duplicates += duplicates;
        pending.Clear();
    }

    /// <summary>Codes queued reports (this worker's or anyone's) until the queue is empty.</summary>
    public void Drain(Action<IngestTotals>? progress = null, CancellationToken cancel = default)
    {
        while (!cancel.IsCancellationRequested && store.CodeNext(worker, code) is { } outcome)
        {
            if (outcome.Error is { } error)
            {
                _errors++;
                errors.WriteLine($"sitrep: {outcome.Origin}: report '{outcome.ExternalId}' {error}");
            }
            else
            {
                _coded++;
                _events += outcome.Events;
            }
            progress?.Invoke(Totals);
        }
    }

    /// <summary>host:pid, so a job's record says which process coded it.</summary>
    public static string DefaultWorkerName() => $"{Environment.MachineName}:{Environment.ProcessId}";
}

/// <summary>Which pipeline coded a report: its build and its stages, so recoding can tell old codings from new.</summary>
public static class PipelineVersion
{
    public static string Of(SitrepPipeline pipeline)
    {
        var asm = typeof(SitrepPipeline).Assembly;
        var info = asm.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion
            ?? asm.GetName().Version?.ToString() ?? "0";
        return $"{info} [{string.Join(",", pipeline.Stages.Select(s => s.Name))}]";
    }
}
