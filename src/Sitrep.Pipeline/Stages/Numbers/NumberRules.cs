using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Numbers;

/// <summary>The numbers stage's data, loaded once and compiled: number words, vague words, qualifiers, cues, exclusions.</summary>
public sealed class NumberRules
{
    // Interpreted, not compiled: the patterns are only tried at candidate words, and compiling the large
    // quantity pattern costs more at start-up than it saves on a batch.
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public required IReadOnlyDictionary<string, (long Value, string Kind)> Words { get; init; }
    public required IReadOnlyList<(Regex Phrase, int Value, QuantityQualifier Qualifier)> Vague { get; init; }
    public required IReadOnlyList<(Regex Phrase, QuantityQualifier Qualifier)> Qualifiers { get; init; }
    /// <summary>A number with its qualifier, anchored where matching starts: groups qual, vague, n1, n2.</summary>
    public required Regex QuantityAt { get; init; }
    /// <summary>Lower-case words a quantity can start with; matching is tried only at those and at digits.</summary>
    public required IReadOnlySet<string> StartWords { get; init; }
    public required IReadOnlyList<(string Thing, Regex Cue)> AfterCues { get; init; }
    public required IReadOnlyList<(string Thing, Regex Cue)> BeforeCues { get; init; }
    public required IReadOnlyList<(string Thing, Regex Noun)> Nouns { get; init; }
    public required Regex StopWord { get; init; }
    /// <summary>"a"/"an"/"the"/"his" before a noun: a count of one only where a cue and a counted noun say so ("killed a civilian").</summary>
    public Regex Article { get; } = new(@"(?<![\w-])(?:an?|the|its|his|her)(?=\s+\w)", Options);
    public required IReadOnlyList<Regex> NotCountAfter { get; init; }
    public required IReadOnlyList<Regex> NotCountBefore { get; init; }
    public required IReadOnlyList<Regex> NotCountSpans { get; init; }

    public static NumberRules Load(PipelineOptions options)
    {
        var words = LexiconFile.Rows(options, "number-words.tsv", 3)
            .ToDictionary(r => r[0].Trim(), r => (long.Parse(r[1], CultureInfo.InvariantCulture), r[2].Trim()), StringComparer.OrdinalIgnoreCase);
        var vague = LexiconFile.Rows(options, "number-vague.tsv", 3).ToList();
        var qualifiers = LexiconFile.Rows(options, "number-qualifiers.tsv", 2).ToList();
        var counted = LexiconFile.Rows(options, "number-counted.tsv", 3).ToList();
        var notCounts = LexiconFile.Rows(options, "number-not-counts.tsv", 2).ToList();

        string Alt(IEnumerable<string> items) => "(?:" + string.Join("|", items.OrderByDescending(s => s.Length)) + ")";
        string Of(params string[] kinds) => Alt(words.Where(w => kinds.Contains(w.Value.Item2)).Select(w => Regex.Escape(w.Key)));
        var single = $@"(?:{Of("tens")}(?:[ -]{Of("unit")})?|{Of("teen", "unit")})";
        var wordNumber = $@"(?:(?:{single}|an?)\s+{Of("scale")}(?:\s+(?:and\s+)?{single})?|{single})";
        var digits = $@"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:\s+{Of("scale")})?";
        var number = $"(?:{digits}|{wordNumber})";
        var quantity = $@"\G(?:(?<qual>{Alt(qualifiers.Select(q => q[0]))})\s+)?" +
                       $@"(?:(?<vague>{Alt(vague.Select(v => v[0]))})|between\s+(?<n1>{number})\s+and\s+(?<n2>{number})" +
                       $@"|(?<n1>{number})(?:\s*(?:-|–|to|or)\s*(?<n2>{number}))?)(?![\w/]|[.,]\d|%)";

        Regex Anchored(string cue, string prefix) => new(prefix + "(?:" + cue + ")", Options);
        return new NumberRules
        {
            Words = words,
            Vague = vague.Select(v => (new Regex($"^(?:{v[0]})$", Options), int.Parse(v[1], CultureInfo.InvariantCulture), Enum.Parse<QuantityQualifier>(v[2].Trim()))).ToList(),
            Qualifiers = qualifiers.Select(q => (new Regex($"^(?:{q[0]})$", Options), Enum.Parse<QuantityQualifier>(q[1].Trim()))).ToList(),
            QuantityAt = new Regex(quantity, Options),
            StartWords = words.Keys.Concat(qualifiers.Select(q => q[0])).Concat(vague.Select(v => v[0])).Append("between")
                .Select(FirstWord).Where(w => w.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase),
            AfterCues = counted.Where(r => r[1] == "after").Select(r => (r[0], Anchored(r[2], @"\G\s+"))).ToList(),
            BeforeCues = counted.Where(r => r[1] == "before")
                .Select(r => (r[0], new Regex($@"(?<cue>{r[2]})(?:\s+[^.;:()]{{1,60}}?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with))?\s*$", Options | RegexOptions.RightToLeft))).ToList(),
            Nouns = counted.Where(r => r[1] == "noun").Select(r => (r[0], new Regex($"^(?:{r[2]})$", Options))).ToList(),
            StopWord = new Regex($"^(?:{counted.Single(r => r[1] == "stop")[2]})$", Options),
            NotCountAfter = notCounts.Where(r => r[0] == "after").Select(r => new Regex(r[1], Options)).ToList(),
            NotCountBefore = notCounts.Where(r => r[0] == "before").Select(r => new Regex(r[1], Options | RegexOptions.RightToLeft)).ToList(),
            NotCountSpans = notCounts.Where(r => r[0] == "span").Select(r => new Regex(r[1], Options)).ToList(),
        };
    }

    private static string FirstWord(string phrase) => new(phrase.TakeWhile(char.IsLetter).ToArray());

    /// <summary>The value of "1,200", "1.5 million", "twenty-one", "two hundred and fifty", "a dozen"; null if not whole.</summary>
    public long? ValueOf(string text)
    {
        var parts = text.Split((char[])[' ', '-', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        if (char.IsDigit(parts[0][0]))
        {
            if (!decimal.TryParse(parts[0].Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return null;
            foreach (var scale in parts.Skip(1))
            {
                if (!Words.TryGetValue(scale, out var w) || w.Kind != "scale") return null;
                d *= w.Value;
            }
            return d == decimal.Truncate(d) ? (long)d : null; // "5.4" measures something; it counts nothing
        }
        long total = 0, current = 0;
        foreach (var part in parts)
        {
            if (part.Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            if (!Words.TryGetValue(part, out var word)) return null;
            if (word.Kind != "scale") { current += word.Value; continue; }
            current = Math.Max(current, 1) * word.Value;
            if (word.Value >= 1000) { total += current; current = 0; }
        }
        return total + current;
    }
}
