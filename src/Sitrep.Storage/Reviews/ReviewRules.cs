using System.Globalization;
using System.Text.Json;

namespace Sitrep.Storage.Reviews;

/// <summary>A review input that failed validation: the field it names and what is wrong.</summary>
public sealed record ReviewProblem(string Field, string Message);

/// <summary>
/// What an analyst may correct, how each correction is checked, and how corrections lay over the machine's
/// incident record. Corrections are kept as text; the incident row shows the latest value for each field.
/// </summary>
public static class ReviewRules
{
    public const int MaxTextLength = 200;
    public const int MaxNoteLength = 2000;
    public const int MaxReviewerLength = 100;

    /// <summary>ACLED's event types and their sub-event types.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> EventTypes = new Dictionary<string, string[]>
    {
        ["Battles"] = ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
        ["Explosions/Remote violence"] = ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED", "Grenade"],
        ["Violence against civilians"] = ["Sexual violence", "Attack", "Abduction/forced disappearance"],
        ["Protests"] = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
        ["Riots"] = ["Violent demonstration", "Mob violence"],
        ["Strategic developments"] = ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
    };

    /// <summary>The fields an analyst may correct, in the order they are listed. iso2 and iso3 follow country.</summary>
    public static readonly string[] Correctable =
    [
        "event_type", "sub_event_type", "event_date", "country", "admin1", "admin2", "location", "latitude", "longitude",
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "fatalities",
    ];

    private static readonly HashSet<string> MayBeEmpty = ["admin1", "admin2", "assoc_actor_1", "actor2", "assoc_actor_2"];

