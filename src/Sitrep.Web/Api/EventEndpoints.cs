using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Web.Api;

/// <summary>GET /api/events: incidents matching the filters, one page at a time, as JSON, GeoJSON or ACLED CSV.</summary>
public static class EventEndpoints
{
    private static readonly string[] Formats = ["json", "geojson", "csv"];
    private static readonly string[] PagingNames = ["page", "page_size", "format"];

    public sealed record EventsResponse(IReadOnlyList<IncidentRow> Items, int Page, int PageSize, long? Total);

    public static void Map(WebApplication app) => app.MapGet("/api/events", (HttpContext ctx, WebAppOptions options) =>
    {
        if (WriteAccess.CheckRead(ctx, options) is { } refused) return refused;
        var q = ctx.Request.Query;
        var (filter, error) = EventFilters.Parse(q, PagingNames);
        if (error is not null) return ApiErrors.BadRequest(error.Parameter, error.Message);
        var (page, size, pagingError) = EventFilters.Paging(q);
        if (pagingError is not null) return ApiErrors.BadRequest(pagingError.Parameter, pagingError.Message);
        var format = q.TryGetValue("format", out var f) ? f.ToString() : "json";
        if (!Formats.Contains(format)) return ApiErrors.BadRequest("format", $"'{format}' is not one of {string.Join(", ", Formats)}");

        var result = options.Store.QueryIncidents(filter! with { Limit = size, Offset = (page - 1) * size, IncludeTotal = format == "json" });
        switch (format)
        {
            case "csv":
                var csv = new StringWriter();
                AcledCsv.Write(csv, result.Items);
                ctx.Response.Headers.ContentDisposition = "attachment; filename=\"sitrep-events.csv\"";
                return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
            case "geojson":
                return Results.Text(IncidentGeoJson.Build(result.Items).ToJsonString(SitrepJson.Options), "application/geo+json; charset=utf-8");
            default:
                return Results.Json(new EventsResponse(result.Items, page, size, result.Total), SitrepJson.Options);
        }
    });
}
