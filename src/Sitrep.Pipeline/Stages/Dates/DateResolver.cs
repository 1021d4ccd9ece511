using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Dates;

/// <summary>
/// Turns a matched date expression into a <see cref="FuzzyDate"/> against the reference date. A year-less date takes
/// the reference year, or the year before when that would put it more than two months after the reference.
/// Without a reference date nothing relative is guessed: the month and day the text gives are kept, the year is unknown.
/// </summary>
public sealed class DateResolver(DateWords words, IReadOnlyDictionary<string, int> numberWords)
{
    private const int MaxDaysAhead = 62;

    /// <summary>The date, or null when the text is not a real date (31 February, month 13).</summary>
    public (FuzzyDate Date, bool NeededReference)? Resolve(DatePattern pattern, Match m, DateOnly? reference)
    {
        var r = reference;
        switch (pattern.Rule)
        {
            case "date":
            {
                if (DayAndMonth(m) is not { } dm) return null;
                var (mo, day) = dm;
                int? year = YearOf(m);
                if (day < 1 || day > DateTime.DaysInMonth(year ?? 2000, mo)) return null;
                if (year is { } y) return (FuzzyDate.OnDay(new DateOnly(y, mo, day)), false);
                if (r is null) return (new FuzzyDate(null, null, DatePrecision.Day, false, mo, day), true);
                if (mo == 2 && day == 29 && !DateTime.IsLeapYear(r.Value.Year)) return null;
                var d = new DateOnly(r.Value.Year, mo, day);
                if (d.DayNumber - r.Value.DayNumber > MaxDaysAhead) d = d.AddYears(-1);
                return (FuzzyDate.OnDay(d), false);
            }
            case "named-month":
            {
                if (MonthOf(m) is not { } month) return null;
                int? year = YearOf(m);
                if (year is null && r is null) return (new FuzzyDate(null, null, DatePrecision.Month, false, month), true);
                var first = new DateOnly(year ?? r!.Value.Year, month, 1);
                if (year is null && first.DayNumber - r!.Value.DayNumber > MaxDaysAhead) first = first.AddYears(-1);
                return (MonthOf(first), year is null);
            }
            case "calendar-year":
            {
                var y = int.Parse(m.Groups["y"].Value);
                return (FuzzyDate.Between(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), DatePrecision.Year), false);
            }
        }

        if (r is not { } rf) return (Unknown(pattern), true);
        return pattern.Rule switch
        {
            "weekday" when words.Weekday(m.Groups["w"].Value) is { } iso => (FuzzyDate.OnDay(rf.AddDays(-DaysBack(rf, iso))), true),
            "day" => (FuzzyDate.OnDay(rf.AddDays(pattern.A)), true),
            "range" => (new FuzzyDate(rf.AddDays(pattern.A), rf.AddDays(pattern.B), DatePrecision.Day), true),
            "week" => (Week(rf.AddDays(7 * pattern.A), pattern.A == 0 ? rf : null), true),
            "month" when pattern.A == 0 => (FuzzyDate.Between(new DateOnly(rf.Year, rf.Month, 1), rf, DatePrecision.Month), true),
            "month" => (MonthOf(new DateOnly(rf.Year, rf.Month, 1).AddMonths(pattern.A)), true),
            "year" when pattern.A == 0 => (FuzzyDate.Between(new DateOnly(rf.Year, 1, 1), rf, DatePrecision.Year), true),
            "year" => (FuzzyDate.Between(new DateOnly(rf.Year + pattern.A, 1, 1), new DateOnly(rf.Year + pattern.A, 12, 31), DatePrecision.Year), true),
            "days-ago" when Count(m) is { } n => (FuzzyDate.OnDay(rf.AddDays(-n)), true),
            "weeks-ago" when Count(m) is { } n => (Week(rf.AddDays(-7 * n), null), true),
            _ => null,
        };
    }

    private static FuzzyDate Unknown(DatePattern pattern) => new(null, null, pattern.Rule switch
    {
        "week" or "weeks-ago" => DatePrecision.Week,
        "month" => DatePrecision.Month,
        "year" => DatePrecision.Year,
        _ => DatePrecision.Day,
    }, false);

    private static int DaysBack(DateOnly reference, int isoWeekday)
    {
        int refIso = reference.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)reference.DayOfWeek;
        return (refIso - isoWeekday + 7) % 7;
    }

    private static FuzzyDate Week(DateOnly inWeek, DateOnly? endCap)
    {
        var monday = inWeek.AddDays(-DaysBack(inWeek, 1));
        var end = endCap ?? monday.AddDays(6);
        return FuzzyDate.Between(monday, end, DatePrecision.Week);
    }

    private static FuzzyDate MonthOf(DateOnly first) =>
        new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month, true, first.Month);

    private int? MonthOf(Match m)
    {
        var text = m.Groups["m"].Value;
        if (int.TryParse(text, out var n)) return n is >= 1 and <= 12 ? n : null;
        return words.Month(text);
    }

    private (int Month, int Day)? DayAndMonth(Match m)
    {
        if (!int.TryParse(m.Groups["d"].Value, out var day)) return null;
        var text = m.Groups["m"].Value;
        if (!int.TryParse(text, out var month)) return words.Month(text) is { } named ? (named, day) : null;
        if (month > 12 && day <= 12) (month, day) = (day, month); // "08/15/2022" can only be month-first
        return month is >= 1 and <= 12 ? (month, day) : null;
    }

    private static int? YearOf(Match m) => m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;

    private int? Count(Match m)
    {
        var t = m.Groups["n"].Value;
        if (int.TryParse(t, out var n)) return n;
        return numberWords.TryGetValue(t.ToLowerInvariant(), out var v) ? v : null;
    }
}
