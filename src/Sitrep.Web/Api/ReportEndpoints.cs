using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sitrep.Core;
using Sitrep.Pipeline.Batch;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>POST /api/reports: codes a submitted report, stores it with its events, and returns them. Needs the write token.</summary>
public static class ReportEndpoints
{
    public sealed record ReportRequest(string? Text, string? Published, string? Source, string? Url, string? Title);

    public sealed record ReportResponse(string ExternalId, string PipelineVersion, IReadOnlyList<EventRecord> Events);

    private const int MaxTextChars = 200_000;

    public static void Map(WebApplication app) => app.MapPost("/api/reports", async (HttpContext ctx, WebAppOptions options) =>
    {
        if (WriteAccess.Check(ctx, options) is { } refused) return refused;

        var body = await ReadBounded(ctx);
        if (body is null)
            return ApiErrors.Problem(StatusCodes.Status413PayloadTooLarge, "body", $"larger than {WebAppOptions.MaxBodyBytes} bytes");
        ReportRequest? request;
        try { request = JsonSerializer.Deserialize<ReportRequest>(body, SitrepJson.Options); }
        catch (JsonException e) { return ApiErrors.BadRequest("body", $"not valid JSON: {e.Message}"); }
        if (request is null) return ApiErrors.BadRequest("body", "expected a JSON object {\"text\": ...}");
        if (string.IsNullOrWhiteSpace(request.Text)) return ApiErrors.BadRequest("text", "is missing or empty");
        if (request.Text.Length > MaxTextChars) return ApiErrors.BadRequest("text", $"longer than {MaxTextChars} characters");
        DateOnly? published = null;
        if (request.Published is { } p)
        {
            if (!ReportReader.TryParseDate(p, out var d)) return ApiErrors.BadRequest("published", $"'{p}' is not a date (expected YYYY-MM-DD)");
            published = d;
        }
        if (request.Url is { } u && (!Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            return ApiErrors.BadRequest("url", "is not an absolute http or https address");

        var submission = new ReportSubmission(ExternalId(request), request.Text, published, request.Source, request.Url, request.Title, "api");
        var coding = options.Coder(submission);
        if (options.Store.Import([(submission, coding)], 1) == 0)
            return ApiErrors.Problem(StatusCodes.Status409Conflict, "text", "this report is already stored (same address or same text)");
        return Results.Json(new ReportResponse(submission.ExternalId, coding.PipelineVersion, coding.Events), SitrepJson.Options,
            statusCode: StatusCodes.Status201Created);
    });

    /// <summary>The URL when there is one, else a hash of the text, so resubmitting the same report is recognised.</summary>
    private static string ExternalId(ReportRequest r) =>
        r.Url ?? "api-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.Text!)))[..16];

    /// <summary>The body as bytes, or null when it is larger than the limit (checked while reading, not only by Content-Length).</summary>
    internal static async Task<byte[]?> ReadBounded(HttpContext ctx)
    {
        if (ctx.Request.ContentLength > WebAppOptions.MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int n;
        while ((n = await ctx.Request.Body.ReadAsync(chunk, ctx.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > WebAppOptions.MaxBodyBytes) return null;
        }
        return buffer.ToArray();
    }
}
