using System.Globalization;
using Sitrep.Core;
using Sitrep.Storage;

namespace Sitrep.Storage.Bench;

/// <summary>
/// News reports made up from a seed, in the team's own sentences, over the places of <see cref="World"/>: incidents
/// of nine kinds spread over a year or more, each told by one to several outlets in their own wording (so the store
/// merges them), some reports telling two or three incidents. Each report comes with the record a coder would make of it,
/// for bulk loading; the ingest benchmark ignores that record and codes the text with the real pipeline.
/// </summary>
public sealed class SyntheticReports
{
    private sealed record Kind(string Sub, string Type, double Weight, string Plover, string Cameo, bool Deadly, string[] Lines, string[] Titles);

    private sealed record Incident(int Id, Kind Kind, World.Country Country, World.Town Town, DateOnly Day, string Actor1, int Inter1,
        string? Actor2, int Inter2, string PerpetratorWords, string Target, int Victims)
    {
        public int ReportsLeft { get; set; }
    }

    // {who}: the perpetrator in words; {dem}: demonym; {town}, {admin1}, {country}; {when}: "on Tuesday"; {n}: victims in words; {target}.
    private static readonly Kind[] Kinds =
    [
        new("Armed clash", "Battles", 22, "FIGHT", "19", true,
            ["{dem} troops clashed with {who} near {town} in {admin1} {when}, killing {n} people, a local official said.",
             "Fighting broke out between the army and {who} in {town}, {admin1}, {when}; {n} were killed, according to residents.",
             "At least {n} people died {when} when {who} attacked an army position outside {town} and soldiers fought back, officials in {admin1} said."],
            ["{N} killed in clashes near {town}", "Fighting in {town} leaves {n} dead", "Army and {who} fight in {admin1}"]),
        new("Air/drone strike", "Explosions/Remote violence", 14, "ASSAULT", "19", true,
            ["A drone strike hit {target} in {town}, {admin1}, {when}, killing {n} people, rescue workers said.",
             "{dem} warplanes bombed {target} in {town} {when}. Medics said {n} people were killed.",
             "An air strike {when} on {target} in the town of {town} in {admin1} killed {n}, a monitoring group reported."],
            ["Air strike on {town} kills {n}", "Drone strike hits {target} in {town}", "{N} dead after air raid in {admin1}"]),
        new("Shelling/artillery/missile attack", "Explosions/Remote violence", 16, "ASSAULT", "19", true,
            ["Artillery shells struck {target} in {town} {when}, killing {n} civilians, the regional governor of {admin1} said.",
             "{town} came under heavy shelling {when}; {n} residents were killed and homes were destroyed, local authorities said.",
             "A missile hit {target} in {town}, {admin1}, {when}, killing {n}, officials said."],
            ["Shelling of {town} kills {n}", "Missile strike on {town}", "{town} shelled again"]),
        new("Attack", "Violence against civilians", 10, "ASSAULT", "18", true,
            ["Gunmen attacked {target} in {town} in {admin1} {when}, killing {n} civilians, police said.",
             "Armed men opened fire on villagers in {town} {when}, killing {n}, a community leader told reporters.",
             "{N} civilians were shot dead in {town}, {admin1}, {when} by unidentified gunmen, residents said."],
            ["Gunmen kill {n} in {town}", "Attack on villagers in {admin1}", "{N} civilians killed in {town}"]),
        new("Peaceful protest", "Protests", 16, "PROTEST", "14",  false,
            ["Hundreds of people protested in {town} {when} against {target}, witnesses said.",
             "Demonstrators marched through {town}, {admin1}, {when} demanding action on {target}.",
             "Residents of {town} rallied peacefully {when} to protest {target}, organisers said."],
            ["Protest in {town} over {target}", "Hundreds rally in {town}", "Demonstrators march in {admin1}"]),
        new("Mob violence", "Riots", 4, "PROTEST", "14", true,
            ["A mob attacked {target} in {town} {when} after a dispute, and {n} people were killed, police in {admin1} said.",
             "Rioters set fire to {target} in {town}, {admin1}, {when}; {n} died in the violence, officials said."],
            ["Mob violence in {town}", "Riot in {town} leaves {n} dead"]),
        new("Arrests", "Strategic developments", 6, "DETAIN", "17", false,
            ["Police arrested {n} people in {town}, {admin1}, {when}, accusing them of links to {who}.",
             "Security forces detained {n} suspects in a raid in {town} {when}, officials said."],
            ["Police arrest suspects in {town}", "{N} detained in {admin1} raid"]),
        new("Remote explosive/landmine/IED", "Explosions/Remote violence", 6, "ASSAULT", "18", true,
            ["A roadside bomb struck a military vehicle near {town} in {admin1} {when}, killing {n} soldiers, the army said.",
             "An improvised explosive device went off near {target} in {town} {when}, killing {n}; officials blamed {who}."],
            ["Roadside bomb kills {n} near {town}", "Bomb blast in {town}"]),
        new("Abduction/forced disappearance", "Violence against civilians", 4, "ASSAULT", "18", false,
            ["Gunmen abducted {n} villagers from {town} in {admin1} {when}, residents said.",
             "Armed men kidnapped {n} people on the road outside {town} {when}, local officials said."],
            ["{N} abducted near {town}", "Kidnapping in {admin1}"]),
    ];

