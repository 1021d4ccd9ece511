using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Storage;

/// <summary>What makes two texts "the same report": equal after case, whitespace and punctuation are ignored.</summary>
public static class ReportText
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(ch));
                space = false;
            }
            else space = true;
        }
        return sb.ToString();
    }

    public static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(text))));

    /// <summary>URLs that differ only in fragment, trailing slash or host case are the same page.</summary>
    public static string? CanonicalUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return url.Trim();
        var b = new UriBuilder(uri) { Fragment = "", Host = uri.Host.ToLowerInvariant() };
        var s = b.Uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Port, UriFormat.UriEscaped);
        if (!uri.IsDefaultPort) s = b.Uri.AbsoluteUri;
        return s.EndsWith('/') && b.Path.Length > 1 ? s.TrimEnd('/') : s;
    }
}
