using System.Text;
using Sitrep.Core;
using Sitrep.Pipeline.Batch;

namespace Sitrep.Storage.Ingest;

/// <summary>A report read from an input, or the reason an input (or one line of it) could not be read.</summary>
public sealed record SourceItem(ReportSubmission? Report, string? Error)
{
    public static SourceItem Ok(ReportSubmission r) => new(r, null);
    public static SourceItem Fail(string error) => new(null, error);
}

/// <summary>
/// Turns what the user names into reports: text files, folders (recursively), JSONL batches, HTML files,
/// web pages and feeds. Inputs are read lazily so a large batch streams.
/// </summary>
public sealed class ReportSources(WebFetcher web, DateOnly? published = null, string? source = null)
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".md" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };
    private static readonly HashSet<string> BatchExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl", ".ndjson" };

    public IEnumerable<SourceItem> Read(IEnumerable<string> inputs) => inputs.SelectMany(Read);

    public IEnumerable<SourceItem> Read(string input)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return FromUrl(input);
        if (Directory.Exists(input)) return FromFolder(input);
        if (!File.Exists(input)) return [SourceItem.Fail($"{input}: no such file, folder or URL")];
        return FromFile(input, explicitlyNamed: true);
    }

    private IEnumerable<SourceItem> FromFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        foreach (var file in files)
            foreach (var item in FromFile(file, explicitlyNamed: false))
                yield return item;
    }

    private IEnumerable<SourceItem> FromFile(string path, bool explicitlyNamed)
    {
        var ext = Path.GetExtension(path);
        if (BatchExtensions.Contains(ext)) return FromBatch(path);
        if (HtmlExtensions.Contains(ext)) return [Guard(path, () => HtmlReport.Parse(InputText.Load(path), new Uri(Path.GetFullPath(path)).AbsoluteUri, path, source))];
        // Inside a folder only files that look like reports are taken; a file named on the command line is read as text.
        if (!explicitlyNamed && !TextExtensions.Contains(ext)) return [];
        return [Guard(path, () => new ReportSubmission(Path.GetFileNameWithoutExtension(path), InputText.Load(path), published, source, null, null, path))];
    }

    private IEnumerable<SourceItem> FromBatch(string path)
    {
        StreamReader reader;
        try { reader = new StreamReader(path, new UTF8Encoding(false, false)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return [SourceItem.Fail($"{path}: cannot be read ({e.Message})")]; }
        return Lines(reader, path);

        IEnumerable<SourceItem> Lines(StreamReader r, string name)
        {
            using (r)
                foreach (var line in ReportReader.Read(r))
                    yield return line.Report is { } rep
                        ? SourceItem.Ok(new ReportSubmission(rep.Id, rep.Text, rep.Published ?? published, rep.Source ?? source, rep.Url, null, $"{name}:{line.LineNumber}"))
                        : SourceItem.Fail($"{name}:{line.LineNumber}: {line.Error}");
        }
    }

    private IEnumerable<SourceItem> FromUrl(string url)
    {
        string body; string? media;
        try { (body, media) = web.Get(url); }
        catch (InputException e) { return [SourceItem.Fail(e.Message)]; }
        if (FeedReader.LooksLikeFeed(body, media))
        {
            try { return FeedReader.Parse(body, url).Select(item => FromFeedItem(item, url)).ToList(); }
            catch (InputException e) { return [SourceItem.Fail(e.Message)]; }
        }
        return [Guard(url, () => HtmlReport.Parse(body, url, url, source ?? HtmlReport.OutletOf(url)))];
    }

    /// <summary>A feed entry's linked page when it can be fetched, else the text the feed itself carries.</summary>
    public SourceItem FromFeedItem(FeedItem item, string feedUrl)
    {
        var outlet = source ?? item.Outlet ?? HtmlReport.OutletOf(feedUrl);
        if (item.Link is { } link)
        {
            try
            {
                var (html, _) = web.Get(link);
                var page = HtmlReport.Parse(html, link, link, outlet);
                return SourceItem.Ok(page with { Published = page.Published ?? item.Published, Title = page.Title ?? item.Title, Source = page.Source ?? outlet });
            }
            catch (InputException) when (!string.IsNullOrWhiteSpace(item.Summary)) { }
            catch (InputException e) { return SourceItem.Fail(e.Message); }
        }
        var text = HtmlToText(item.Summary ?? "");
        if (string.IsNullOrWhiteSpace(text)) return SourceItem.Fail($"{feedUrl}: item '{item.Key}' has no text and no readable link");
        return SourceItem.Ok(new ReportSubmission(item.Key, text, item.Published, outlet, item.Link, item.Title, feedUrl));
    }

    private static string HtmlToText(string html)
    {
        if (!html.Contains('<', StringComparison.Ordinal)) return html.Trim();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        return parser.ParseDocument(html).Body?.TextContent.Trim() ?? "";
    }

    private static SourceItem Guard(string name, Func<ReportSubmission> read)
    {
        try { return SourceItem.Ok(read()); }
        catch (InputException e) { return SourceItem.Fail(e.Message); }
    }
}