    private static readonly string[] Targets =
        ["a market", "a school", "a hospital", "a mosque", "a church", "a bus station", "a checkpoint", "a fuel depot", "a residential building",
         "a bridge", "a power station", "a displacement camp", "a police station", "a farm", "a water plant", "a bakery", "a convoy", "a wedding party"];

    private static readonly string[] Grievances =
        ["rising fuel prices", "power cuts", "the killing of a student", "delayed salaries", "a new tax", "land seizures", "election results",
         "water shortages", "the arrest of a journalist", "insecurity on the roads"];

    private static readonly string[] Background =
    [
        "The area has seen repeated violence since the start of the year.",
        "Aid agencies warned that food prices had risen sharply across {admin1}.",
        "No group immediately claimed responsibility.",
        "Local hospitals said they were struggling to treat the wounded.",
        "Thousands of families have fled {town} in recent months.",
        "Officials in {country} did not respond to requests for comment.",
        "The road between {town} and the provincial capital remained closed.",
        "A curfew was imposed in parts of {admin1} after the incident.",
        "Residents said mobile networks had been cut for several days.",
        "The United Nations called for an independent investigation.",
        "Schools in the district were closed as a precaution.",
        "Witnesses described scenes of panic as people ran for cover.",
        "It was the deadliest incident in {admin1} this month.",
        "Electricity and water supplies were disrupted in several neighbourhoods.",
        "Funerals for the victims were held the following day.",
        "Security was tightened around government buildings in {town}.",
        "Traders in the central market said business had slowed to a trickle.",
        "Humanitarian workers said access to the area remained limited.",
        "The governor of {admin1} promised compensation for families who lost their homes.",
        "Several villages near {town} have been emptied by the fighting.",
        "Prices of flour and cooking gas have nearly doubled since the spring.",
        "Local radio stations broadcast appeals for blood donors.",
        "Farmers said they could no longer reach their fields outside {town}.",
        "Opposition politicians in {country} called for a parliamentary inquiry.",
        "Displaced families are sheltering in schools and mosques across {admin1}.",
        "A medical charity said its clinic in {town} had run short of supplies.",
        "Journalists were prevented from entering the area, residents said.",
        "The incident was the third of its kind in the district this week.",
        "Talks between community elders and the authorities broke down last month.",
        "Local officials said the death toll could rise as rescue work continued.",
        "Videos shared online appeared to show thick smoke rising over {town}.",
        "Police said an investigation had been opened.",
        "The army said it had reinforced its positions around {town}.",
        "Relatives gathered outside the hospital waiting for news.",
    ];

    private static readonly string[] Outlets =
        ["Northern Wire", "Daily Courier", "Frontline Radio", "Regional Monitor", "The Evening Post", "Capital Times", "Border Herald", "World Desk",
         "Field Dispatch", "Morning Star Agency", "Valley News", "Coastal Tribune", "Relief Bulletin", "Citizen Reporter", "Public Radio Service"];

    private static readonly string[] Speakers =
        ["a local official", "residents", "the army", "police", "a rights group", "medics", "witnesses", "the regional governor", "a monitoring group"];

    private static readonly string[] NumberWords = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static readonly double[] KindCumulative = World.Cumulative(Kinds.Select(k => k.Weight));

    private readonly World _world;
    private readonly Random _random;
    private readonly int _expectedReports;
    private readonly DateOnly _start;
    private readonly List<Incident> _open = [];
    private int _reports, _incidents;

    /// <summary>Events per day worldwide, about ACLED's yearly total spread over the year.</summary>
    public const int EventsPerDay = 550;

