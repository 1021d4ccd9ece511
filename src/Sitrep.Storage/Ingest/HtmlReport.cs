using System.Globalization;
using Sitrep.Core;
using SmartReader;

namespace Sitrep.Storage.Ingest;

/// <summary>A web page's article: the main text without navigation and adverts, and the page's own metadata.</summary>
public static class HtmlReport
{
    public static ReportSubmission Parse(string html, string url, string origin, string? fallbackSource = null)
    {
        Article article;
        try { article = new Reader(url, html).GetArticle(); }
        catch (Exception e) { throw new InputException(origin, $"the page could not be read as HTML ({e.Message})"); }
        var text = article.TextContent?.Trim();
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(origin, "the page has no article text");
        DateOnly? published = article.PublicationDate is { } d ? DateOnly.FromDateTime(d) : null;
        var source = string.IsNullOrWhiteSpace(article.SiteName) ? fallbackSource : article.SiteName.Trim();
        var isWeb = url.StartsWith("http", StringComparison.OrdinalIgnoreCase);
        return new ReportSubmission(IdFor(url), text, published, source, isWeb ? url : null,
            string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim(), origin);
    }

    public static string IdFor(string urlOrPath)
    {
        if (Uri.TryCreate(urlOrPath, UriKind.Absolute, out var u) && u.Scheme.StartsWith("http", StringComparison.Ordinal))
            return u.Host + u.AbsolutePath.TrimEnd('/');
        return Path.GetFileNameWithoutExtension(urlOrPath);
    }

    public static string OutletOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) ? u.Host.ToLower(CultureInfo.InvariantCulture).Replace("www.", "", StringComparison.Ordinal) : url;
}