    /// <summary>
    /// Checks a review against the incident as it now stands. Returns the decision to store, or the first problem.
    /// <paramref name="countries"/> turns a name or ISO code into (name, iso2, iso3), or null when unknown.
    /// </summary>
    public static (ReviewDecision? Decision, ReviewProblem? Problem) Check(string? action, string? reviewer, string? note,
        IReadOnlyDictionary<string, JsonElement>? changes, IncidentRow current, Func<string, (string Name, string Iso2, string Iso3)?> countries)
    {
        if (string.IsNullOrWhiteSpace(action)) return Fail("action", $"is missing; expected one of {string.Join(", ", ReviewActions.All)}");
        if (!ReviewActions.All.Contains(action)) return Fail("action", $"'{action}' is not one of {string.Join(", ", ReviewActions.All)}");
        if (string.IsNullOrWhiteSpace(reviewer)) return Fail("reviewer", "is missing: say who reviews (a name or initials)");
        reviewer = reviewer.Trim();
        if (reviewer.Length > MaxReviewerLength) return Fail("reviewer", $"longer than {MaxReviewerLength} characters");
        if (HasControl(reviewer, false)) return Fail("reviewer", "contains control characters");
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength }) return Fail("note", $"longer than {MaxNoteLength} characters");
        if (note is not null && HasControl(note, true)) return Fail("note", "contains control characters");

        var given = changes ?? new Dictionary<string, JsonElement>();
        if (action != ReviewActions.Correct)
            return given.Count > 0
                ? Fail("changes", $"only a '{ReviewActions.Correct}' review changes fields; '{action}' takes none")
                : (new ReviewDecision(action, reviewer, note, []), null);
        if (given.Count == 0) return Fail("changes", "is missing or empty: give the fields to correct, e.g. {\"fatalities\": 6}");

        var list = new List<FieldCorrection>();
        foreach (var field in given.Keys)
            if (!Correctable.Contains(field)) return Fail(field, $"cannot be corrected; correctable fields are {string.Join(", ", Correctable)}");
        foreach (var field in Correctable.Where(given.ContainsKey))
        {
            var (value, problem) = Normalize(field, given[field], countries);
            if (problem is not null) return (null, problem);
            if (field == "country")
            {
                var c = countries(value!)!.Value;
                if (c.Name != ValueOf(current, "country")) list.AddRange([new("country", c.Name), new("iso2", c.Iso2), new("iso3", c.Iso3)]);
                continue;
            }
            if (value != ValueOf(current, field)) list.Add(new FieldCorrection(field, value!));
        }
        if (list.Count == 0) return Fail("changes", "every value given is already the incident's; nothing to correct");

        if (list.Any(c => c.Field is "event_type" or "sub_event_type"))
        {
            var after = list.Aggregate(current, Apply);
            if (!EventTypes.TryGetValue(after.EventType, out var subs))
                return Fail("event_type", $"'{after.EventType}' is not an ACLED event type; give the event_type with the sub_event_type");
            if (!subs.Contains(after.SubEventType))
                return Fail(given.ContainsKey("sub_event_type") ? "sub_event_type" : "event_type",
                    $"'{after.SubEventType}' is not a sub-event type of '{after.EventType}' (those are: {string.Join(", ", subs)})");
        }
        return (new ReviewDecision(action, reviewer, note, list), null);
    }

    private static (string? Value, ReviewProblem? Problem) Normalize(string field, JsonElement raw,
        Func<string, (string Name, string Iso2, string Iso3)?> countries)
    {
        string text;
        switch (raw.ValueKind)
        {
            case JsonValueKind.String: text = raw.GetString()!.Trim(); break;
            case JsonValueKind.Number: text = raw.GetRawText(); break;
            case JsonValueKind.Null: text = ""; break;
            default: return (null, new(field, "must be a string or a number"));
        }
        if (text.Length == 0)
            return MayBeEmpty.Contains(field) ? ("", null) : (null, new(field, "cannot be empty"));
        if (text.Length > MaxTextLength) return (null, new(field, $"longer than {MaxTextLength} characters"));
        if (HasControl(text, false)) return (null, new(field, "contains control characters"));
        var inv = CultureInfo.InvariantCulture;
        switch (field)
        {
            case "event_type":
                return EventTypes.ContainsKey(text) ? (text, null) : (null, new(field, $"'{text}' is not one of {string.Join(", ", EventTypes.Keys)}"));
            case "sub_event_type":
                return EventTypes.Values.Any(s => s.Contains(text)) ? (text, null) : (null, new(field, $"'{text}' is not an ACLED sub-event type"));
            case "event_date":
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var d))
                    return (null, new(field, $"'{text}' is not a date (expected YYYY-MM-DD)"));
                if (d.Year < 1900 || d > DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1))
                    return (null, new(field, $"'{text}' is not between 1900-01-01 and today"));
                return (text, null);
            case "latitude" or "longitude":
                var limit = field == "latitude" ? 90 : 180;
                if (!double.TryParse(text, NumberStyles.Float, inv, out var x) || !double.IsFinite(x) || Math.Abs(x) > limit)
                    return (null, new(field, $"'{text}' is not a number from -{limit} to {limit}"));
                return (Math.Round(x, 5).ToString("0.#####", inv), null);
            case "fatalities":
                if (!int.TryParse(text, NumberStyles.None, inv, out var n) || n > 1_000_000)
                    return (null, new(field, $"'{text}' is not a whole number from 0 to 1000000"));
                return (n.ToString(inv), null);
            case "country":
                return countries(text) is { } c ? (c.Name, null) : (null, new(field, $"'{text}' is not a country name or ISO code Sitrep knows"));
            default:
                return (text, null);
        }
    }

    /// <summary>A field's value as the audit trail writes it.</summary>
    public static string? ValueOf(IncidentRow r, string field) => field switch
    {
        "event_type" => r.EventType,
        "sub_event_type" => r.SubEventType,
        "event_date" => r.EventDate,
        "country" => r.Country,
        "iso2" => r.Iso2,
        "iso3" => r.Iso3,
        "admin1" => r.Admin1,
        "admin2" => r.Admin2,
        "location" => r.Location,
        "latitude" => r.Latitude?.ToString("0.#####", CultureInfo.InvariantCulture),
        "longitude" => r.Longitude?.ToString("0.#####", CultureInfo.InvariantCulture),
        "actor1" => r.Actor1,
        "assoc_actor_1" => r.AssocActor1,
        "actor2" => r.Actor2,
        "assoc_actor_2" => r.AssocActor2,
        "fatalities" => r.Fatalities.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"'{field}' is not a reviewable field", nameof(field)),
    };

    /// <summary>The row with one correction laid over it.</summary>
    public static IncidentRow Apply(IncidentRow r, FieldCorrection c)
    {
        var inv = CultureInfo.InvariantCulture;
        var v = c.Value;
        string? Opt() => v.Length == 0 ? null : v;
        return c.Field switch
        {
            "event_type" => r with { EventType = v },
            "sub_event_type" => r with { SubEventType = v },
            // An analyst's date is a day: ACLED time precision 1.
            "event_date" => r with { EventDate = v, TimePrecision = 1 },
            "country" => r with { Country = v },
            "iso2" => r with { Iso2 = v },
            "iso3" => r with { Iso3 = v },
            "admin1" => r with { Admin1 = Opt() },
            "admin2" => r with { Admin2 = Opt() },
            "location" => r with { Location = v },
            "latitude" => r with { Latitude = double.Parse(v, inv) },
            "longitude" => r with { Longitude = double.Parse(v, inv) },
            "actor1" => r with { Actor1 = v },
            "assoc_actor_1" => r with { AssocActor1 = Opt() },
            "actor2" => r with { Actor2 = Opt() },
            "assoc_actor_2" => r with { AssocActor2 = Opt() },
            // The analyst's figure becomes ACLED's and UCDP's best; the sources' range still bounds it.
            "fatalities" when int.Parse(v, inv) is var n => r with
            {
                Fatalities = n, FatalitiesBest = n, FatalitiesLow = Math.Min(r.FatalitiesLow, n), FatalitiesHigh = Math.Max(r.FatalitiesHigh, n),
            },
            _ => r,
        };
    }

    /// <summary>The machine's row with every correction applied in order, and the status and corrected fields the reviews leave.</summary>
    public static IncidentRow Effective(IncidentRow machine, IReadOnlyList<IncidentReview> reviews)
    {
        if (reviews.Count == 0) return machine with { ReviewStatus = "unreviewed", ReviewedFields = [] };
        var row = machine;
        foreach (var r in reviews.Where(r => r.Action == ReviewActions.Correct && r.Field is not null))
            row = Apply(row, new FieldCorrection(r.Field!, r.NewValue ?? ""));
        var fields = Correctable.Where(f => reviews.Any(r => r.Action == ReviewActions.Correct && r.Field == f)).ToArray();
        return row with { ReviewStatus = ReviewActions.Status(reviews[^1].Action), ReviewedFields = fields };
    }

    private static bool HasControl(string s, bool allowLines) =>
        s.Any(ch => char.IsControl(ch) && !(allowLines && ch is '\n' or '\r' or '\t'));

    private static (ReviewDecision?, ReviewProblem?) Fail(string field, string message) => (null, new ReviewProblem(field, message));
}
