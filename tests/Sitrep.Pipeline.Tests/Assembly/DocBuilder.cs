using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Pipeline.Tests.Assembly;

/// <summary>
/// Builds a document by hand the way earlier stages would annotate it, marking spans by the text they
/// cover (the n-th occurrence when a phrase repeats), so tests state their inputs in words.
/// </summary>
public sealed class DocBuilder
{
    private static readonly Provenance By = Provenance.Rule("test", 0.9);
    private readonly Document _doc;

    public DocBuilder(string text, DateOnly? published = null, string id = "r1", string? source = null)
    {
        _doc = new Document(id, text, published, source);
        var start = 0;
        var i = 0;
        foreach (Match m in Regex.Matches(text, @"(?<=[.!?][”""]?)\s+(?=[“""A-Z0-9])|\n+"))
        {
            if (m.Index > start) _doc.Sentences.Add(new Sentence(i++, new TextSpan(start, m.Index), 0));
            start = m.Index + m.Length;
        }
        if (start < text.Length) _doc.Sentences.Add(new Sentence(i, new TextSpan(start, text.Length), 0));
    }

    public Document Doc => _doc;

    public TextSpan Find(string phrase, int occurrence = 1)
    {
        var at = -1;
        for (var k = 0; k < occurrence; k++)
        {
            at = _doc.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{phrase}' (occurrence {occurrence}) is not in the text");
        }
        return new TextSpan(at, at + phrase.Length);
    }

    private int SentenceOf(TextSpan s) => _doc.SentenceIndexAt(s.Start);

    public DocBuilder Boilerplate(int sentence)
    {
        _doc.Sentences[sentence] = _doc.Sentences[sentence] with { IsBoilerplate = true };
        return this;
    }

    public DocBuilder Actor(string phrase, string canonical, ActorCategory category, string? home = null,
        bool generic = false, bool sourceOnly = false, string? associated = null, int occurrence = 1)
    {
        var s = Find(phrase, occurrence);
        _doc.Actors.Add(new ActorMention(s, phrase, canonical, category, By)
        {
            Sentence = SentenceOf(s), HomeCountry = home, IsGeneric = generic, IsSourceOnly = sourceOnly, AssociatedActor = associated,
        });
        return this;
    }

    public DocBuilder Place(string phrase, Place place, GeoPrecision precision = GeoPrecision.Exact, bool evidenceOnly = false, int occurrence = 1,
        string? qualifier = null)
    {
        var s = Find(phrase, occurrence);
        _doc.Places.Add(new PlaceMention(s, phrase, place, precision, By) { Sentence = SentenceOf(s), IsCountryEvidenceOnly = evidenceOnly, Qualifier = qualifier });
        return this;
    }

    public DocBuilder Date(string phrase, FuzzyDate value, int occurrence = 1)
    {
        var s = Find(phrase, occurrence);
        _doc.Dates.Add(new DateMention(s, phrase, value, DateKind.Absolute, By) { Sentence = SentenceOf(s) });
        return this;
    }

    public DocBuilder Day(string phrase, int year, int month, int day, int occurrence = 1) =>
        Date(phrase, FuzzyDate.OnDay(new DateOnly(year, month, day)), occurrence);

    public DocBuilder Count(string phrase, int value, CountedThing counts, QuantityQualifier qualifier = QuantityQualifier.Exact,
        int? high = null, int occurrence = 1, string? subject = null)
    {
        var s = Find(phrase, occurrence);
        TextSpan? subjectSpan = subject is null ? null : Find(subject);
        _doc.Quantities.Add(new Quantity(s, phrase, value, value, high, qualifier, counts, By)
            { Sentence = SentenceOf(s), Subject = subject, SubjectSpan = subjectSpan });
        return this;
    }

    public DocBuilder Event(string trigger, EventTypeCode type, Sitrep.Core.Factuality factuality = Sitrep.Core.Factuality.Asserted, int occurrence = 1, double confidence = 0.9)
    {
        var s = Find(trigger, occurrence);
        _doc.EventMentions.Add(new EventMention(s, trigger, SentenceOf(s), type, Provenance.Rule("test.trigger", confidence)) { Factuality = factuality });
        return this;
    }
}

/// <summary>Event types and places used across the tests.</summary>
public static class T
{
    public static readonly EventTypeCode AirStrike = new("Explosions/Remote violence", "Air/drone strike", "ASSAULT", "aerial", "19");
    public static readonly EventTypeCode Shelling = new("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT", "explosives", "19");
    public static readonly EventTypeCode Clash = new("Battles", "Armed clash", "ASSAULT", "firearms", "19");
    public static readonly EventTypeCode AttackOnCivilians = new("Violence against civilians", "Attack", "ASSAULT", "firearms", "18");
    public static readonly EventTypeCode Arrests = new("Strategic developments", "Arrests", "COERCE", "arrest", "17");
    public static readonly EventTypeCode Protest = new("Protests", "Peaceful protest", "PROTEST", "demonstrate", "14");
    public static readonly EventTypeCode Condemn = new("", "", "DISAPPROVE", null, "11");

    public static Place Country(string name, string iso2, string iso3, double lat, double lon) =>
        new($"c-{iso2}", name, PlaceKind.Country, iso2, iso3, name, null, null, lat, lon);

    public static Place Region(string name, string iso2, string iso3, string country, double lat, double lon) =>
        new($"a1-{name}", name, PlaceKind.Admin1, iso2, iso3, country, null, null, lat, lon);

    public static Place Town(string name, string iso2, string iso3, string country, string admin1, double lat, double lon, string? admin2 = null) =>
        new($"p-{name}", name, PlaceKind.Populated, iso2, iso3, country, admin1, admin2, lat, lon);
}
