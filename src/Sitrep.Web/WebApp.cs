using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sitrep.Storage;
using Sitrep.Web.Api;

namespace Sitrep.Web;

/// <summary>The `sitrep serve` application: the dashboard and the JSON API over one store.</summary>
public static class WebApp
{
    /// <summary>
    /// Builds the app. <paramref name="configure"/> lets a caller adjust the host before it is built
    /// (tests swap in an in-memory server).
    /// </summary>
    public static WebApplication Create(WebAppOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        if (!options.ReadPublic && string.IsNullOrEmpty(options.WriteToken))
            throw new ArgumentException($"a private server needs {WebAppOptions.TokenVariable}: without it nobody could read", nameof(options));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = WebAppOptions.MaxBodyBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(SecurityHeaders.Add);
        app.Use(ApiErrors.Handle);
        app.Use(DashboardFiles.Serve);
        EventEndpoints.Map(app);
        IncidentEndpoints.Map(app);
        ReviewEndpoints.Map(app);
        ReportEndpoints.Map(app);
        StatsEndpoints.Map(app);
        OpenApiDocument.Map(app);
        app.MapFallback((HttpContext ctx) => ApiErrors.Problem(StatusCodes.Status404NotFound, null, $"no such resource: {ctx.Request.Path}"));
        return app;
    }
}
