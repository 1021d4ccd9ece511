using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sitrep.Web.Api;

/// <summary>Writing needs "Authorization: Bearer TOKEN" equal to SITREP_TOKEN; without a configured token nobody may write.</summary>
public static class WriteAccess
{
    public static IResult? Check(HttpContext ctx, WebAppOptions options)
    {
        if (string.IsNullOrEmpty(options.WriteToken))
            return ApiErrors.Problem(StatusCodes.Status403Forbidden, null,
                $"writing is turned off on this server: start it with {WebAppOptions.TokenVariable} set to a secret token");
        var header = ctx.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            ctx.Response.Headers.WWWAuthenticate = "Bearer";
            return ApiErrors.Problem(StatusCodes.Status401Unauthorized, "Authorization", "writing needs the header 'Authorization: Bearer TOKEN'");
        }
        var given = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(options.WriteToken);
        return CryptographicOperations.FixedTimeEquals(given, expected)
            ? null
            : ApiErrors.Problem(StatusCodes.Status403Forbidden, "Authorization", "the token is not the one this server accepts");
    }
}
