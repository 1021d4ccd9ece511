using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;
using Sitrep.Storage.Reviews;

namespace Sitrep.Web.Api;

/// <summary>
/// POST /api/incidents/{id}/reviews: an analyst confirms, corrects or rejects an incident. Needs the write token.
/// Each corrected field becomes one audit row; the answer is the incident as it now stands.
/// </summary>
public static class ReviewEndpoints
{
    public sealed record ReviewRequest(string? Action, string? Reviewer, string? Note, Dictionary<string, JsonElement>? Changes);

    public static void Map(WebApplication app) => app.MapPost("/api/incidents/{id}/reviews", async (HttpContext ctx, string id, WebAppOptions options) =>
    {
        if (WriteAccess.Check(ctx, options) is { } refused) return refused;
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var incidentId) || incidentId < 1)
            return ApiErrors.BadRequest("id", $"'{id}' is not an incident number");

        var body = await ReportEndpoints.ReadBounded(ctx);
        if (body is null) return ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "body", $"larger than {WebAppOptions.MaxBodyBytes} bytes");
        ReviewRequest? request;
        try { request = JsonSerializer.Deserialize<ReviewRequest>(body, SitrepJson.Options); }
        catch (JsonException e) { return ApiErrors.BadRequest("body", $"not a review: {e.Message}"); }
        if (request is null) return ApiErrors.BadRequest("body", "expected a JSON object {\"action\": \"confirm\" | \"correct\" | \"reject\", \"reviewer\": ...}");

        if (options.Store.GetIncident(incidentId) is not { } current)
            return ApiErrors.Problem(StatusCodes.Status404NotFound, "id", $"no incident {incidentId}");
        var (decision, problem) = ReviewRules.Check(request.Action, request.Reviewer, request.Note, request.Changes, current.Incident,
            CountryNames.Default.Find);
        if (problem is not null) return ApiErrors.BadRequest(problem.Field, problem.Message);

        return options.Store.Review(incidentId, decision!) is { } detail
            ? Results.Json(detail, SitrepJson.Options, statusCode: StatusCodes.Status201Created)
            : ApiErrors.Problem(StatusCodes.Status404NotFound, "id", $"no incident {incidentId}");
    });
}
