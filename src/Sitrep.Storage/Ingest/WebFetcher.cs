using System.Net;
using Sitrep.Core;

namespace Sitrep.Storage.Ingest;

/// <summary>Fetches pages and feeds; every failure becomes an input error that names the URL.</summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _http;

    public WebFetcher(TimeSpan? timeout = null)
    {
        _http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, AllowAutoRedirect = true })
        {
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Sitrep/1.0 (+conflict event coding)");
    }

    public (string Body, string? MediaType) Get(string url, CancellationToken cancel = default)
    {
        try
        {
            using var response = _http.GetAsync(url, cancel).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
                throw new InputException(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            var body = response.Content.ReadAsStringAsync(cancel).GetAwaiter().GetResult();
            return (body, response.Content.Headers.ContentType?.MediaType);
        }
        catch (HttpRequestException e) { throw new InputException(url, $"cannot be fetched ({e.Message})"); }
        catch (TaskCanceledException) when (!cancel.IsCancellationRequested) { throw new InputException(url, "timed out"); }
    }

    public void Dispose() => _http.Dispose();
}