    /// <param name="expectedReports">
    /// How many reports will be drawn. Their dates run from the first of January 2020 over at least a year, longer
    /// when there are more reports than a year of news holds at <see cref="EventsPerDay"/>.
    /// </param>
    public SyntheticReports(World world, int seed, int expectedReports)
    {
        _world = world;
        _random = new Random(seed);
        _expectedReports = Math.Max(1, expectedReports);
        _start = new DateOnly(2020, 1, 1);
        _days = Math.Max(366, (int)(_expectedReports * 1.25 / EventsPerDay));
        Seed = seed;
    }

    private readonly int _days;

    /// <summary>The first and last day reports speak of.</summary>
    public (DateOnly First, DateOnly Last) Period => (_start, _start.AddDays(_days - 1));

    public int Seed { get; }

    /// <summary>The next report, its publication after its events, and the record of each event it tells.</summary>
    public (ReportSubmission Report, CodedReport Coding) Next()
    {
        var r = _random;
        var i = _reports++;
        var main = Pick(NextIncident());
        var told = new List<Incident> { main };
        // A fifth of reports also tell an unrelated incident in the same country ("separately, ..."), a few a third.
        var more = r.NextDouble() switch { < 0.05 => 2, < 0.2 => 1, _ => 0 };
        for (var k = 0; k < more; k++) told.Add(Pick(NewIncident(main.Country, main.Day.AddDays(-r.Next(3)))));

        var published = told.Max(t => t.Day).AddDays(r.NextDouble() switch { < 0.5 => 0, < 0.85 => 1, _ => 2 });
        var outlet = Outlets[r.Next(Outlets.Length)];
        var text = new System.Text.StringBuilder();
        var events = new List<EventRecord>();
        for (var k = 0; k < told.Count; k++)
        {
            var incident = told[k];
            var line = Fill(incident.Kind.Lines[r.Next(incident.Kind.Lines.Length)], incident, published);
            if (k > 0)
            {
                text.Append("\n\n");
                line = (r.Next(2) == 0 ? "Separately, " : "In another incident, ") + LowerFirstWord(line);
            }
            var start = text.Length;
            text.Append(line);
            events.Add(Record(i, k, incident, line, start, outlet));
            // A news report is mostly context: a few paragraphs of background around the facts.
            for (var paragraph = 0; paragraph < (k == 0 ? 1 + r.Next(3) : 1); paragraph++)
            {
                text.Append(paragraph == 0 ? " " : "\n\n");
                text.AppendJoin(' ', Enumerable.Range(0, 1 + r.Next(3)).Select(_ => Fill(Background[r.Next(Background.Length)], incident, published)));
                text.Append(' ').Append(Colour(r, incident));
            }
        }
        var title = Fill(main.Kind.Titles[r.Next(main.Kind.Titles.Length)], main, published);
        var id = $"s{Seed}-{i}";
        var report = new ReportSubmission(id, text.ToString(), published, outlet, $"https://news.example/{Seed}/{i}", title, "bench");
        return (report, new CodedReport(events, "bench"));
    }

    private static readonly HashSet<string> CommonStarts = ["A", "An", "At", "Artillery", "Armed", "Gunmen", "Hundreds", "Police", "Security", "Demonstrators", "Residents", "Fighting", "Rioters"];

    /// <summary>The sentence continuing a clause: its first word in lower case unless it is a name.</summary>
    private static string LowerFirstWord(string line) =>
        CommonStarts.Contains(line[..Math.Max(0, line.IndexOf(' '))]) ? char.ToLowerInvariant(line[0]) + line[1..] : line;

    private static readonly string[] Nearby =
    [
        "Families from {a} and {b} have arrived in {town} in recent days.",
        "Residents of nearby {a} said they heard explosions through the night.",
        "Aid convoys bound for {a} were turned back at a checkpoint.",
        "The road from {a} to {b} was blocked by fallen debris.",
        "Elders from {a} travelled to {town} to negotiate the release of detainees.",
        "Mobile clinics have stopped visiting {a} and {b}.",
    ];

    /// <summary>
    /// A sentence naming villages of the same country picked without regard to size: news text's long tail of rare
    /// words is mostly names, and these make searches for an uncommon word as selective as they are in real reports.
    /// </summary>
    private static string Colour(Random r, Incident e)
    {
        var towns = e.Country.Towns;
        return Nearby[r.Next(Nearby.Length)].Replace("{a}", towns[r.Next(towns.Length)].Name).Replace("{b}", towns[r.Next(towns.Length)].Name)
            .Replace("{town}", e.Town.Name);
    }

    private Incident Pick(Incident incident)
    {
        incident.ReportsLeft--;
        if (incident.ReportsLeft <= 0) _open.Remove(incident);
        return incident;
    }

