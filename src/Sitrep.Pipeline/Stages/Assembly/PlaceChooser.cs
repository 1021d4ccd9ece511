using Sitrep.Core;
using Sitrep.Pipeline.Stages.Attribution;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>
/// Picks where a mention's event happened: the most specific resolved place in its clause, else in its
/// sentence. Places named as an origin ("fighters from X") or as country evidence ("Syrian") are not locations.
/// </summary>
public sealed partial class PlaceChooser(Document doc, ClauseMap clauses, ReportingFrame frame, IReadOnlySet<string> locativeCues,
    IReadOnlySet<string>? eventNouns = null)
{
    /// <summary>
    /// A place of the sentence that is not plainly the scene: named on the reporting side ("Residents of a village
    /// in X accused soldiers of killing ...") or without a locative word ("an X market blast"). Weaker evidence,
    /// used only when nothing else places the event, and never to tell events apart.
    /// </summary>
    public PlaceMention? FramedFor(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return null;
        var sentence = doc.Sentences[m.Sentence].Span;
        return doc.Places
            .Where(p => p.Resolved is not null && !p.IsCountryEvidenceOnly && sentence.Contains(p.Span.Start))
            .Where(p => !IsOrigin(p) && (!IsScene(p) || frame.IsFrame(p.Span, m.Trigger)))
            .Where(p => !doc.Actors.Any(a => a.Span.Overlaps(p.Span)) && clauses.QuoteAt(p.Span.Start) is null)
            .OrderByDescending(p => PlaceRank.Specificity(p.Resolved!.Kind))
            .FirstOrDefault();
    }

    public PlaceMention? For(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return null;
        var sentence = doc.Sentences[m.Sentence].Span;
        var clause = clauses.ClauseAt(sentence, m.Trigger.Start);
        return doc.Places
            .Where(p => p.Resolved is not null && !p.IsCountryEvidenceOnly && sentence.Contains(p.Span.Start))
            .Where(p => !IsOrigin(p) && IsScene(p) && !frame.IsFrame(p.Span, m.Trigger))
            // Part of an actor's name ("US troops", "Syrian forces") or of a quote the trigger is not in.
            .Where(p => !doc.Actors.Any(a => a.Span.Overlaps(p.Span)))
            .Where(p => clauses.QuoteAt(p.Span.Start) is not { } q || q.Contains(m.Trigger.Start))
            // "launched the strikes over the attacks on Aug. 15 at the Al-Tanf garrison": the place is the attacks'.
            .Where(p => !ClaimedByAnotherEventNoun(p.Span, m))
            .OrderBy(p => clause.Contains(p.Span.Start) ? 0 : 1)
            .ThenByDescending(p => PlaceRank.Specificity(p.Resolved!.Kind))
            .ThenBy(p => Math.Abs(p.Span.Start - m.Trigger.Start))
            .FirstOrDefault();
    }

    /// <summary>
    /// The nearest scene in the trigger's clause that no gazetteer knows, where the text calls it a place ("the village
    /// of X", "X district", "near X"): its name is kept, never given a point. A bare "in X" is not enough, since
    /// unknown capitalized words after "in" are as often months, titles or acronyms.
    /// </summary>
    public PlaceMention? UnknownFor(EventMention m)
    {
        if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Count) return null;
        var clause = clauses.ClauseAt(doc.Sentences[m.Sentence].Span, m.Trigger.Start);
        return doc.Places
            .Where(p => p.Resolved is null && p.Qualifier is not (null or "dateline") && clause.Contains(p.Span.Start))
            .Where(p => !IsOrigin(p) && IsScene(p) && !frame.IsFrame(p.Span, m.Trigger))
            .Where(p => !doc.Actors.Any(a => a.Span.Overlaps(p.Span)) && clauses.QuoteAt(p.Span.Start) is null)
            .Where(p => !ClaimedByAnotherEventNoun(p.Span, m))
            .OrderBy(p => Math.Abs(p.Span.Start - m.Trigger.Start))
            .FirstOrDefault();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\p{L}]+")]
    private static partial System.Text.RegularExpressions.Regex Word();

    /// <summary>
    /// True when an event noun of the sentence other than the trigger ("attacks") stands nearer the place, after the
    /// trigger and with no comma between it and the place: the place is where that other event happened.
    /// </summary>
    private bool ClaimedByAnotherEventNoun(TextSpan place, EventMention m)
    {
        if (eventNouns is null || eventNouns.Count == 0 || place.Start < m.Trigger.End) return false;
        var between = doc.Text[m.Trigger.End..place.Start];
        foreach (System.Text.RegularExpressions.Match w in Word().Matches(between))
        {
            if (!eventNouns.Contains(w.Value.ToLowerInvariant()) || SameEventNoun.Is(doc.Text, m.Trigger.End + w.Index)) continue;
            var after = between[(w.Index + w.Length)..];
            if (!after.Contains(',') && after.Length < between.Length / 2 + 1) return true;
        }
        return false;
    }

    // Words that may stand between a locative word and its place: "in the eastern province of X".
    private static readonly HashSet<string> Modifiers =
    [
        "the", "a", "an", "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
        "northeastern", "northwestern", "southeastern", "southwestern", "rural", "outskirts", "town", "village", "city",
        "province", "district", "region", "state", "county", "governorate", "area", "areas", "parts", "part", "of",
        "villages", "towns", "districts", "provinces",
    ];

    private const int MaxSceneReach = 10;

    /// <summary>
    /// "in X", "near X", "hitting X", also through a list of names ("in Mata Khan district, Paktika province"):
    /// walking back from the place over names, commas and place nouns reaches a locative word.
    /// </summary>
    private bool IsScene(PlaceMention p)
    {
        var i = p.Span.Start;
        for (var words = 0; words < MaxSceneReach && i > 0;)
        {
            var c = doc.Text[i - 1];
            if (c is '.' or ';' or ':' or '\n' or '(' or ')') return false;
            if (!char.IsLetterOrDigit(c) && c is not ('\'' or '’' or '-')) { i--; continue; }
            var end = i;
            while (i > 0 && (char.IsLetterOrDigit(doc.Text[i - 1]) || doc.Text[i - 1] is '\'' or '’' or '-')) i--;
            var word = doc.Text[i..end];
            words++;
            var lower = word.ToLowerInvariant();
            if (locativeCues.Contains(lower)) return true;
            if (Modifiers.Contains(lower) || char.IsUpper(word[0])) continue;
            return false;
        }
        return false;
    }

    private bool IsOrigin(PlaceMention p)
    {
        var from = Math.Max(0, p.Span.Start - 6);
        var before = doc.Text[from..p.Span.Start].TrimEnd().ToLowerInvariant();
        return before.EndsWith(" from", StringComparison.Ordinal) || before == "from";
    }

    /// <summary>The best of several mentions' places: the most specific; ties go to the earliest.</summary>
    public static PlaceMention? Best(IEnumerable<PlaceMention?> places) =>
        places.Where(p => p?.Resolved is not null)
            .Select((p, i) => (p: p!, i))
            .OrderByDescending(x => PlaceRank.Specificity(x.p.Resolved!.Kind))
            .ThenBy(x => x.i)
            .Select(x => x.p)
            .FirstOrDefault();

    /// <summary>
    /// Where the report as a whole is, for events whose own sentences name only a country or nothing: the
    /// country most often named as a scene ("in X", "hitting X"), and its most-named first-level region.
    /// </summary>
    // The focus depends only on the document and the country asked for; long reports ask for it once per event.
    private readonly Dictionary<string, PlaceMention?> _focus = new(StringComparer.OrdinalIgnoreCase);

    public PlaceMention? Focus(string? iso2)
    {
        var key = iso2 ?? "";
        if (!_focus.TryGetValue(key, out var focus)) _focus[key] = focus = FindFocus(iso2);
        return focus;
    }

    private PlaceMention? FindFocus(string? iso2)
    {
        var scenes = doc.Places.Where(p => p.Resolved is not null && !p.IsCountryEvidenceOnly && IsScene(p) &&
                                           !doc.Actors.Any(a => a.Span.Overlaps(p.Span)) && !InBoilerplate(p)).ToList();
        iso2 ??= scenes.GroupBy(p => p.Resolved!.Iso2).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.Key).FirstOrDefault() ?? doc.FocusCountry ?? Dateline()?.Resolved!.Iso2;
        if (iso2 is null) return null;
        bool InCountry(PlaceMention p) => string.Equals(p.Resolved!.Iso2, iso2, StringComparison.OrdinalIgnoreCase);
        // The most-named first-level region among the scenes, represented by its most specific scene.
        var region = scenes.Where(p => InCountry(p) && PlaceRank.Admin1Of(p.Resolved!) is not null)
            .GroupBy(p => PlaceRank.Admin1Of(p.Resolved!)!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start)
            .Select(g => g.OrderByDescending(p => PlaceRank.Specificity(p.Resolved!.Kind)).ThenBy(p => p.Span.Start).First())
            .FirstOrDefault();
        if (region is not null) return region;
        // With no scene below the country, the dateline town ("LAHORE:", "NAIROBI —") is where the report was filed and
        // most often where its event happened: better than the country's centre, and marked as a focus guess.
        if (Dateline() is { } dateline && InCountry(dateline)) return dateline;
        return scenes.Where(p => InCountry(p) && p.Resolved!.Kind == PlaceKind.Country).FirstOrDefault() ??
               doc.Places.Where(p => p.Resolved is { Kind: PlaceKind.Country } && InCountry(p)).OrderBy(p => p.IsCountryEvidenceOnly ? 1 : 0).FirstOrDefault();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:border\s+)?(?:town|village|city|hamlet|district|region|area|province|camp|port)\s+of\s+(?:the\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DescribedPlace();

    /// <summary>"the south Lebanese village of Khiam": the country the text gives the place it describes.</summary>
    public PlaceMention? CountryDescribing(PlaceMention place) =>
        doc.Places.LastOrDefault(p => p.Resolved is { Kind: PlaceKind.Country } && p.Span.End <= place.Span.Start &&
                                      place.Span.Start - p.Span.End <= 40 && DescribedPlace().IsMatch(doc.Text[p.Span.End..place.Span.Start]));

    /// <summary>The report's own mention of a country, as a location or as country evidence.</summary>
    public PlaceMention? CountryMention(string iso2) =>
        doc.Places.Where(p => p.Resolved is { Kind: PlaceKind.Country } r && string.Equals(r.Iso2, iso2, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.IsCountryEvidenceOnly ? 1 : 0).FirstOrDefault();

    private PlaceMention? Dateline() =>
        doc.Places.FirstOrDefault(p => p.Qualifier == "dateline" && p.Resolved is { Kind: not PlaceKind.Country });

    private bool InBoilerplate(PlaceMention p) =>
        doc.SentenceIndexAt(p.Span.Start) is var i and >= 0 && doc.Sentences[i].IsBoilerplate;
}
