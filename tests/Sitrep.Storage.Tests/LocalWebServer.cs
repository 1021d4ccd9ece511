using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Storage.Tests;

/// <summary>Serves fixed pages on 127.0.0.1 for tests of fetching pages and feeds; nothing leaves the machine.</summary>
public sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (int Status, string Type, string Body)> _pages = new();

    public LocalWebServer()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string BaseUrl { get; }

    public string Set(string path, string body, string type = "text/html", int status = 200)
    {
        _pages[path] = (status, type, body);
        return BaseUrl + path;
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try { ctx = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            var path = ctx.Request.Url!.AbsolutePath.TrimStart('/');
            var (status, type, body) = _pages.TryGetValue(path, out var page) ? page : (404, "text/plain", "not found");
            var bytes = Encoding.UTF8.GetBytes(body);
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = type + "; charset=utf-8";
            await ctx.Response.OutputStream.WriteAsync(bytes);
            ctx.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
