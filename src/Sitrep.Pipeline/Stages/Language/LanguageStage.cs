using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Language;

/// <summary>
/// Decides whether the report is English, the only language Sitrep reads. Other languages get a warning
/// and no events: coding text the lexicons cannot read would only produce confident nonsense.
/// </summary>
public sealed class LanguageStage : IStage
{
    private readonly HashSet<string> _englishWords;

    public LanguageStage(IEnumerable<string> englishFunctionWords) =>
        _englishWords = new HashSet<string>(englishFunctionWords, StringComparer.OrdinalIgnoreCase);

    public string Name => "language";

    public static LanguageStage Create(PipelineOptions options) =>
        new(LexiconFile.Lines(options, "english-function-words.txt").Select(l => l.Trim()));

    public void Process(Document document) => document.Language = Detect(document.Text);

    public string Detect(string text)
    {
        int letters = 0, latin = 0, arabic = 0, cyrillic = 0, cjk = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x250) latin++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c >= '\u3040') cjk++;
        }
        if (letters == 0) return "und";
        if (latin < letters * 0.6)
            return arabic >= cyrillic && arabic >= cjk ? "ar" : cyrillic >= cjk ? "ru" : "zh";

        int words = 0, hits = 0;
        foreach (var w in text.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (_englishWords.Contains(w)) hits++;
        }
        // English prose runs at 30-50% function words; short headlines still carry a few.
        if (words < 8) return hits > 0 ? "en" : "und";
        return hits >= words * 0.12 ? "en" : "und";
    }
}
