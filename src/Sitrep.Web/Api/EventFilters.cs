using System.Globalization;
using Microsoft.AspNetCore.Http;
using Sitrep.Pipeline.Batch;
using Sitrep.Storage;
using Sitrep.Storage.Reviews;

namespace Sitrep.Web.Api;

/// <summary>A query parameter that failed validation, with the message the client sees.</summary>
public sealed record ParameterError(string Parameter, string Message);

/// <summary>Reads the same filters `sitrep events` takes from a query string, rejecting anything malformed.</summary>
public static class EventFilters
{
    public static readonly string[] FilterNames = ["country", "admin1", "type", "sub_type", "actor", "since", "until", "near", "km", "bbox", "text", "review"];
    private const int MaxTextLength = 200;

    /// <summary>Parses the filters; unknown parameters are errors so a misspelt filter never silently matches everything.</summary>
    public static (EventQuery? Query, ParameterError? Error) Parse(IQueryCollection q, IReadOnlyCollection<string> otherAllowed)
    {
        foreach (var key in q.Keys)
            if (!FilterNames.Contains(key) && !otherAllowed.Contains(key))
                return (null, new(key, $"unknown parameter; expected one of {string.Join(", ", FilterNames.Concat(otherAllowed))}"));
        foreach (var key in q.Keys)
        {
            if (q[key].Count > 1) return (null, new(key, "given more than once"));
            if ((q[key].ToString() ?? "").Length > MaxTextLength) return (null, new(key, $"longer than {MaxTextLength} characters"));
        }

        string? Text(string name) => q.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.ToString().Trim() : null;

        DateOnly? since = null, until = null;
        if (Text("since") is { } s) { if (!ReportReader.TryParseDate(s, out var d)) return (null, new("since", $"'{s}' is not a date (expected YYYY-MM-DD)")); since = d; }
        if (Text("until") is { } u) { if (!ReportReader.TryParseDate(u, out var d)) return (null, new("until", $"'{u}' is not a date (expected YYYY-MM-DD)")); until = d; }
        if (since > until) return (null, new("since", "is after until"));

        var km = 25.0;
        if (Text("km") is { } k)
        {
            if (!double.TryParse(k, NumberStyles.Float, CultureInfo.InvariantCulture, out km) || !double.IsFinite(km) || km <= 0 || km > 20_000)
                return (null, new("km", $"'{k}' is not a distance in km between 0 and 20000"));
            if (Text("near") is null) return (null, new("km", "needs near=LAT,LON"));
        }

        Near? near = null;
        if (Text("near") is { } n)
        {
            if (Numbers(n, 2) is not [var la, var lo]) return (null, new("near", $"'{n}' is not LAT,LON (example: 33.51,36.29)"));
            if (Math.Abs(la) > 90 || Math.Abs(lo) > 180) return (null, new("near", $"'{n}' is off the globe (latitude within ±90, longitude within ±180)"));
            near = new Near(la, lo, km);
        }

        BoundingBox? box = null;
        if (Text("bbox") is { } b)
        {
            if (Numbers(b, 4) is not [var x0, var y0, var x1, var y1] || x0 > x1 || y0 > y1)
                return (null, new("bbox", $"'{b}' is not MINLON,MINLAT,MAXLON,MAXLAT with min <= max"));
            if (Math.Abs(y0) > 90 || Math.Abs(y1) > 90 || Math.Abs(x0) > 180 || Math.Abs(x1) > 180)
                return (null, new("bbox", $"'{b}' is off the globe (latitude within ±90, longitude within ±180)"));
            box = new BoundingBox(y0, x0, y1, x1);
        }

        var review = ReviewFilter.NotRejected;
        if (Text("review") is { } rv)
        {
            if (ReviewFilters.Parse(rv) is not { } parsed)
                return (null, new("review", $"'{rv}' is not one of {string.Join(", ", ReviewFilters.Names)}"));
            review = parsed;
        }

        return (new EventQuery
        {
            Country = Text("country"), Admin1 = Text("admin1"), EventType = Text("type"), SubEventType = Text("sub_type"),
            Actor = Text("actor"), Since = since, Until = until, Near = near, Box = box, Text = Text("text"), Review = review,
        }, null);
    }

    /// <summary>page (from 1) and page_size (1 to the maximum).</summary>
    public static (int Page, int PageSize, ParameterError? Error) Paging(IQueryCollection q)
    {
        var page = 1;
        var size = WebAppOptions.DefaultPageSize;
        if (q.TryGetValue("page", out var p) && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > 1_000_000))
            return (0, 0, new("page", $"'{p}' is not a page number from 1"));
        if (q.TryGetValue("page_size", out var s) && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size < 1 || size > WebAppOptions.MaxPageSize))
            return (0, 0, new("page_size", $"'{s}' is not a number from 1 to {WebAppOptions.MaxPageSize}"));
        return (page, size, null);
    }

    private static double[]? Numbers(string s, int count)
    {
        var parts = s.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != count) return null;
        var values = new double[count];
        for (var i = 0; i < count; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i])) return null;
        return values;
    }
}
