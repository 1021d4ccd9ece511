using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sitrep.Web.Tests;

public class ApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    private async Task<JsonElement> Json(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await api.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static string[] Countries(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("country").GetString()!).Order().ToArray();

    [Fact]
    public async Task Lists_every_incident_with_a_total_when_unfiltered()
    {
        var page = await Json("/api/events");
        Assert.Equal(["Iraq", "Lebanon", "Syria"], Countries(page));
        Assert.Equal(3, page.GetProperty("total").GetInt64());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("country=Iraq", "Iraq")]
    [InlineData("country=LB", "Lebanon")]
    [InlineData("type=Protests", "Lebanon")]
    [InlineData("sub_type=Air%2Fdrone%20strike", "Iraq")]
    [InlineData("actor=Tahrir", "Syria")]
    [InlineData("since=2024-03-05&until=2024-03-31", "Iraq")]
    [InlineData("near=33.9,35.5&km=10", "Lebanon")]
    [InlineData("bbox=36,35,37,36.5", "Syria")]
    [InlineData("text=subsidies", "Lebanon")]
    public async Task Each_filter_narrows_to_the_matching_incident(string query, string country)
    {
        var page = await Json("/api/events?" + query);
        Assert.Equal([country], Countries(page));
    }

    [Theory]
    [InlineData("text=%27%20OR%201%3D1%20--")]
    [InlineData("actor=%25")]
    [InlineData("country=%3Cscript%3E")]
    public async Task Hostile_filter_text_matches_nothing_rather_than_everything(string query)
    {
        var page = await Json("/api/events?" + query);
        Assert.Empty(Countries(page));
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_cover_everything()
    {
        var first = Countries(await Json("/api/events?page_size=2&page=1"));
        var second = Countries(await Json("/api/events?page_size=2&page=2"));
        Assert.Equal(2, first.Length);
        Assert.Single(second);
        Assert.Equal(["Iraq", "Lebanon", "Syria"], first.Concat(second).Order().ToArray());
    }

    [Theory]
    [InlineData("page_size=501", "page_size")]
    [InlineData("page_size=0", "page_size")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("since=yesterday", "since")]
    [InlineData("since=2024-04-01&until=2024-03-01", "since")]
    [InlineData("near=91,10", "near")]
    [InlineData("near=abc", "near")]
    [InlineData("km=5", "km")]
    [InlineData("bbox=10,10,5,5", "bbox")]
    [InlineData("format=xml", "format")]
    [InlineData("contry=Iraq", "contry")]
    [InlineData("country=Iraq&country=Syria", "country")]
    public async Task Malformed_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var error = await Json("/api/events?" + query, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, error.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Geojson_is_a_feature_collection_of_lon_lat_points()
    {
        var response = await api.Client.GetAsync("/api/events?format=geojson&country=Syria");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("FeatureCollection", doc.GetProperty("type").GetString());
        var feature = Assert.Single(doc.GetProperty("features").EnumerateArray());
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal("Point", feature.GetProperty("geometry").GetProperty("type").GetString());
        var coords = feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
        Assert.Equal([36.63, 35.93], coords);
        Assert.Equal("Armed clash", feature.GetProperty("properties").GetProperty("sub_event_type").GetString());
    }

    [Fact]
    public async Task Csv_uses_acled_columns()
    {
        var response = await api.Client.GetAsync("/api/events?format=csv&country=Iraq");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("IRQ", lines[1]);
    }

    [Fact]
    public async Task An_incident_shows_its_reports_claims_and_evidence()
    {
        var id = (await Json("/api/events?country=Syria")).GetProperty("items")[0].GetProperty("id").GetInt64();
        var detail = await Json($"/api/incidents/{id}");
        Assert.Equal("Syria", detail.GetProperty("incident").GetProperty("country").GetString());
        Assert.Equal("https://news.example.org/r1", Assert.Single(detail.GetProperty("reports").EnumerateArray()).GetProperty("url").GetString());
        var record = Assert.Single(detail.GetProperty("events").EnumerateArray()).GetProperty("record");
        Assert.Equal("the ministry", Assert.Single(record.GetProperty("claims").EnumerateArray()).GetProperty("speaker").GetString());
        Assert.Equal("sub_event_type", Assert.Single(record.GetProperty("evidence").EnumerateArray()).GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_missing_incident_is_404_and_a_malformed_id_is_400()
    {
        await Json("/api/incidents/999999", HttpStatusCode.NotFound);
        Assert.Equal("id", (await Json("/api/incidents/abc", HttpStatusCode.BadRequest)).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Stats_count_by_type_and_respect_filters()
    {
        var all = await Json("/api/stats");
        Assert.Equal(3, all.GetProperty("by_type").EnumerateArray().Sum(c => c.GetProperty("incidents").GetInt64()));
        Assert.Equal(6, all.GetProperty("by_type").EnumerateArray().Sum(c => c.GetProperty("fatalities").GetInt64()));
        var iraq = await Json("/api/stats?country=Iraq");
        Assert.Equal("2024-03-10", Assert.Single(iraq.GetProperty("by_day").EnumerateArray()).GetProperty("key").GetString());
        await Json("/api/stats?since=nope", HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/incidents/999999")]
    [InlineData("/api/events?page=0")]
    [InlineData("/openapi.json")]
    [InlineData("/no/such/page")]
    public async Task Every_response_carries_a_content_security_policy(string url)
    {
        var response = await api.Client.GetAsync(url);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
    }

    [Fact]
    public async Task The_openapi_description_lists_every_endpoint()
    {
        var doc = await Json("/openapi.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(new HashSet<string> { "/api/events", "/api/incidents/{id}", "/api/incidents/{id}/reviews", "/api/reports", "/api/stats" }, paths);
    }
}
