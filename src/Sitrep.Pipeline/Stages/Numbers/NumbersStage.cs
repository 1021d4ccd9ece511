using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Numbers;

/// <summary>
/// Finds counts in reporting sentences: digits, number words, vague words with ACLED's fixed values, qualifiers and
/// ranges, and what each counts (killed, injured, arrested, targets, strikes...). Dates, ages, times, percentages,
/// money, ordinals, measures and labels are not counts. Value is the conservative figure; Low/High the range.
/// </summary>
public sealed class NumbersStage(NumberRules rules) : IStage
{
    private static readonly Regex OneOfThe = new(@"^\s+of\s+(?:the|its|their|his|her|our|those|these|them)\b", RegexOptions.Compiled | RegexOptions.IgnoreCase);
    private static readonly Regex CalendarYear = new(@"^(?:19|20)\d{2}$", RegexOptions.Compiled);
    private const int Window = 40;
    private readonly CountedThingReader _reader = new(rules);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _startWords =
        new HashSet<string>(rules.StartWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "numbers";

    public static NumbersStage Create(PipelineOptions options) => new(NumberRules.Load(options));

    public void Process(Document document)
    {
        var text = document.Text;
        var blocked = rules.NotCountSpans.SelectMany(r => r.Matches(text)).Select(m => new TextSpan(m.Index, m.Index + m.Length))
            .Concat(document.Dates.Select(d => d.Span)).ToList();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsBoilerplate) continue;
            foreach (var m in QuantitiesIn(text, sentence.Span))
                if (Read(document, sentence, m, blocked) is { } q) document.Quantities.Add(q);
            for (var m = rules.Article.Match(text, sentence.Span.Start, sentence.Span.Length); m.Success; m = m.NextMatch())
                if (!document.Quantities.Any(q => q.Span.Contains(m.Index)) && ReadArticle(document, sentence, m) is { } q)
                    document.Quantities.Add(q);
        }
        document.Quantities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Quantity matches, tried only where a word that can start one begins (a full scan of every offset is slow).</summary>
    private IEnumerable<Match> QuantitiesIn(string text, TextSpan sentence)
    {
        int i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) || (i > 0 && IsGlued(text[i - 1]))) { i++; continue; }
            int wordEnd = i;
            while (wordEnd < sentence.End && char.IsLetter(text[wordEnd])) wordEnd++;
            if (char.IsDigit(c) || _startWords.Contains(text.AsSpan(i, wordEnd - i)))
            {
                var m = rules.QuantityAt.Match(text, i, sentence.End - i);
                if (m.Success) { yield return m; i = m.Index + Math.Max(1, m.Length); continue; }
            }
            i = Math.Max(wordEnd, i + 1);
            while (i < sentence.End && char.IsLetterOrDigit(text[i])) i++;
        }
    }

    // A number glued to what precedes it ("AK-47", "$5", "x2", "3.5") is part of something else.
    private static bool IsGlued(char previous) => char.IsLetterOrDigit(previous) || previous is '.' or ',' or '/' or ':' or '$' or '€' or '£' or '#' or '+' or '-' or '_';

    private Quantity? Read(Document document, Sentence sentence, Match m, List<TextSpan> blocked)
    {
        var text = document.Text;
        var span = new TextSpan(m.Index, m.Index + m.Length);
        if (blocked.Any(b => b.Overlaps(span))) return null;

        if (FigureOf(m) is not { } figure) return null;
        var (value, high, qualifier, vague, numberText) = figure;
        if (figure.End is { } shorter) span = new TextSpan(span.Start, shorter);

        var after = text.Substring(span.End, Math.Min(Window, sentence.Span.End - span.End));
        var before = text[Math.Max(sentence.Span.Start, span.Start - Window)..span.Start];
        if (rules.NotCountAfter.Any(r => r.IsMatch(after)) || rules.NotCountBefore.Any(r => r.IsMatch(before))) return null;
        if (numberText.Equals("one", StringComparison.OrdinalIgnoreCase) && OneOfThe.IsMatch(after)) return null;

        var reading = _reader.Read(text, span, sentence.Span);
        var thing = reading?.Thing switch
        {
            null => CountedThing.Unknown,
            "Killed-if-zero" => value == 0 ? CountedThing.Killed : CountedThing.Unknown,
            var t => Enum.Parse<CountedThing>(t),
        };
        if (thing == CountedThing.Unknown && (!IsBareCount(numberText, vague, value) || FollowsAName(text, span, sentence.Span))) return null;

        var confidence = reading?.How switch { "after-cue" => 0.9, "before-cue" => 0.85, "noun" => 0.8, _ => 0.5 } * (vague ? 0.8 : 1.0);
        return new Quantity(span, text.Substring(span.Start, span.Length), value, value, high, qualifier, thing,
            Provenance.Rule($"numbers.{reading?.How ?? "uncounted"}", confidence))
        {
            Sentence = sentence.Index,
            CountedSpan = reading?.Cue,
            SubjectSpan = reading?.Subject,
            Subject = reading?.Subject is { } s ? text.Substring(s.Start, s.Length) : null,
        };
    }

    private static readonly HashSet<CountedThing> HappenedTo =
        [CountedThing.Killed, CountedThing.Injured, CountedThing.Arrested, CountedThing.Captured, CountedThing.Abducted];

    /// <summary>"killed a civilian", "an insurgent was wounded": one person to whom something happened.</summary>
    private Quantity? ReadArticle(Document document, Sentence sentence, Match m)
    {
        var span = new TextSpan(m.Index, m.Index + m.Length);
        var reading = _reader.Read(document.Text, span, sentence.Span);
        if (reading is not { SubjectNoun: "People", Subject: { } subject } ||
            !Enum.TryParse<CountedThing>(reading.Thing, out var thing) || !HappenedTo.Contains(thing) ||
            (reading.How == "after-cue" && !reading.CueIsPassive) || reading.How == "noun")
            return null;
        // "killing the driver", "killing its rider": one, where the cue comes first and the noun is singular; "the
        // soldiers" are not counted.
        if (m.Value.ToLowerInvariant() is "the" or "its" or "his" or "her" && (reading.How != "before-cue" || !IsSingularPerson(document.Text, subject)))
            return null;
        return new Quantity(span, m.Value, 1, 1, 1, QuantityQualifier.Exact, thing, Provenance.Rule($"numbers.article-{reading.How}", 0.7))
        {
            Sentence = sentence.Index,
            CountedSpan = reading.Cue,
            SubjectSpan = subject,
            Subject = document.Text.Substring(subject.Start, subject.Length),
        };
    }

    // A singular noun is one whose plural the counted-people nouns also know ("driver" and "drivers"); collective
    // nouns ("police", "staff") and plurals fail this without a word list of their own.
    private bool IsSingularPerson(string text, TextSpan subject)
    {
        var head = text.Substring(subject.Start, subject.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        var people = rules.Nouns.Where(n => n.Thing == "People").Select(n => n.Noun).ToList();
        return people.Any(n => n.IsMatch(head)) && people.Any(n => n.IsMatch(head + "s"));
    }

    private readonly record struct Figure(int Value, int? High, QuantityQualifier Qualifier, bool Vague, string NumberText)
    {
        /// <summary>Where the quantity really ends when the matched "range" was none ("3-1").</summary>
        public int? End { get; init; }
    }

    /// <summary>The value, range and qualifier of a matched quantity; null when it is no whole number.</summary>
    private Figure? FigureOf(Match m)
    {
        var qualifier = m.Groups["qual"].Success ? QualifierOf(m.Groups["qual"].Value) : QuantityQualifier.Exact;
        if (m.Groups["vague"].Success)
        {
            var (v, q) = VagueOf(m.Groups["vague"].Value);
            return new Figure(v, q == QuantityQualifier.Exact ? v : null, m.Groups["qual"].Success ? qualifier : q, true, m.Groups["vague"].Value);
        }
        var n1Text = m.Groups["n1"].Value;
        if (rules.ValueOf(n1Text) is not { } n1 || n1 > int.MaxValue) return null;
        int value = (int)n1;
        if (m.Groups["n2"].Success && rules.ValueOf(m.Groups["n2"].Value) is { } n2 && n2 > n1 && n2 <= int.MaxValue)
            return new Figure(value, (int)n2, qualifier == QuantityQualifier.Exact ? QuantityQualifier.Range : qualifier, false, n1Text);
        int? high = qualifier is QuantityQualifier.AtLeast or QuantityQualifier.MoreThan ? null : value;
        return new Figure(value, high, qualifier, false, n1Text)
        {
            End = m.Groups["n2"].Success ? m.Groups["n1"].Index + m.Groups["n1"].Length : null,
        };
    }

    // A number that counts nothing we know of is kept only when it is plainly a count: digits that are not a year,
    // or a number word other than "one" (a pronoun as often as a number).
    private static bool IsBareCount(string numberText, bool vague, int value) =>
        !vague && value > 0 && !CalendarYear.IsMatch(numberText.Trim()) &&
        !numberText.Trim().Equals("one", StringComparison.OrdinalIgnoreCase) &&
        !numberText.TrimStart().StartsWith("a ", StringComparison.OrdinalIgnoreCase);

    // "France 24", "Channel 4": a number right after a capitalised word inside a sentence is part of a name.
    private static bool FollowsAName(string text, TextSpan number, TextSpan sentence)
    {
        int i = number.Start - 1;
        if (i < sentence.Start || text[i] != ' ') return false;
        int end = i;
        while (i > sentence.Start && char.IsLetter(text[i - 1])) i--;
        return end > i && i > sentence.Start && char.IsUpper(text[i]);
    }

    private QuantityQualifier QualifierOf(string text)
    {
        foreach (var (phrase, q) in rules.Qualifiers)
            if (phrase.IsMatch(text)) return q;
        return QuantityQualifier.Exact;
    }

    private (int Value, QuantityQualifier Qualifier) VagueOf(string text)
    {
        foreach (var (phrase, v, q) in rules.Vague)
            if (phrase.IsMatch(text)) return (v, q);
        return (0, QuantityQualifier.Vague);
    }
}
