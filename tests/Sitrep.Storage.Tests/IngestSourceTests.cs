using Sitrep.Storage;
using Sitrep.Storage.Ingest;

namespace Sitrep.Storage.Tests;

public class IngestSourceTests
{
    private static string Article(string title, string site, string date, string body) => $"""
        <html><head><title>{title}</title>
        <meta property="og:site_name" content="{site}">
        <meta property="article:published_time" content="{date}T08:00:00Z">
        </head><body>
        <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article><h1>{title}</h1>
        <p>{body}</p>
        <p>Witnesses described hours of gunfire before the fighting ended. Officials promised an inquiry into the incident,
        and aid groups appealed for access to the wounded, who were taken to the regional hospital for treatment.</p>
        <p>The area has seen repeated violence in recent months, with several similar attacks reported along the same road.</p>
        </article><footer>Copyright. Subscribe to our newsletter.</footer></body></html>
        """;

    [Fact]
    public void A_folder_yields_its_text_html_and_jsonl_reports_and_names_every_bad_input()
    {
        var dir = Path.Combine(Path.GetTempPath(), "sitrep-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "one.txt"), "Militants ambushed a patrol near the dam on Sunday.");
        File.WriteAllText(Path.Combine(dir, "sub", "page.html"), Article("Clashes at the dam", "River Times", "2024-03-02",
            "Fighting broke out near the dam on Saturday between two armed groups, residents said."));
        File.WriteAllLines(Path.Combine(dir, "batch.jsonl"),
        [
            """{"id":"j1","text":"Protesters blocked the coastal road.","published":"2024-03-01","source":"Coast FM"}""",
            """{"id":"j2","text":""}""",
            "not json",
        ]);
        File.WriteAllText(Path.Combine(dir, "notes.bin"), "ignored: not a report file");
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);

        using var web = new WebFetcher();
        var items = new ReportSources(web).Read([dir, Path.Combine(dir, "missing.txt")]).ToList();

        var reports = items.Where(i => i.Report is not null).Select(i => i.Report!).ToList();
        Assert.Equal(["j1", "one", "page"], reports.Select(r => r.ExternalId).Order());
        var page = reports.Single(r => r.ExternalId == "page");
        Assert.Equal("River Times", page.Source);
        Assert.Equal(new DateOnly(2024, 3, 2), page.Published);
        Assert.Contains("Fighting broke out near the dam", page.Text);
        Assert.DoesNotContain("Subscribe", page.Text);
        Assert.Equal("Coast FM", reports.Single(r => r.ExternalId == "j1").Source);
        var errors = items.Where(i => i.Error is not null).Select(i => i.Error!).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.Contains("batch.jsonl:2") && e.Contains("empty text"));
        Assert.Contains(errors, e => e.Contains("batch.jsonl:3") && e.Contains("not valid JSON"));
        Assert.Contains(errors, e => e.Contains("empty.txt") && e.Contains("is empty"));
        Assert.Contains(errors, e => e.Contains("missing.txt") && e.Contains("no such file"));
    }

    [Fact]
    public void A_web_page_url_gives_its_article_title_date_and_outlet_and_a_missing_page_is_named()
    {
        using var server = new LocalWebServer();
        var url = server.Set("world/attack", Article("Convoy hit on desert road", "Desert Post", "2024-04-09",
            "A supply convoy was hit by a roadside bomb on the desert road on Monday, killing three drivers."));
        using var web = new WebFetcher();
        var sources = new ReportSources(web);

        var report = Assert.Single(sources.Read(url)).Report!;
        Assert.Equal("Desert Post", report.Source);
        Assert.Equal(url, report.Url);
        Assert.Contains("Convoy hit on desert road", report.Title);
        Assert.Equal(new DateOnly(2024, 4, 9), report.Published);

        var missing = Assert.Single(sources.Read(server.BaseUrl + "gone")).Error!;
        Assert.Contains(server.BaseUrl + "gone", missing);
        Assert.Contains("404", missing);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Watching_a_feed_codes_each_new_item_once_and_remembers_what_it_has_seen(string kind)
    {
        using var server = new LocalWebServer();
        var pageA = server.Set("a", Article("Shelling hits border village", "Border News", "2024-02-10",
            "Artillery shells struck a border village on Friday, destroying two houses, the mayor said."));
        server.Set("b", Article("Students rally in capital", "Border News", "2024-02-11",
            "Thousands of students rallied in the capital on Saturday against tuition increases."));
        string Feed(params string[] items) => $"""
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Border News</title><link>{server.BaseUrl}</link>
            <description>news</description>{string.Concat(items)}</channel></rss>
            """;
        string Item(string path, string title) =>
            $"<item><title>{title}</title><link>{server.BaseUrl}{path}</link><guid>{server.BaseUrl}{path}</guid><pubDate>Sat, 10 Feb 2024 09:00:00 GMT</pubDate><description>{title}</description></item>";
        var feed = server.Set("feed.xml", Feed(Item("a", "Shelling"), Item("b", "Rally")), "application/rss+xml");

        var db = TestStores.NewLocation(kind);
        int Poll()
        {
            using var store = TestStores.Open(db);
            using var web = new WebFetcher();
            var ingestor = new Ingestor(store, _ => new CodedReport([], "v1"), "watch", TextWriter.Null);
            var watcher = new FeedWatcher(store, new ReportSources(web), web, ingestor, TextWriter.Null);
            var found = watcher.PollOnce([feed]);
            ingestor.Drain();
            return found;
        }

        Assert.Equal(2, Poll());
        Assert.Equal(0, Poll());
        server.Set("c", Article("Ceasefire talks resume", "Border News", "2024-02-12",
            "Negotiators from both sides met on Monday to resume talks on a ceasefire along the border."));
        server.Set("feed.xml", Feed(Item("c", "Talks"), Item("a", "Shelling"), Item("b", "Rally")), "application/rss+xml");
        Assert.Equal(1, Poll());

        using var check = TestStores.Open(db);
        Assert.Equal(3, check.Counts().Reports);
        var a = check.Reports().Single(r => r.Url == pageA);
        Assert.Equal("Border News", a.Source);
        Assert.Contains("Artillery shells struck a border village", a.Text);
    }

    [Fact]
    public void A_failing_feed_is_retried_later_and_later_up_to_a_cap()
    {
        var every = TimeSpan.FromMinutes(5);
        var cap = TimeSpan.FromHours(1);
        Assert.Equal(TimeSpan.FromMinutes(10), FeedWatcher.NextDelay(every, 1, cap));
        Assert.Equal(TimeSpan.FromMinutes(40), FeedWatcher.NextDelay(every, 3, cap));
        Assert.Equal(cap, FeedWatcher.NextDelay(every, 12, cap));
    }
}
