namespace Sitrep.Storage.Ingest;

/// <summary>
/// Polls feeds on a schedule, queues items it has not seen (remembered in the store, so a restart does not
/// re-read them) and codes them. A feed that fails is retried later and later, up to a limit, then as usual.
/// </summary>
public sealed class FeedWatcher(IEventStore store, ReportSources sources, WebFetcher web, Ingestor ingestor, TextWriter errors)
{
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    private sealed class FeedState { public DateTimeOffset Due; public int Failures; }

    /// <summary>Polls each feed once; returns how many new items were found.</summary>
    public int PollOnce(IReadOnlyList<string> feeds) => feeds.Sum(f => Poll(f));

    public void Run(IReadOnlyList<string> feeds, TimeSpan every, Action<IngestTotals>? progress, CancellationToken cancel)
    {
        var state = feeds.ToDictionary(f => f, _ => new FeedState { Due = Clock() });
        while (!cancel.IsCancellationRequested)
        {
            foreach (var (feed, s) in state)
            {
                if (s.Due > Clock()) continue;
                var found = Poll(feed);
                if (found < 0)
                {
                    s.Failures++;
                    var wait = NextDelay(every, s.Failures, MaxBackoff);
                    errors.WriteLine($"sitrep: {feed}: retrying in {wait.TotalMinutes:0.#} min");
                    s.Due = Clock() + wait;
                }
                else
                {
                    s.Failures = 0;
                    s.Due = Clock() + every;
                }
            }
            ingestor.Drain(progress, cancel);
            var next = state.Values.Min(s => s.Due) - Clock();
            if (next > TimeSpan.Zero) cancel.WaitHandle.WaitOne(next);
        }
    }

    /// <summary>Doubles the wait with each failure in a row, from the normal interval up to the cap.</summary>
    public static TimeSpan NextDelay(TimeSpan every, int failures, TimeSpan cap)
    {
        var factor = Math.Pow(2, Math.Min(failures, 16));
        var wait = TimeSpan.FromTicks((long)Math.Min(every.Ticks * factor, cap.Ticks));
        return wait < every ? every : wait;
    }

    /// <summary>New items found, or -1 when the feed could not be read.</summary>
    private int Poll(string feedUrl)
    {
        IReadOnlyList<FeedItem> items;
        try
        {
            var (body, _) = web.Get(feedUrl);
            items = FeedReader.Parse(body, feedUrl);
        }
        catch (Sitrep.Core.InputException e)
        {
            errors.WriteLine($"sitrep: {e.Message}");
            return -1;
        }
        var found = 0;
        foreach (var item in items)
        {
            if (store.FeedItemSeen(feedUrl, item.Key)) continue;
            found++;
            var read = sources.FromFeedItem(item, feedUrl);
            if (read.Report is { } report) store.Enqueue(report);
            else errors.WriteLine($"sitrep: {read.Error}");
            // Marked only once queued: a crash in between re-reads the item, and the queue ignores the repeat.
            store.MarkFeedItemSeen(feedUrl, item.Key);
        }
        return found;
    }
}
