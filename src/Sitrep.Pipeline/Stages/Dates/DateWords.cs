using System.Text.RegularExpressions;

namespace Sitrep.Pipeline.Stages.Dates;

/// <summary>
/// Month and weekday names from the data folder, and the calendar-date forms built from them
/// ("Jan. 25, 2013", "25 January 2013", "Jan. 25"). Shared by segmentation (dateline dates) and dates.
/// </summary>
public sealed class DateWords
{
    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _weekdays = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _abbreviations = [];
    private readonly Regex _monthDay;
    private readonly Regex _dayMonth;

    public DateWords(IEnumerable<(int Number, IEnumerable<string> Names)> months, IEnumerable<(int IsoDay, string Name)> weekdays)
    {
        foreach (var (n, names) in months)
        {
            var list = names.ToList();
            foreach (var name in list) _months[name] = n;
            _abbreviations.AddRange(list.Skip(1));
        }
        foreach (var (d, name) in weekdays) _weekdays[name] = d;
        MonthPattern = "(?:" + string.Join("|", _months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")(?![a-z])\.?";
        WeekdayPattern = "(?:" + string.Join("|", _weekdays.Keys.Select(Regex.Escape)) + @")(?![a-z])";
        _monthDay = new Regex($@"^(?<m>{MonthPattern})\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{{4}}))?$", RegexOptions.Compiled);
        _dayMonth = new Regex($@"^(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m>{MonthPattern})(?:,?\s+(?<y>\d{{4}}))?$", RegexOptions.Compiled);
    }

    public static DateWords Load(PipelineOptions options) => new(
        LexiconFile.Rows(options, "dates-months.tsv", 2).Select(r => (int.Parse(r[0]),
            (IEnumerable<string>)[r[1], .. (r.Length > 2 ? r[2] : "").Split(' ', StringSplitOptions.RemoveEmptyEntries)])),
        LexiconFile.Rows(options, "dates-weekdays.tsv", 2).Select(r => (int.Parse(r[0]), r[1])));

    /// <summary>A case-sensitive alternation of month names and abbreviations, with an optional period.</summary>
    public string MonthPattern { get; }
    public string WeekdayPattern { get; }
    /// <summary>Short month forms ("Aug", "Sept"): after them a period does not end a sentence.</summary>
    public IEnumerable<string> MonthAbbreviations => _abbreviations;

    public int? Month(string text) => _months.TryGetValue(text.TrimEnd('.'), out var m) ? m : null;

    /// <summary>ISO day number (Monday 1 .. Sunday 7) of a weekday name.</summary>
    public int? Weekday(string text) => _weekdays.TryGetValue(text, out var d) ? d : null;

    /// <summary>Reads a whole string as "Jan. 25, 2013", "25 January 2013" or "Jan. 25" (year null).</summary>
    public bool TryParseCalendarDate(string text, out int? year, out int month, out int day)
    {
        year = null; month = 0; day = 0;
        var m = _monthDay.Match(text.Trim());
        if (!m.Success) m = _dayMonth.Match(text.Trim());
        if (!m.Success || Month(m.Groups["m"].Value) is not { } mo) return false;
        var d = int.Parse(m.Groups["d"].Value);
        int? y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : null;
        if (d < 1 || d > DateTime.DaysInMonth(y ?? 2000, mo)) return false;
        (year, month, day) = (y, mo, d);
        return true;
    }
}
