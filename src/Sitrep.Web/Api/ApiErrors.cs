using Microsoft.AspNetCore.Http;
using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Web.Api;

/// <summary>Errors as small JSON bodies naming the parameter and the problem; never a stack trace.</summary>
public static class ApiErrors
{
    public sealed record ErrorBody(string Error, string? Parameter);

    public static IResult Problem(int status, string? parameter, string message) =>
        Results.Json(new ErrorBody(message, parameter), SitrepJson.Options, "application/json", status);

    public static IResult BadRequest(string parameter, string message) => Problem(StatusCodes.Status400BadRequest, parameter, message);

    public static async Task Handle(HttpContext ctx, Func<Task> next)
    {
        IResult? failure = null;
        try { await next(); }
        catch (StoreLockedException e) { failure = Problem(StatusCodes.Status503ServiceUnavailable, null, e.Message); }
        catch (BadHttpRequestException e) { failure = Problem(e.StatusCode, null, e.Message); }
        catch (Exception) when (!ctx.Response.HasStarted)
        {
            failure = Problem(StatusCodes.Status500InternalServerError, null, "the server failed to answer this request");
        }
        if (failure is not null && !ctx.Response.HasStarted) await failure.ExecuteAsync(ctx);
    }
}
