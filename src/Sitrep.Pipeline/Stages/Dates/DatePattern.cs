using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Pipeline.Stages.Dates;

/// <summary>One date expression from dates-patterns.tsv: its regex, how to resolve it and how sure a match is.</summary>
public sealed record DatePattern(string Name, string Rule, int A, int B, double Confidence, Regex Regex)
{
    public static IReadOnlyList<DatePattern> Load(PipelineOptions options, DateWords words, IReadOnlyDictionary<string, int> numberWords)
    {
        var number = @"(?:\d{1,2}|" + string.Join("|", numberWords.Where(kv => kv.Value is > 0 and < 100)
            .Select(kv => kv.Key).OrderByDescending(k => k.Length).Select(Regex.Escape)) + ")";
        var patterns = new List<DatePattern>();
        foreach (var row in LexiconFile.Rows(options, "dates-patterns.tsv", 4))
        {
            var source = row[3].Replace("{MONTH}", words.MonthPattern).Replace("{WEEKDAY}", words.WeekdayPattern).Replace("{NUMBER}", number);
            var parts = row[1].Split(':');
            int a = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
            int b = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : a;
            patterns.Add(new DatePattern(row[0], parts[0], a, b, double.Parse(row[2], CultureInfo.InvariantCulture),
                new Regex(source, RegexOptions.Compiled | RegexOptions.CultureInvariant)));
        }
        return patterns;
    }
}
