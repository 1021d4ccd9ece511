using System.ServiceModel.Syndication;
using System.Xml;
using Sitrep.Core;

namespace Sitrep.Storage.Ingest;

/// <summary>One entry of an RSS or Atom feed.</summary>
public sealed record FeedItem(string Key, string? Link, string? Title, string? Summary, DateOnly? Published, string? Outlet);

public static class FeedReader
{
    public static bool LooksLikeFeed(string body, string? mediaType) =>
        mediaType is { } m && (m.Contains("rss", StringComparison.OrdinalIgnoreCase) || m.Contains("atom", StringComparison.OrdinalIgnoreCase))
        || body.AsSpan().TrimStart().StartsWith("<?xml", StringComparison.Ordinal) && (body.Contains("<rss", StringComparison.Ordinal) || body.Contains("<feed", StringComparison.Ordinal))
        || body.AsSpan().TrimStart().StartsWith("<rss", StringComparison.Ordinal) || body.AsSpan().TrimStart().StartsWith("<feed", StringComparison.Ordinal);

    public static IReadOnlyList<FeedItem> Parse(string xml, string feedUrl)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException)
        {
            throw new InputException(feedUrl, $"is not an RSS or Atom feed ({e.Message})");
        }
        var outlet = feed.Title?.Text;
        return feed.Items.Select(item =>
        {
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
            var linkText = link is null ? null : link.IsAbsoluteUri ? link.AbsoluteUri : new Uri(new Uri(feedUrl), link).AbsoluteUri;
            var when = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            var content = (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
            return new FeedItem(item.Id ?? linkText ?? item.Title?.Text ?? "", linkText, item.Title?.Text, content,
                when == default ? null : DateOnly.FromDateTime(when.UtcDateTime), outlet);
        }).Where(i => i.Key.Length > 0).ToList();
    }
}
