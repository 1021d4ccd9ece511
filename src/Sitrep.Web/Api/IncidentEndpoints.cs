using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;

namespace Sitrep.Web.Api;

/// <summary>GET /api/incidents/{id}: the merged record, its reports, and each event's claims and per-field evidence.</summary>
public static class IncidentEndpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/incidents/{id}", (HttpContext ctx, string id, WebAppOptions options) =>
    {
        if (WriteAccess.CheckRead(ctx, options) is { } refused) return refused;
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var incidentId) || incidentId < 1)
            return ApiErrors.BadRequest("id", $"'{id}' is not an incident number");
        return options.Store.GetIncident(incidentId) is { } detail
            ? Results.Json(detail, SitrepJson.Options)
            : ApiErrors.Problem(StatusCodes.Status404NotFound, "id", $"no incident {incidentId}");
    });
}
