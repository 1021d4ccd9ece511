using System.Text.Json;
using Sitrep.Storage.Export;
using Sitrep.Storage.Reviews;

namespace Sitrep.Storage.Tests;

/// <summary>Analysts' reviews: an audit trail over the machine's coding, on both stores.</summary>
public class ReviewTests
{
    private static readonly Func<string, (string, string, string)?> Countries = s => CountryNames.Default.Find(s);

    private static ReviewDecision Decide(IncidentRow current, string action, string changesJson = "{}", string? note = null)
    {
        var changes = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(changesJson)!;
        var (decision, problem) = ReviewRules.Check(action, "A. Analyst", note, changes, current, Countries);
        Assert.True(problem is null, problem?.ToString());
        return decision!;
    }

    private static IncidentRow Battle(SqlEventStore store) =>
        Assert.Single(store.QueryIncidents(new EventQuery { EventType = "Battles", Text = "eastern" }).Items);

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_correction_shows_on_the_incident_keeps_the_machine_coding_and_is_audited(string kind)
    {
        using var store = TestStores.New(kind);
        FakeEventStage.Ingest(store, IncidentReports.TenIncidentsOneTownOneDay());
        var battle = Battle(store);
        Assert.Equal(4, battle.Fatalities);

        var detail = store.Review(battle.Id, Decide(battle, "correct", """{"fatalities": 6, "event_type": "Violence against civilians", "sub_event_type": "Attack"}""",
            note: "the hospital's later count"))!;

        Assert.Equal(6, detail.Incident.Fatalities);
        Assert.Equal("Attack", detail.Incident.SubEventType);
        Assert.Equal("corrected", detail.Incident.ReviewStatus);
        Assert.Equal(["event_type", "sub_event_type", "fatalities"], detail.Incident.ReviewedFields);
        // The machine's coding is untouched: the event keeps its values and the machine's record is rebuilt from it.
        Assert.Equal(4, Assert.Single(detail.Events).Record.Fatalities);
        Assert.Equal("Armed clash", detail.Events[0].Record.SubEventType);
        Assert.Equal(4, detail.Machine.Fatalities);
        Assert.Equal("Battles", detail.Machine.EventType);

        Assert.Equal(3, detail.Reviews.Count);
        var fatal = Assert.Single(detail.Reviews, r => r.Field == "fatalities");
        Assert.Equal(("correct", "4", "6", "A. Analyst", "the hospital's later count"), (fatal.Action, fatal.OldValue, fatal.NewValue, fatal.Reviewer, fatal.Note));
        Assert.False(string.IsNullOrEmpty(fatal.ReviewedAt));

        // Filters and exports see the reviewed values.
        Assert.Empty(store.QueryIncidents(new EventQuery { EventType = "Battles", Text = "eastern" }).Items);
        var now = Assert.Single(store.QueryIncidents(new EventQuery { EventType = "Violence against civilians", Text = "eastern" }).Items);
        var csv = new StringWriter();
        AcledCsv.Write(csv, [now]);
        var lines = csv.ToString().TrimEnd().Split('\n');
        Assert.EndsWith(",review_status,reviewed_fields", lines[0].TrimEnd('\r'));
        Assert.EndsWith(",corrected,event_type;sub_event_type;fatalities", lines[1].TrimEnd('\r'));
        Assert.Equal(33, lines[0].Split(',').Length);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void A_rejected_incident_leaves_lists_and_stats_unless_asked_for(string kind)
    {
        using var store = TestStores.New(kind);
        FakeEventStage.Ingest(store, IncidentReports.TenIncidentsOneTownOneDay());
        var battle = Battle(store);
        var before = store.Stats(new EventQuery()).ByType.Sum(c => c.Incidents);

        var detail = store.Review(battle.Id, Decide(battle, "reject", note: "a drill, not a clash"))!;

        Assert.Equal("rejected", detail.Incident.ReviewStatus);
        Assert.Equal(9, store.QueryIncidents(new EventQuery { IncludeTotal = true }).Total);
        Assert.Equal(before - 1, store.Stats(new EventQuery()).ByType.Sum(c => c.Incidents));
        Assert.Equal(battle.Id, Assert.Single(store.QueryIncidents(new EventQuery { Review = ReviewFilter.Rejected }).Items).Id);
        Assert.Equal(10, store.QueryIncidents(new EventQuery { Review = ReviewFilter.All, IncludeTotal = true }).Total);

        // A later confirmation brings it back.
        store.Review(battle.Id, Decide(detail.Incident, "confirm"));
        Assert.Equal("confirmed", Assert.Single(store.QueryIncidents(new EventQuery { Review = ReviewFilter.Reviewed }).Items).ReviewStatus);
        Assert.Equal(10, store.QueryIncidents(new EventQuery { IncludeTotal = true }).Total);
        Assert.Null(store.Review(999_999, Decide(battle, "confirm")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public void Corrections_survive_a_new_report_joining_the_incident_and_a_recode(string kind)
    {
        using var store = TestStores.New(kind);
        var cases = IncidentReports.OneStrikeTenOutlets();
        FakeEventStage.Ingest(store, cases.Take(2).ToList());
        var strike = Assert.Single(store.QueryIncidents(new EventQuery()).Items);
        store.Review(strike.Id, Decide(strike, "correct", """{"location": "Market Square", "latitude": 35.65, "longitude": 36.67}"""));

        FakeEventStage.Ingest(store, cases.Skip(2).Take(2).ToList());
        var merged = Assert.Single(store.QueryIncidents(new EventQuery()).Items);
        Assert.Equal(4, merged.ReportCount);
        Assert.Equal(("Market Square", 35.65, 36.67), (merged.Location, merged.Latitude, merged.Longitude));

        var coder = FakeEventStage.Coder(cases);
        foreach (var report in store.Reports()) store.Recode(report.Id, coder(report.ToSubmission()));
        var recoded = Assert.Single(store.QueryIncidents(new EventQuery()).Items);
        Assert.Equal("Market Square", recoded.Location);
        Assert.Equal(["location", "latitude", "longitude"], recoded.ReviewedFields);
        Assert.Equal(3, store.GetIncident(recoded.Id)!.Reviews.Count);
    }

    [Fact]
    public void A_single_report_incident_keeps_its_reviews_when_recoding_gives_it_a_new_number()
    {
        using var store = TestStores.New("sqlite");
        var cases = IncidentReports.TenIncidentsOneTownOneDay();
        FakeEventStage.Ingest(store, cases);
        var battle = Battle(store);
        store.Review(battle.Id, Decide(battle, "correct", """{"actor2": "Turkistan Islamic Party"}"""));
        var report = store.Reports().Single(r => r.Text.Contains("eastern edge"));

        store.Recode(report.Id, FakeEventStage.Coder(cases)(report.ToSubmission()));

        var after = Assert.Single(store.QueryIncidents(new EventQuery { Text = "eastern" }).Items);
        Assert.NotEqual(battle.Id, after.Id);
        Assert.Equal("Turkistan Islamic Party", after.Actor2);
        Assert.Equal("corrected", after.ReviewStatus);
    }

    [Fact]
    public void The_events_command_exports_and_filters_by_review()
    {
        var db = TestStores.NewLocation("sqlite");
        using (var store = TestStores.Open(db))
        {
            FakeEventStage.Ingest(store, IncidentReports.TenIncidentsOneTownOneDay());
            var battle = Battle(store);
            store.Review(battle.Id, Decide(battle, "correct", """{"fatalities": 5}"""));
        }
        var csv = Cli.Run("events", "--db", db, "--format", "csv", "--review", "corrected");
        Assert.True(csv.Exit == 0, csv.Err);
        var lines = csv.Out.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Matches(@",5,,\d+,corrected,fatalities$", lines[1].TrimEnd('\r'));
        var json = Cli.Run("events", "--db", db, "--format", "jsonl", "--review", "unreviewed");
        Assert.Equal(9, json.Out.Trim().Split('\n').Length);
        Assert.Contains("\"reviewed_fields\":[]", json.Out);
        var bad = Cli.Run("events", "--db", db, "--review", "maybe");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--review", bad.Err);
    }

    [Theory]
    [InlineData(null, "--private")]
    [InlineData("false", null)]
    public void A_private_server_without_a_token_refuses_to_start(string? readPublic, string? flag)
    {
        var db = TestStores.NewLocation("sqlite");
        var env = new Dictionary<string, string?> { ["SITREP_TOKEN"] = null, ["SITREP_READ_PUBLIC"] = readPublic };
        var run = Cli.Run(env, ["serve", "--db", db, "--urls", "http://127.0.0.1:1", .. flag is null ? Array.Empty<string>() : [flag]]);
        Assert.Equal(2, run.Exit);
        Assert.Contains("SITREP_TOKEN", run.Err);
        var wrong = Cli.Run(new Dictionary<string, string?> { ["SITREP_READ_PUBLIC"] = "sometimes" }, "serve", "--db", db);
        Assert.Equal(2, wrong.Exit);
        Assert.Contains("SITREP_READ_PUBLIC", wrong.Err);
    }

    [Theory]
    [InlineData("approve", "{}", "action")]
    [InlineData("confirm", """{"fatalities": 3}""", "changes")]
    [InlineData("correct", "{}", "changes")]
    [InlineData("correct", """{"notes": "x"}""", "notes")]
    [InlineData("correct", """{"fatalities": -1}""", "fatalities")]
    [InlineData("correct", """{"fatalities": "many"}""", "fatalities")]
    [InlineData("correct", """{"event_date": "2024-02-30"}""", "event_date")]
    [InlineData("correct", """{"event_date": "2999-01-01"}""", "event_date")]
    [InlineData("correct", """{"latitude": 91}""", "latitude")]
    [InlineData("correct", """{"event_type": "Skirmish"}""", "event_type")]
    [InlineData("correct", """{"event_type": "Protests"}""", "event_type")]
    [InlineData("correct", """{"sub_event_type": "Peaceful protest"}""", "sub_event_type")]
    [InlineData("correct", """{"country": "Atlantis"}""", "country")]
    [InlineData("correct", """{"actor1": ""}""", "actor1")]
    [InlineData("correct", """{"actor1": "a\u0000b"}""", "actor1")]
    [InlineData("correct", """{"actor1": ["x"]}""", "actor1")]
    [InlineData("correct", """{"fatalities": 4}""", "changes")]
    public void Bad_reviews_name_the_field_at_fault(string action, string changes, string field)
    {
        var current = new IncidentRow { Id = 1, EventType = "Battles", SubEventType = "Armed clash", EventDate = "2024-03-02", Actor1 = "A", Fatalities = 4 };
        var (decision, problem) = ReviewRules.Check(action, "A. Analyst", null,
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(changes), current, Countries);
        Assert.Null(decision);
        Assert.Equal(field, problem!.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void An_incident_the_machine_left_without_a_type_takes_other_corrections_and_a_full_type()
    {
        var current = new IncidentRow { Id = 1, EventType = "", SubEventType = "", EventDate = "XXXX-03-12", Actor1 = "A", Fatalities = 0 };
        Dictionary<string, JsonElement> Changes(string json) => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        Assert.NotNull(ReviewRules.Check("correct", "A", null, Changes("""{"fatalities": 2, "event_date": "2024-03-12"}"""), current, Countries).Decision);
        Assert.Equal("event_type", ReviewRules.Check("correct", "A", null, Changes("""{"sub_event_type": "Attack"}"""), current, Countries).Problem!.Field);
        Assert.NotNull(ReviewRules.Check("correct", "A", null, Changes("""{"event_type": "Violence against civilians", "sub_event_type": "Attack"}"""), current, Countries).Decision);
    }

    [Fact]
    public void A_corrected_country_brings_its_iso_codes_and_a_reviewer_is_required()
    {
        var current = new IncidentRow { Id = 1, EventType = "Battles", SubEventType = "Armed clash", Actor1 = "A", Country = "Syria", Iso2 = "SY", Iso3 = "SYR" };
        var (decision, _) = ReviewRules.Check("correct", "A. Analyst", null,
            JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"country": "lb"}"""), current, Countries);
        Assert.Equal(["country=Lebanon", "iso2=LB", "iso3=LBN"], decision!.Changes.Select(c => $"{c.Field}={c.Value}"));
        var (_, problem) = ReviewRules.Check("confirm", "  ", null, null, current, Countries);
        Assert.Equal("reviewer", problem!.Field);
    }

    [Fact]
    public void Evidence_is_shown_inside_its_sentence()
    {
        const string text = "Fighting broke out at dawn. Gen. Haddad said U.S. advisers left. Six people died in the town, a medic said.\nA second paragraph.";
        var start = text.IndexOf("Six", StringComparison.Ordinal);
        Assert.Equal("Six people died in the town, a medic said.", Slice(text, start, start + 3));
        var gen = text.IndexOf("Haddad", StringComparison.Ordinal);
        Assert.Equal("Gen. Haddad said U.S. advisers left.", Slice(text, gen, gen + 6));
        Assert.Equal("Fighting broke out at dawn.", Slice(text, 0, 8));
        Assert.Equal("A second paragraph.", Slice(text, text.Length - 3, text.Length));
    }

    private static string Slice(string text, int s, int e)
    {
        var (a, b) = EvidenceSentences.Around(text, s, e);
        return text[a..b];
    }
}
