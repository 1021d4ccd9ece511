using Sitrep.Core;
using Sitrep.Storage.Reviews;

namespace Sitrep.Storage;

/// <summary>
/// Where reports, their coded events and the incidents those events describe are kept.
/// One implementation per database; the command line and the web API speak only to this interface.
/// </summary>
public interface IEventStore : IDisposable
{
    /// <summary>What the store is, for messages: "SQLite /path/sitrep.db" or "PostgreSQL host/db".</summary>
    string Description { get; }

    /// <summary>Queues a report for coding unless the same URL or the same normalized text is already queued or stored.</summary>
    EnqueueResult Enqueue(ReportSubmission report);

    /// <summary>Queues many reports, a few hundred per transaction; returns how many were new and how many already known.</summary>
    (int Queued, int Duplicates) EnqueueMany(IEnumerable<ReportSubmission> reports, int perTransaction = 500);

    /// <summary>
    /// Claims one queued report no other worker holds, codes it, and commits the report, its events and their
    /// incidents in one transaction. Returns null when nothing is left to code.
    /// </summary>
    JobOutcome? CodeNext(string worker, Func<ReportSubmission, CodedReport> code);

    /// <summary>Stored reports in id order, for recoding (text included).</summary>
    IEnumerable<StoredReport> Reports(long afterId = 0, int limit = 500);

    /// <summary>Replaces a stored report's events with a new coding, re-deciding their incidents, in one transaction.</summary>
    int Recode(long reportId, CodedReport coding);

    /// <summary>Writes many already-coded reports, several per transaction; for imports and benchmarks.</summary>
    int Import(IEnumerable<(ReportSubmission Report, CodedReport Coding)> reports, int reportsPerTransaction = 1000);

    EventPage QueryIncidents(EventQuery query);
    IncidentDetail? GetIncident(long incidentId);
    StoreStats Stats(EventQuery filter);
    StoreCounts Counts();
    IReadOnlyList<IngestJob> Jobs(JobStatus? status = null, int limit = 100);

    /// <summary>
    /// Records an analyst's review of an incident (one audit row per corrected field) and shows the reviewed values on the
    /// incident; the events keep the machine's coding. Returns the incident as it now stands, or null when there is no such incident.
    /// </summary>
    IncidentDetail? Review(long incidentId, ReviewDecision decision);

    /// <summary>Undoes a merge: moves one event to an incident of its own and keeps its report apart from the others.</summary>
    long SplitEvent(long eventId);

    /// <summary>Remembers a feed item as read; true the first time.</summary>
    bool MarkFeedItemSeen(string feedUrl, string itemKey);

    bool FeedItemSeen(string feedUrl, string itemKey);
}

public enum EnqueueResult { Queued, Duplicate }

public enum JobStatus { Pending, Done, Failed }

/// <summary>A report on its way into the store, as read from a file, a page, a feed or a batch line.</summary>
public sealed record ReportSubmission(string ExternalId, string Text, DateOnly? Published = null, string? Source = null,
    string? Url = null, string? Title = null, string Origin = "")
{
    public ReportInput ToInput() => new(ExternalId, Text, Published, Source, Url);
}

/// <summary>What the pipeline made of a report, and which pipeline made it.</summary>
public sealed record CodedReport(IReadOnlyList<EventRecord> Events, string PipelineVersion);

public sealed record JobOutcome(long JobId, string ExternalId, string Origin, long? ReportId, int Events, string? Error);

public sealed record IngestJob(long Id, string ExternalId, string Origin, JobStatus Status, string? Worker, int Attempts,
    string? Error, long? ReportId, string QueuedAt, string? FinishedAt);

public sealed record StoredReport(long Id, string ExternalId, string Text, DateOnly? Published, string? Source, string? Url,
    string? Title, string Origin, string TextHash, string PipelineVersion, string CodedAt, int EventCount)
{
    public ReportSubmission ToSubmission() => new(ExternalId, Text, Published, Source, Url, Title, Origin);
}

public sealed record StoreCounts(long Reports, long Events, long Incidents, long PendingJobs, long FailedJobs);
