using Sitrep.Core;

namespace Sitrep.Eval;

/// <summary>What the pipeline produced for one report: its records, or why it failed.</summary>
public sealed record SystemOutput(string ReportId, IReadOnlyList<EventRecord> Records, Document? Document = null, string? Failure = null)
{
    public static SystemOutput Empty(string id) => new(id, []);
}

/// <summary>Reading fields and their evidence off event records.</summary>
public static class Records
{
    /// <summary>
    /// The main event of a report: the record whose type was found earliest in the text (news and press
    /// releases lead with their main event), the more confident one on a tie. Null when there is none.
    /// </summary>
    public static EventRecord? Main(IReadOnlyList<EventRecord> records) => records
        .Select((r, i) => (Record: r, Index: i))
        .OrderBy(x => FirstOffset(x.Record))
        .ThenByDescending(x => x.Record.Confidence)
        .ThenBy(x => x.Index)
        .Select(x => x.Record)
        .FirstOrDefault();

    private static readonly string[] TypeFields = ["sub_event_type", "event_type"];

    private static int FirstOffset(EventRecord r)
    {
        var typed = r.Evidence.Where(e => TypeFields.Contains(e.Field)).Select(e => e.Start).DefaultIfEmpty(int.MaxValue).Min();
        return typed != int.MaxValue ? typed : r.Evidence.Select(e => e.Start).DefaultIfEmpty(int.MaxValue).Min();
    }

    /// <summary>
    /// The evidence behind a field (first of the given names that has any), else the evidence of the field it
    /// derives from (admin1 from the location, inter2 from actor2...), else null.
    /// </summary>
    public static Evidence? EvidenceFor(EventRecord? r, params string[] fields)
    {
        if (r is null) return null;
        foreach (var f in fields.Concat(fields.Select(DerivedFrom).OfType<string>()))
            if (r.Evidence.FirstOrDefault(e => string.Equals(e.Field, f, StringComparison.OrdinalIgnoreCase)) is { } e) return e;
        return null;
    }

    /// <summary>The field whose evidence also stands behind this one.</summary>
    public static string? DerivedFrom(string field) => field switch
    {
        "admin1" or "admin2" or "country" or "iso2" or "iso3" or "latitude" or "longitude" or "geo_precision" => "location",
        "inter1" or "assoc_actor_1" or "interaction" => "actor1",
        "inter2" or "assoc_actor_2" => "actor2",
        "sub_event_type" or "plover_event" or "plover_mode" or "cameo_root" => "event_type",
        "fatalities_low" or "fatalities_high" => "fatalities",
        "date_start" or "date_end" or "time_precision" => "event_date",
        _ => null,
    };

    /// <summary>The confidence behind a field: its evidence's, else the record's.</summary>
    public static double ConfidenceOf(EventRecord r, params string[] fields) => EvidenceFor(r, fields)?.Confidence ?? r.Confidence;

    /// <summary>Evidence text for an error example, shortened so a scorecard quotes a phrase, not a report.</summary>
    public static string EvidenceText(EventRecord? r, params string[] fields)
    {
        var e = EvidenceFor(r, fields);
        if (e is null) return r is null ? "(no event)" : "(no evidence recorded)";
        return Shorten(e.Text);
    }

    public static string Shorten(string text, int max = 100)
    {
        var t = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t.Length <= max ? t : t[..(max - 1)] + "…";
    }

    /// <summary>The first whole number in a claim value ("at least 6" → 6), else null.</summary>
    public static int? NumberIn(string? value)
    {
        if (value is null) return null;
        var digits = new string(value.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
        return digits.Length > 0 && int.TryParse(digits, out var n) ? n : null;
    }
}
