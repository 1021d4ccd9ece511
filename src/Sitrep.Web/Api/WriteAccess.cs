using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>
/// Writing needs "Authorization: Bearer TOKEN" equal to SITREP_TOKEN; without a configured token nobody may write.
/// Reading is open unless the server was started private, then it needs the same token.
/// </summary>
public static class WriteAccess
{
    public static IResult? Check(HttpContext ctx, WebAppOptions options)
    {
        if (string.IsNullOrEmpty(options.WriteToken))
            return ApiErrors.Problem(StatusCodes.Status403Forbidden, null,
                $"writing is turned off on this server: start it with {WebAppOptions.TokenVariable} set to a secret token");
        return Token(ctx, options.WriteToken, "writing");
    }

    public static IResult? CheckRead(HttpContext ctx, WebAppOptions options)
    {
        if (options.ReadPublic) return null;
        // A private server without a token would lock everyone out; WebApp.Create refuses to build one.
        return Token(ctx, options.WriteToken!, "reading this server");
    }

    private static IResult? Token(HttpContext ctx, string expectedToken, string what)
    {
        var header = ctx.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiErrors.Problem(StatusCodes.Status401Unauthorized, "Authorization", $"{what} needs the header 'Authorization: Bearer TOKEN'");
        }
        var given = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(expectedToken);
        return CryptographicOperations.FixedTimeEquals(given, expected)
            ? null
            : ApiErrors.Problem(StatusCodes.Status403Forbidden, "Authorization", "the token is not the one this server accepts");
    }
}
