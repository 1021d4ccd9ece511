using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>GET /openapi.json: the API's description, kept beside the code as a resource.</summary>
public static class OpenApiDocument
{
    public static void Map(WebApplication app)
    {
        var text = Load();
        app.MapGet("/openapi.json", () => Results.Text(text, "application/json; charset=utf-8"));
    }

    private static string Load()
    {
        using var stream = typeof(OpenApiDocument).Assembly.GetManifestResourceStream("Sitrep.Web.openapi.json")
            ?? throw new InvalidOperationException("openapi.json is missing from the Sitrep.Web assembly");
        return new StreamReader(stream).ReadToEnd();
    }
}
