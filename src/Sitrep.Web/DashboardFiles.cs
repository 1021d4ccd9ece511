using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web;

/// <summary>The dashboard's page, scripts, styles and vendored map files, served from resources embedded in this assembly.</summary>
public static class DashboardFiles
{
    private const string Prefix = "Sitrep.Web.wwwroot/";

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    private static readonly Dictionary<string, Asset> Assets = Load();

    private static Dictionary<string, Asset> Load()
    {
        var assembly = typeof(DashboardFiles).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var path = "/" + name[Prefix.Length..].Replace('\\', '/');
            assets[path] = new Asset(bytes, ContentType(path), "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] + "\"");
        }
        if (assets.TryGetValue("/index.html", out var index)) assets["/"] = index;
        return assets;
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".json" or ".geojson" => "application/json; charset=utf-8",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        _ => "text/plain; charset=utf-8",
    };

    /// <summary>Answers GET and HEAD for a known file; everything else goes on to the API.</summary>
    public static async Task Serve(HttpContext ctx, Func<Task> next)
    {
        var method = ctx.Request.Method;
        if ((method != HttpMethods.Get && method != HttpMethods.Head) || !Assets.TryGetValue(ctx.Request.Path.Value ?? "", out var asset))
        {
            await next();
            return;
        }
        var headers = ctx.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        if (ctx.Request.Headers.IfNoneMatch == asset.ETag)
        {
            ctx.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        ctx.Response.ContentType = asset.ContentType;
        ctx.Response.ContentLength = asset.Bytes.Length;
        if (method == HttpMethods.Get) await ctx.Response.Body.WriteAsync(asset.Bytes, ctx.RequestAborted);
    }
}
