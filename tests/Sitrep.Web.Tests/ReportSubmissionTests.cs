using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sitrep.Web.Tests;

/// <summary>POST /api/reports, each class over its own store so submissions never change what the read tests see.</summary>
public class ReportSubmissionTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static HttpRequestMessage Post(string json, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    [Fact]
    public async Task Submitting_needs_the_token()
    {
        const string body = """{"text": "Crowds gathered outside the hall."}""";
        var before = api.Store.Counts().Reports;
        var none = await api.Client.SendAsync(Post(body, null));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        var wrong = await api.Client.SendAsync(Post(body, "not-the-token"));
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(before, api.Store.Counts().Reports);
    }

    [Fact]
    public async Task A_submitted_report_is_coded_stored_and_returned_once()
    {
        const string body = """{"text": "Students rallied at the university gate against tuition fees.", "published": "2024-05-02", "source": "Example Wire"}""";
        var created = await api.Client.SendAsync(Post(body, SeededApi.Token));
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("2024-05-02", Assert.Single(json.GetProperty("events").EnumerateArray()).GetProperty("event_date").GetString());
        var stored = JsonDocument.Parse(await api.Client.GetStringAsync("/api/events?country=Jordan")).RootElement;
        Assert.Equal(1, stored.GetProperty("total").GetInt64());

        var again = await api.Client.SendAsync(Post(body, SeededApi.Token));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("""{"text": ""}""", "text")]
    [InlineData("""{"text": "x", "published": "soon"}""", "published")]
    [InlineData("""{"text": "x", "url": "javascript:alert(1)"}""", "url")]
    [InlineData("""not json""", "body")]
    public async Task Malformed_submissions_are_a_400_naming_the_field(string body, string field)
    {
        var response = await api.Client.SendAsync(Post(body, SeededApi.Token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_refused()
    {
        var text = new string('a', 1_100_000);
        var response = await api.Client.SendAsync(Post($$"""{"text": "{{text}}"}""", SeededApi.Token));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_token_writing_is_refused_with_a_reason()
    {
        var (app, client) = await SeededApi.Start(api.Store, token: null);
        await using (app)
        {
            var response = await client.SendAsync(Post("""{"text": "Anything."}""", "whatever"));
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("SITREP_TOKEN", await response.Content.ReadAsStringAsync());
        }
    }
}
