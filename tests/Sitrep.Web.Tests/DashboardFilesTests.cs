using System.Net;
using System.Text.RegularExpressions;

namespace Sitrep.Web.Tests;

/// <summary>The dashboard is served from the assembly: every file it names is there, nothing comes from elsewhere, no inline script.</summary>
public class DashboardFilesTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Fact]
    public async Task The_page_is_html_under_the_strict_policy_with_no_inline_script()
    {
        var response = await api.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var html = await response.Content.ReadAsStringAsync();
        var scripts = Regex.Matches(html, "<script[^>]*>").Select(m => m.Value).ToList();
        Assert.NotEmpty(scripts);
        Assert.All(scripts, s => Assert.Contains("src=\"/", s));
        Assert.DoesNotContain(" style=", html);
        Assert.Empty(Regex.Matches(html, @"<[^>]+\son[a-z]+\s*="));
    }

    [Fact]
    public async Task Every_file_the_page_and_its_scripts_name_is_served_from_here()
    {
        var html = await api.Client.GetStringAsync("/");
        var pending = new Queue<string>(Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        var seen = new HashSet<string>();
        while (pending.TryDequeue(out var path))
        {
            Assert.StartsWith("/", path);
            if (!seen.Add(path)) continue;
            var response = await api.Client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
            if (!path.EndsWith(".js", StringComparison.Ordinal) || !path.StartsWith("/js/", StringComparison.Ordinal)) continue;
            var script = await response.Content.ReadAsStringAsync();
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("innerHTML", script);
            Assert.DoesNotContain("insertAdjacentHTML", script);
            foreach (Match m in Regex.Matches(script, @"from '\./([^']+)'")) pending.Enqueue("/js/" + m.Groups[1].Value);
            foreach (Match m in Regex.Matches(script, @"'(/vendor/[^']+)'")) pending.Enqueue(m.Groups[1].Value);
        }
        Assert.Contains("/js/panel.js", seen);
        Assert.Contains("/vendor/world-atlas/countries-110m.geojson", seen);
        Assert.Contains("/vendor/leaflet.markercluster/leaflet.markercluster.js", seen);
    }

    [Fact]
    public async Task An_unchanged_file_is_not_sent_again()
    {
        var first = await api.Client.GetAsync("/js/main.js");
        var again = new HttpRequestMessage(HttpMethod.Get, "/js/main.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await api.Client.SendAsync(again)).StatusCode);
    }
}
