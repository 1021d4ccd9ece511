namespace Sitrep.Core;

/// <summary>How much of a date the source supports (ACLED time_precision 1..3 for Day, Week, Month).</summary>
public enum DatePrecision { Day = 1, Week = 2, Month = 3, Year = 4 }

/// <summary>
/// A date as precise as the text allows: an inclusive range [Start, End] with a precision.
/// When no reference date is known, relative or year-less dates keep Month/Day and YearKnown is false;
/// Start/End are then null: the year is never guessed from the clock.
/// </summary>
public sealed record FuzzyDate(DateOnly? Start, DateOnly? End, DatePrecision Precision, bool YearKnown = true,
    int? Month = null, int? Day = null)
{
    public static FuzzyDate OnDay(DateOnly d) => new(d, d, DatePrecision.Day, true, d.Month, d.Day);
    public static FuzzyDate Between(DateOnly start, DateOnly end, DatePrecision precision) =>
        new(start, end, precision, true);

    /// <summary>The single date to code: the end of a day range ("overnight" → the later day), the middle of a week or month.</summary>
    public DateOnly? Coded => Precision switch
    {
        DatePrecision.Day => End,
        _ when Start is { } s && End is { } e => s.AddDays((e.DayNumber - s.DayNumber) / 2),
        _ => End,
    };

    /// <summary>ISO 8601 text; an unknown year is written XXXX (ISO 8601-2 unspecified digits).</summary>
    public string ToIso()
    {
        if (Coded is { } c) return c.ToString("yyyy-MM-dd");
        var m = Month is { } mm ? mm.ToString("00") : "XX";
        var d = Day is { } dd ? dd.ToString("00") : "XX";
        return $"XXXX-{m}-{d}";
    }
}

public enum DateKind { Absolute, Relative, Weekday, Vague }

/// <summary>A date expression found in the text, resolved against the reference date.</summary>
public sealed record DateMention(TextSpan Span, string Text, FuzzyDate Value, DateKind Kind, Provenance By)
{
    public int Sentence { get; init; } = -1;
}
