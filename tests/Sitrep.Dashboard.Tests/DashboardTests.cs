using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sitrep.Dashboard.Tests;

/// <summary>The dashboard in a real browser: what an analyst sees and does.</summary>
public class DashboardTests(LiveDashboard live) : IClassFixture<LiveDashboard>
{
    private static ILocator Rows(IPage page) => page.Locator("#events tbody tr");

    private async Task<(IPage, List<string>)> Open(string fragment = "")
    {
        Skip.If(live.SkipReason is not null, live.SkipReason);
        return await live.OpenAsync(fragment);
    }

    [SkippableFact]
    public async Task Shows_every_incident_on_the_map_and_in_the_table_and_filters_by_type()
    {
        var (page, problems) = await Open();
        await Expect(Rows(page)).ToHaveCountAsync(6);
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-points", "6");
        Assert.True(await page.Locator("#map .leaflet-interactive, #map .marker-cluster").CountAsync() > 0);
        Assert.True(await page.Locator("#map .leaflet-overlay-pane path, #map .leaflet-outlines-pane path").CountAsync() > 100, "country outlines drawn");

        await page.Locator("select[name=type]").SelectOptionAsync("Protests");
        await Expect(Rows(page)).ToHaveCountAsync(2);
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-points", "2");
        foreach (var row in await Rows(page).AllInnerTextsAsync()) Assert.Contains("Peaceful protest", row);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task An_incident_shows_each_field_with_its_sentence_and_every_sources_claim()
    {
        var (page, problems) = await Open();
        await Rows(page).Filter(new() { HasText = "Shelling" }).ClickAsync();
        var panel = page.Locator("#panel");
        await Expect(panel.Locator("h2")).ToContainTextAsync("Shelling/artillery/missile attack");

        var marks = await panel.Locator("tr[data-field=fatalities] mark").AllInnerTextsAsync();
        Assert.Contains("at least six", marks);
        Assert.Contains("Ten", marks);
        await Expect(panel.Locator("tr[data-field=fatalities] .sentence").First).ToContainTextAsync("killing at least six people");

        var claims = panel.Locator(".claims tr[data-kind=fatalities]");
        await Expect(claims).ToHaveCountAsync(2);
        await Expect(claims.Filter(new() { HasText = DashboardSeed.MonitorA })).ToContainTextAsync("at least 6");
        await Expect(claims.Filter(new() { HasText = DashboardSeed.MonitorB })).ToContainTextAsync("10");
        await Expect(panel.Locator(".reports li")).ToHaveCountAsync(2);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Correcting_a_field_needs_the_token_and_then_shows_the_new_value_beside_the_machines()
    {
        var (page, problems) = await Open();
        var clash = live.Store.QueryIncidents(new Sitrep.Storage.EventQuery { EventType = "Battles" }).Items.Single();
        await Rows(page).Filter(new() { HasText = "Armed clash" }).ClickAsync();
        var panel = page.Locator("#panel");
        await panel.Locator("input[name=reviewer]").FillAsync("T. Reviewer");
        await panel.Locator("button[name=correct]").ClickAsync();
        await panel.Locator("input[name=fatalities]").FillAsync("5");
        await panel.Locator("button[name=save-correction]").ClickAsync();
        await Expect(panel.Locator(".review-message")).ToContainTextAsync("token");
        Assert.Empty(live.Store.GetIncident(clash.Id)!.Reviews);

        await page.Locator("#token-button").ClickAsync();
        await page.Locator("#token-form input[name=token]").FillAsync(LiveDashboard.Token);
        await page.Locator("#token-form button[type=submit]").ClickAsync();
        await Expect(panel.Locator("h2")).ToContainTextAsync("Armed clash");
        await panel.Locator("button[name=correct]").ClickAsync();
        await panel.Locator("input[name=fatalities]").FillAsync("5");
        await panel.Locator("button[name=save-correction]").ClickAsync();

        await Expect(panel.Locator(".badge")).ToHaveTextAsync("corrected", new() { Timeout = 10_000 });
        await Expect(panel.Locator("tr[data-field=fatalities] .value")).ToContainTextAsync("5 (UCDP");
        await Expect(panel.Locator("tr[data-field=fatalities] .was")).ToContainTextAsync("3 (UCDP");
        var review = Assert.Single(live.Store.GetIncident(clash.Id)!.Reviews);
        Assert.Equal(("fatalities", "3", "5", "T. Reviewer"), (review.Field, review.OldValue, review.NewValue, review.Reviewer));
        Assert.Equal(3, live.Store.GetIncident(clash.Id)!.Events.Single().Record.Fatalities);
        await Expect(Rows(page).Filter(new() { HasText = "Armed clash" })).ToContainTextAsync("corrected");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Markup_in_a_report_title_text_or_actor_shows_as_text_and_runs_nothing()
    {
        var (page, problems) = await Open();
        var row = Rows(page).Filter(new() { HasText = "Wadi Tall" });
        await Expect(row).ToContainTextAsync(DashboardSeed.HostileActor);
        await row.ClickAsync();
        var panel = page.Locator("#panel");
        await Expect(panel.Locator(".reports")).ToContainTextAsync(DashboardSeed.HostileTitle);
        await Expect(panel.Locator("tr[data-field=location] .sentence").First).ToContainTextAsync("<img src=x onerror=\"window.__pwned = 2\">");
        await Expect(panel.Locator("tr[data-field=actor1] .value")).ToContainTextAsync(DashboardSeed.HostileActor);

        Assert.Equal(0, await page.Locator("#panel img, #panel script, #events img, img[src='x']").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "a payload ran");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Dragging_across_the_timeline_narrows_the_map_and_the_table_to_those_dates()
    {
        var (page, problems) = await Open();
        var box = (await page.Locator("#timeline").BoundingBoxAsync())!;
        // The seeded days run from 2 March to 15 April; the first third of the axis holds March's incidents only.
        await page.Mouse.MoveAsync(box.X + 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.4f, box.Y + box.Height / 2, new() { Steps = 5 });
        await page.Mouse.UpAsync();

        await Expect(page.Locator("#range")).ToContainTextAsync("2024-03-02 to");
        var dates = await page.Locator("#events tbody tr td:first-child").AllInnerTextsAsync();
        Assert.InRange(dates.Count, 1, 5);
        Assert.All(dates, d => Assert.StartsWith("2024-03", d));
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-points", dates.Count.ToString());

        await page.Locator("#clear-range").ClickAsync();
        await Expect(Rows(page)).ToHaveCountAsync(6);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
