using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;

namespace Sitrep.Web.Api;

/// <summary>GET /api/stats: incidents and fatalities by day, country, event type and actor, under the same filters as /api/events.</summary>
public static class StatsEndpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/stats", (HttpContext ctx, WebAppOptions options) =>
    {
        if (WriteAccess.CheckRead(ctx, options) is { } refused) return refused;
        var (filter, error) = EventFilters.Parse(ctx.Request.Query, []);
        return error is not null
            ? ApiErrors.BadRequest(error.Parameter, error.Message)
            : Results.Json(options.Store.Stats(filter!), SitrepJson.Options);
    });
}