    private Incident NextIncident()
    {
        var r = _random;
        if (_open.Count > 0 && r.NextDouble() < 0.45) return _open[r.Next(_open.Count)];
        var day = _start.AddDays(Math.Clamp((int)((long)_reports * _days / _expectedReports) - r.Next(3), 0, _days - 1));
        var incident = NewIncident(_world.PickCountry(r), day);
        if (incident.ReportsLeft > 1)
        {
            _open.Add(incident);
            if (_open.Count > 500) _open.RemoveAt(0);
        }
        return incident;
    }

    private Incident NewIncident(World.Country country, DateOnly day)
    {
        var r = _random;
        var kind = Kinds[World.Pick(KindCumulative, r)];
        var town = World.PickTown(country, r);
        var group = country.Groups.Length > 0 && r.NextDouble() < 0.7 ? country.Groups[r.Next(country.Groups.Length)] : null;
        var (groupName, groupWords) = group is null ? ($"Unidentified Armed Group ({country.Name})", "armed men") : (group.Name, group.Words);
        var military = $"Military Forces of {country.Name}";
        var civilians = $"Civilians ({country.Name})";
        var (a1, i1, a2, i2) = kind.Sub switch
        {
            "Armed clash" => (military, 1, groupName, group is null ? 3 : 2),
            "Air/drone strike" or "Shelling/artillery/missile attack" => (military, 1, civilians, 7),
            "Peaceful protest" => ($"Protesters ({country.Name})", 6, (string?)null, 0),
            "Mob violence" => ($"Rioters ({country.Name})", 5, civilians, 7),
            "Arrests" => ($"Police Forces of {country.Name}", 1, civilians, 7),
            "Remote explosive/landmine/IED" => (groupName, group is null ? 3 : 2, military, 1),
            _ => ($"Unidentified Armed Group ({country.Name})", 3, civilians, 7),
        };
        var victims = kind.Deadly ? 1 + (int)(-Math.Log(1 - r.NextDouble()) * 5) : (kind.Sub == "Arrests" || kind.Sub.StartsWith("Abduction", StringComparison.Ordinal) ? 2 + r.Next(10) : 0);
        var target = kind.Sub == "Peaceful protest" ? Grievances[r.Next(Grievances.Length)] : Targets[r.Next(Targets.Length)];
        // How many outlets tell it: most incidents once, some several times.
        var outlets = 1;
        while (outlets < 8 && r.NextDouble() < 0.45) outlets++;
        return new Incident(++_incidents, kind, country, town, day, a1, i1, a2, i2, groupWords, target, victims) { ReportsLeft = outlets };
    }

    private static string Fill(string template, Incident e, DateOnly published)
    {
        var days = published.DayNumber - e.Day.DayNumber;
        var when = days == 1 && e.Day.DayNumber % 2 == 0 ? "yesterday" : "on " + e.Day.DayOfWeek;
        var n = e.Victims < NumberWords.Length ? NumberWords[e.Victims] : e.Victims.ToString(CultureInfo.InvariantCulture);
        return template.Replace("{who}", e.PerpetratorWords).Replace("{dem}", e.Country.Demonym).Replace("{town}", e.Town.Name)
            .Replace("{admin1}", e.Town.Admin1).Replace("{country}", e.Country.Name).Replace("{when}", when).Replace("{target}", e.Target)
            .Replace("{N}", char.ToUpperInvariant(n[0]) + n[1..]).Replace("{n}", n);
    }

