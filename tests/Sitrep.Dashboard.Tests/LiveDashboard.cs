using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Sitrep.Storage.Sqlite;
using Sitrep.Web;

namespace Sitrep.Dashboard.Tests;

/// <summary>
/// The real app on a free loopback port (Kestrel) over a seeded SQLite store, and a headless Chromium with a fresh
/// profile. Chromium is Debian's (/usr/bin/chromium, which scripts/test installs); Playwright never downloads one.
/// Missing Chromium fails the tests, unless SITREP_SKIP_BROWSER=1 says to skip them on purpose.
/// </summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    public const string Token = "dashboard-test-token";
    public const string SkipVariable = "SITREP_SKIP_BROWSER";
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-dashboard-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string? SkipReason { get; private set; }
    public SqliteEventStore Store { get; private set; } = null!;
    public IBrowserContext Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
        {
            SkipReason = $"{SkipVariable}=1: browser tests skipped on request";
            return;
        }
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: scripts/test installs it (apt-get install chromium); " +
                $"set {SkipVariable}=1 to skip the browser tests on purpose");

        Directory.CreateDirectory(_folder);
        Store = SqliteEventStore.Open(Path.Combine(_folder, "sitrep.db"));
        Store.Import(DashboardSeed.Reports());
        _app = WebApp.Create(new WebAppOptions
        {
            Store = Store,
            Coder = _ => throw new InvalidOperationException("the dashboard tests submit no reports"),
            WriteToken = Token,
            Urls = ["http://127.0.0.1:0"],
        });
        await _app.StartAsync();
        BaseUrl = _app.Urls.First().TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(_folder, "profile"), new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
    }

    /// <summary>A new page that records script errors and Content-Security-Policy refusals, which no test expects.</summary>
    public async Task<(IPage Page, List<string> Problems)> OpenAsync(string fragment = "")
    {
        var page = await Browser.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("script error: " + e);
        page.Console += (_, m) => { if (m.Type == "error" && m.Text.Contains("Content Security Policy", StringComparison.Ordinal)) problems.Add(m.Text); };
        await page.GotoAsync(BaseUrl + "/" + fragment);
        await page.Locator("body[data-ready='true']").WaitForAsync();
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_app is not null) await _app.DisposeAsync();
        Store?.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
