using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Sitrep.Web.Tests;

/// <summary>POST /api/incidents/{id}/reviews over a store of its own, so reviews never change what the read tests see.</summary>
public class ReviewApiTests(SeededApi api) : IClassFixture<SeededApi>
{
    private static HttpRequestMessage Post(long id, string json, string? token = SeededApi.Token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/incidents/{id}/reviews") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private async Task<long> IdOf(string country) =>
        JsonDocument.Parse(await api.Client.GetStringAsync($"/api/events?country={country}&review=all")).RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();

    private async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpRequestMessage request)
    {
        var response = await api.Client.SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    [Fact]
    public async Task Reviewing_needs_the_token_and_a_refused_review_writes_nothing()
    {
        var id = await IdOf("Iraq");
        const string body = """{"action": "reject", "reviewer": "someone"}""";
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(Post(id, body, token: null))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(Post(id, body, token: "not-the-token"))).Status);
        Assert.Empty(api.Store.GetIncident(id)!.Reviews);
    }

    [Fact]
    public async Task A_correction_is_returned_with_the_machine_values_and_shows_in_lists_and_csv()
    {
        var id = await IdOf("Syria");
        var (status, detail) = await Send(Post(id, """
            {"action": "correct", "reviewer": "R. Analyst", "note": "second report", "changes": {"fatalities": 7, "actor2": "Hurras al-Din"}}
            """));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(7, detail.GetProperty("incident").GetProperty("fatalities").GetInt32());
        Assert.Equal(4, detail.GetProperty("machine").GetProperty("fatalities").GetInt32());
        Assert.Equal("Hayat Tahrir al-Sham", detail.GetProperty("machine").GetProperty("actor2").GetString());
        var reviews = detail.GetProperty("reviews").EnumerateArray().ToList();
        Assert.Equal(2, reviews.Count);
        var fatal = reviews.Single(r => r.GetProperty("field").GetString() == "fatalities");
        Assert.Equal(("4", "7", "R. Analyst", "second report"),
            (fatal.GetProperty("old_value").GetString(), fatal.GetProperty("new_value").GetString(), fatal.GetProperty("reviewer").GetString(), fatal.GetProperty("note").GetString()));

        var shown = JsonDocument.Parse(await api.Client.GetStringAsync($"/api/incidents/{id}")).RootElement;
        Assert.Equal(["actor2", "fatalities"], shown.GetProperty("incident").GetProperty("reviewed_fields").EnumerateArray().Select(f => f.GetString()));
        var listed = JsonDocument.Parse(await api.Client.GetStringAsync("/api/events?actor=Hurras")).RootElement.GetProperty("items");
        Assert.Equal("corrected", Assert.Single(listed.EnumerateArray()).GetProperty("review_status").GetString());
        var csv = (await api.Client.GetStringAsync("/api/events?format=csv&country=Syria")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith(",review_status,reviewed_fields", csv[0]);
        Assert.EndsWith(",corrected,actor2;fatalities", csv[1]);
    }

    [Fact]
    public async Task A_rejected_incident_leaves_the_list_until_asked_for()
    {
        var (_, reject) = await Send(Post(await IdOf("Lebanon"), """{"action": "reject", "reviewer": "R. Analyst", "note": "not an event"}"""));
        Assert.Equal("rejected", reject.GetProperty("incident").GetProperty("review_status").GetString());
        var plain = JsonDocument.Parse(await api.Client.GetStringAsync("/api/events?country=Lebanon")).RootElement;
        Assert.Equal(0, plain.GetProperty("total").GetInt64());
        var asked = JsonDocument.Parse(await api.Client.GetStringAsync("/api/events?review=rejected")).RootElement;
        Assert.Equal("Lebanon", Assert.Single(asked.GetProperty("items").EnumerateArray()).GetProperty("country").GetString());
        var bad = await api.Client.GetAsync("/api/events?review=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("""not json""", "body")]
    [InlineData("""{"action": 3, "reviewer": "x"}""", "body")]
    [InlineData("""{"reviewer": "x"}""", "action")]
    [InlineData("""{"action": "approve", "reviewer": "x"}""", "action")]
    [InlineData("""{"action": "confirm"}""", "reviewer")]
    [InlineData("""{"action": "confirm", "reviewer": "x", "changes": {"fatalities": 1}}""", "changes")]
    [InlineData("""{"action": "correct", "reviewer": "x"}""", "changes")]
    [InlineData("""{"action": "correct", "reviewer": "x", "changes": {"notes": "y"}}""", "notes")]
    [InlineData("""{"action": "correct", "reviewer": "x", "changes": {"event_date": "03/02/2024"}}""", "event_date")]
    [InlineData("""{"action": "correct", "reviewer": "x", "changes": {"event_type": "Protests"}}""", "event_type")]
    [InlineData("""{"action": "correct", "reviewer": "x", "changes": {"fatalities": 2.5}}""", "fatalities")]
    [InlineData("""{"action": "correct", "reviewer": "x", "changes": {"longitude": 200}}""", "longitude")]
    public async Task Malformed_reviews_are_a_400_naming_the_field(string body, string field)
    {
        var id = await IdOf("Iraq");
        var (status, error) = await Send(Post(id, body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(field, error.GetProperty("parameter").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Reviewing_a_missing_or_malformed_incident_is_404_or_400()
    {
        const string body = """{"action": "confirm", "reviewer": "x"}""";
        Assert.Equal(HttpStatusCode.NotFound, (await Send(Post(999_999, body))).Status);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/incidents/abc/reviews") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SeededApi.Token);
        Assert.Equal(HttpStatusCode.BadRequest, (await Send(request)).Status);
    }
}

/// <summary>A server started private: every read needs the token; the dashboard page itself holds no data and stays open.</summary>
public class PrivateReadingTests(SeededApi api) : IClassFixture<SeededApi>
{
    [Theory]
    [InlineData("/api/events")]
    [InlineData("/api/events?format=csv")]
    [InlineData("/api/stats")]
    [InlineData("/api/incidents/1")]
    public async Task Reading_a_private_server_needs_the_token(string url)
    {
        var (app, client) = await SeededApi.Start(api.Store, SeededApi.Token, readPublic: false);
        await using (app)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(url)).StatusCode);
            var wrong = new HttpRequestMessage(HttpMethod.Get, url);
            wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "guess");
            Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(wrong)).StatusCode);
            var right = new HttpRequestMessage(HttpMethod.Get, url);
            right.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SeededApi.Token);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(right)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }

    [Fact]
    public async Task A_public_server_reads_without_a_token()
    {
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.Client.GetAsync("/api/stats")).StatusCode);
    }

    [Fact]
    public void A_private_server_without_a_token_is_refused_at_start()
    {
        var e = Assert.Throws<ArgumentException>(() => WebApp.Create(new WebAppOptions { Store = api.Store, Coder = Seed.CodeAsProtest, WriteToken = null, ReadPublic = false }));
        Assert.Contains("SITREP_TOKEN", e.Message);
    }
}