    /// <summary>The record a coder would make of one incident in this report: usually right, sometimes a day off or placed only to the region.</summary>
    private EventRecord Record(int report, int seq, Incident e, string line, int start, string outlet)
    {
        var r = _random;
        var day = r.NextDouble() < 0.1 ? e.Day.AddDays(r.Next(2) == 0 ? -1 : 1) : e.Day;
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var precision = r.NextDouble() switch { < 0.08 => 3, < 0.25 => 2, _ => 1 };
        var (lat, lon, location) = precision == 3 ? (e.Town.RegionLatitude, e.Town.RegionLongitude, e.Town.Admin1) : (e.Town.Latitude, e.Town.Longitude, e.Town.Name);
        // Some outlets do not say who did it.
        var actor1 = e.Kind.Deadly && e.Inter1 != 5 && r.NextDouble() < 0.15 ? $"Unidentified Armed Group ({e.Country.Name})" : e.Actor1;
        var inter1 = actor1 == e.Actor1 ? e.Inter1 : 3;
        // Outlets disagree a little on the toll; arrests and abductions count people taken, not killed.
        var fatalities = !e.Kind.Deadly ? 0 : e.Victims > 0 ? Math.Max(0, e.Victims + r.Next(-1, 2)) : 0;
        var sub = e.Kind.Sub.ToLowerInvariant();
        var speaker = Speakers[r.Next(Speakers.Length)];
        var notes = $"On {iso}, in {location}, {e.Town.Admin1}, {e.Country.Name}: {sub} by {actor1}" + (e.Actor2 is null ? "" : $" against {e.Actor2}")
            + (fatalities > 0 ? $". {speaker} reports {fatalities} killed." : ".");
        var record = new EventRecord
        {
            ReportId = $"s{Seed}-{report}", EventId = $"s{Seed}-{report}-{seq + 1}", EventDate = iso, DateStart = iso, DateEnd = iso, TimePrecision = 1,
            EventType = e.Kind.Type, SubEventType = e.Kind.Sub, Actor1 = actor1, Inter1 = inter1, Actor2 = e.Actor2, Inter2 = e.Inter2,
            Interaction = e.Inter2 == 0 ? inter1 * 10 : Math.Min(inter1, e.Inter2) * 10 + Math.Max(inter1, e.Inter2),
            Country = e.Country.Name, Iso2 = e.Country.Iso2, Iso3 = e.Country.Iso3, Admin1 = e.Town.Admin1, Location = location,
            Latitude = lat, Longitude = lon, GeoPrecision = precision, Fatalities = fatalities, FatalitiesLow = fatalities, FatalitiesHigh = fatalities + (fatalities > 0 ? r.Next(3) : 0),
            PloverEvent = e.Kind.Plover, CameoRoot = e.Kind.Cameo, Notes = notes, Confidence = Math.Round(0.5 + r.NextDouble() * 0.4, 3), Source = outlet,
            Claims = fatalities > 0 ? [new ClaimRecord("fatalities", speaker, "asserts", fatalities.ToString(CultureInfo.InvariantCulture), line, start, start + line.Length)] : [],
            Evidence =
            [
                new Evidence("event_type", start, start + Math.Min(20, line.Length), line[..Math.Min(20, line.Length)], "rule:events", 0.85),
                new Evidence("location", start, start + e.Town.Name.Length, e.Town.Name, "rule:places:gazetteer", 0.9),
                new Evidence("event_date", start, start + 10, line[..Math.Min(10, line.Length)], "rule:dates.weekday", 0.85),
            ],
        };
        return record;
    }

    /// <summary>What a user would type into the search box: a town, an event word with a town, a rarer word, or one common word.</summary>
    public (string Kind, string Text) SearchQuery(Random r)
    {
        var town = World.PickTown(_world.PickCountry(r), r).Name;
        return r.Next(4) switch
        {
            0 => ("town", town),
            1 => ("word and town", EventWords[r.Next(EventWords.Length)] + " " + town),
            2 => ("rare name", RareTown(r)),
            _ => ("common word", CommonSearchWords[r.Next(CommonSearchWords.Length)]),
        };
    }

    /// <summary>A town picked without regard to its size: named in few reports, if any.</summary>
    private string RareTown(Random r)
    {
        var towns = _world.PickCountry(r).Towns;
        return towns[r.Next(towns.Length)].Name;
    }

    private static readonly string[] EventWords = ["killed", "protest", "shelling", "drone", "arrested", "bomb"];
    private static readonly string[] CommonSearchWords = ["killed", "protested", "gunmen", "shelling", "officials", "residents"];

    /// <summary>A map window of the given size around a place events are likely to be, as a user pans to where things happen.</summary>
    public BoundingBox MapWindow(Random r, double degrees)
    {
        var town = World.PickTown(_world.PickCountry(r), r);
        var lat = Math.Clamp(town.Latitude + (r.NextDouble() - 0.5) * degrees, -89 + degrees / 2, 89 - degrees / 2);
        var lon = Math.Clamp(town.Longitude + (r.NextDouble() - 0.5) * degrees, -180 + degrees / 2, 180 - degrees / 2);
        return new BoundingBox(lat - degrees / 2, lon - degrees / 2, lat + degrees / 2, lon + degrees / 2);
    }

    /// <summary>A country name and an event type, as a user filters the list.</summary>
    public (string Country, string Type) CountryAndType(Random r)
    {
        var k = Kinds[r.Next(Kinds.Length)];
        return (_world.PickCountry(r).Name, k.Type);
    }
}
