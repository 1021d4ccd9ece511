using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Segmentation;

/// <summary>Reads a dateline ("KABUL, Afghanistan (Jan. 25, 2013) –") at the start of a paragraph.</summary>
internal sealed class DatelineReader(SegmentationRules rules)
{
    /// <summary>The dateline at the paragraph's start, or null. Its span ends after the separator.</summary>
    public Dateline? Read(string text, TextSpan paragraph)
    {
        var line = text.Substring(paragraph.Start, paragraph.Length);
        foreach (var pattern in rules.Datelines)
        {
            var m = pattern.Match(line);
            if (!m.Success) continue;
            var sep = m.Groups["sep"].Value;
            bool fillsLine = m.Index + m.Length == line.Length;
            bool placeOnly = !m.Groups["country"].Success && !m.Groups["paren"].Success;
            if (sep.Length == 0 && !fillsLine) continue;
            if (fillsLine && placeOnly) continue;

            DateOnly? date = null;
            if (m.Groups["paren"].Success &&
                rules.DateWords.TryParseCalendarDate(m.Groups["paren"].Value, out var y, out var mo, out var d) && y is { } year)
                date = new DateOnly(year, mo, d);

            var place = m.Groups["place"].Value + (m.Groups["country"].Success ? ", " + m.Groups["country"].Value : "");
            var end = paragraph.Start + SentenceSplitter.TrimEnd(line, 0, m.Index + m.Length);
            return new Dateline(new TextSpan(paragraph.Start, end), place, date);
        }
        return null;
    }
}
