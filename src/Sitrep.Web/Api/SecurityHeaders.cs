using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>Headers on every response, so text that came from the web can never run as script here.</summary>
public static class SecurityHeaders
{
    /// <summary>The one outside address the page may load from: map tiles, and only when the user turns that layer on.</summary>
    public const string OnlineTiles = "https://tile.openstreetmap.org";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + OnlineTiles + "; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static Task Add(HttpContext ctx, Func<Task> next)
    {
        ctx.Response.OnStarting(() =>
        {
            var h = ctx.Response.Headers;
            h.ContentSecurityPolicy = ContentSecurityPolicy;
            h.XContentTypeOptions = "nosniff";
            h["Referrer-Policy"] = "no-referrer";
            h.XFrameOptions = "DENY";
            return Task.CompletedTask;
        });
        return next();
    }
}
