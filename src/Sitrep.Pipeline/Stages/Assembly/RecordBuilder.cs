using Sitrep.Core;
using Sitrep.Pipeline.Stages.Actors;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>Turns one group of mentions and its claims into an ACLED-style record with evidence for each field.</summary>
public sealed class RecordBuilder(Document doc, AssemblyRules rules, PlaceChooser places, ReportingFrame frame,
    IReadOnlyDictionary<string, Country> countries)
{
    private const double EarlierDateFactor = 0.75;
    private const double FallbackDateConfidence = 0.35;
    private const double FocusPlaceConfidence = 0.4;
    private const double DefaultActorConfidence = 0.4;
    private const double CarriedActorConfidence = 0.6;
    private const double AttributedActorConfidence = 0.5;
    private const double UnknownPlaceConfidence = 0.3;
    private const string GovernmentRegains = "Government regains territory", NonStateOvertakes = "Non-state actor overtakes territory";
    /// <summary>The actor dictionary's entry for gunmen, attackers and bombers no one names (data/actors/generic.jsonl).</summary>
    private const string UnidentifiedGroupEntry = "unidentified-armed-group";

    /// <summary>The provenance of a date taken from the report's publication date because the text gives none.</summary>
    public const string ReportDateRule = "rule:assembly.reference-date";
    // A date this far after a reporting verb cannot be the verb's own ("said on Monday"); no need to look at the text.
    private const int MaxCueGapChars = 40;

    /// <param name="carriedActor1">
    /// The attacker named for an earlier event of the same kind in the report, used when this one names none.
    /// </param>
    public EventRecord Build(EventGroup group, IReadOnlyList<Claim> claims, int number, ActorMention? carriedActor1 = null)
    {
        var lead = group.Lead;
        var type = group.Type;
        var r = new EventRecord
        {
            ReportId = doc.Id,
            EventId = $"{doc.Id}-{number}",
            Source = doc.Source,
            Url = doc.Url,
            EventType = type.EventType,
            SubEventType = type.SubEventType,
            PloverEvent = type.PloverEvent,
            PloverMode = type.PloverMode,
            CameoRoot = type.CameoRoot,
        };
        var evidence = new EvidenceList(doc);
        evidence.Add("event_type", lead.Mention.Trigger, lead.Mention.By);

        var dateConfidence = SetDate(r, group, evidence);
        var placeConfidence = SetPlace(r, group, evidence);
        var actorConfidence = SetActors(r, group, claims, evidence, carriedActor1);
        // ACLED names a change of control by who took it: the state's own forces regain, a non-state group overtakes.
        // The trigger only saw the nearest party ("Iraqi army and PMF units regained"); actor1 is the whole subject's head.
        if (r.SubEventType is GovernmentRegains or NonStateOvertakes && r.Inter1 is 1 or 2 or 3 or 4)
            r.SubEventType = r.Inter1 == 1 ? GovernmentRegains : NonStateOvertakes;

        claims = claims.Select(c => c.Target is { } t && CountryNames.HasPlaceholder(t) ? c with { Target = Fill(t, r) } : c).ToList();
        var toll = FatalityResolver.Resolve(doc, claims);
        r.Fatalities = toll.Fatalities;
        r.FatalitiesLow = toll.Low;
        r.FatalitiesHigh = toll.High;
        foreach (var c in claims.Where(c => c.Kind == ClaimKind.Fatalities))
            evidence.Add("fatalities", c.Subject ?? c.Span, c.Subject is { } s && doc.Quantities.FirstOrDefault(q => q.Span == s) is { } q ? q.By : c.By);
        r.Claims = claims.Select(c => new ClaimRecord(Lower(c.Kind.ToString()), c.Speaker, Lower(c.Stance.ToString()), c.Value, c.Text, c.Span.Start, c.Span.End)).ToList();
        r.Notes = NotesWriter.Write(r, toll, claims);
        r.Confidence = Math.Round(Math.Clamp(lead.Mention.By.Confidence * Math.Min(dateConfidence, Math.Min(placeConfidence, actorConfidence)), 0, 1), 3);
        r.Evidence = evidence.Items;
        return r;
    }

    private static string Lower(string s) => s.ToLowerInvariant();

    private double SetDate(EventRecord r, EventGroup group, EvidenceList evidence)
    {
        if (group.Dated?.Date is { } d)
        {
            WriteDate(r, d.Value);
            evidence.Add("event_date", d.Span, d.By);
            return d.By.Confidence;
        }
        if (EarlierDate(group) is { } earlier)
        {
            // "An operation in X yesterday. During the operation the force called an airstrike": the scene's date.
            WriteDate(r, earlier.Value);
            var confidence = earlier.By.Confidence * EarlierDateFactor;
            evidence.Add("event_date", earlier.Span, new Provenance($"{earlier.By.By}+rule:assembly.earlier-date", confidence));
            return confidence;
        }
        if (doc.ReferenceDate is { } reference)
        {
            // Press releases date their events by the release ("yesterday" unsaid); a weak guess, marked as one.
            WriteDate(r, FuzzyDate.OnDay(reference));
            evidence.Add("event_date", null, new Provenance(ReportDateRule, FallbackDateConfidence),
                $"report date {reference:yyyy-MM-dd}");
            return FallbackDateConfidence;
        }
        r.EventDate = "XXXX-XX-XX";
        r.TimePrecision = (int)DatePrecision.Month;
        return 0.1;
    }

    /// <summary>The last day- or week-precise date written before the event's first sentence, outside reporting frames.</summary>
    private DateMention? EarlierDate(EventGroup group)
    {
        // Dates in the event's own sentences were weighed (and refused) already.
        var ownSentences = group.Mentions.Select(m => m.Mention.Sentence).ToHashSet();
        var start = group.Start;
        return doc.Dates
            .Where(d => d.Span.End <= start && d.Value.Precision <= DatePrecision.Week && !ownSentences.Contains(doc.SentenceIndexAt(d.Span.Start)))
            .Where(d => d.Sentence < 0 || d.Sentence >= doc.Sentences.Count || !doc.Sentences[d.Sentence].IsBoilerplate)
            .OrderByDescending(d => d.Span.Start)
            .FirstOrDefault(d => !frame.Cues.Any(c => c.End <= d.Span.Start && d.Span.Start - c.End <= MaxCueGapChars &&
                                                      doc.Text[c.End..d.Span.Start].Trim().Length <= 3));
    }

    private static void WriteDate(EventRecord r, FuzzyDate d)
    {
        r.EventDate = d.ToIso();
        r.DateStart = d.Start?.ToString("yyyy-MM-dd");
        r.DateEnd = d.End?.ToString("yyyy-MM-dd");
        r.TimePrecision = Math.Min((int)d.Precision, (int)DatePrecision.Month);
    }

    private double SetPlace(EventRecord r, EventGroup group, EvidenceList evidence)
    {
        var own = group.Place ?? PlaceChooser.Best(group.Mentions.Select(m => m.FramedPlace));
        PlaceMention? chosen = own;
        var fromFocus = false;
        if (own?.Resolved is null || own.Resolved.Kind == PlaceKind.Country)
        {
            var focus = places.Focus(own?.Resolved?.Iso2);
            if (focus?.Resolved is not null && (own is null || PlaceRank.Specificity(focus.Resolved.Kind) > PlaceRank.Specificity(own.Resolved!.Kind)))
            {
                chosen = focus;
                fromFocus = true;
            }
        }
        // "the village of Diguel, in Soum province", known to no gazetteer: the record keeps the name the report gives,
        // with the region around it for its point and admin regions, never a point of its own. A dateline town the
        // focus falls back on is not that region: the country is.
        var unknown = group.Mentions.Select(m => m.UnknownPlace).FirstOrDefault(u => u is not null);
        if (unknown is not null && fromFocus && places.CountryDescribing(unknown) is { } described)
            chosen = described;
        else if (unknown is not null && fromFocus && chosen?.Resolved is { Kind: PlaceKind.Populated or PlaceKind.Site } town &&
                 places.CountryMention(town.Iso2) is { } country)
            chosen = country;
        if (chosen?.Resolved is not { } p) return 0.3;
        // The region must be one the text ties the name to: the report's focus named elsewhere may not hold it at all.
        if (p.Kind is not (PlaceKind.Admin2 or PlaceKind.Admin1 or PlaceKind.Country) ||
            unknown is not null && fromFocus && chosen.Sentence != unknown.Sentence) unknown = null;
        r.Country = p.Country;
        r.Iso2 = p.Iso2;
        r.Iso3 = p.Iso3;
        r.Admin1 = PlaceRank.Admin1Of(p);
        r.Admin2 = PlaceRank.Admin2Of(p);
        r.Location = unknown?.Text ?? p.Name;
        r.Latitude = p.Latitude;
        r.Longitude = p.Longitude;
        r.GeoPrecision = p.Kind is PlaceKind.Country or PlaceKind.Admin1
            ? (int)GeoPrecision.Region
            : fromFocus ? Math.Max((int)chosen.Precision, (int)GeoPrecision.Near)
            : p.Kind == PlaceKind.Admin2 ? Math.Max((int)chosen.Precision, (int)GeoPrecision.Near) : (int)chosen.Precision;
        var confidence = fromFocus ? Math.Min(FocusPlaceConfidence, chosen.By.Confidence) : chosen.By.Confidence;
        evidence.Add("location", chosen.Span, fromFocus ? new Provenance($"{chosen.By.By}+rule:assembly.focus-region", confidence) : chosen.By);
        if (unknown is not null) evidence.Add("location", unknown.Span, new Provenance("rule:assembly.unknown-place-in-region", UnknownPlaceConfidence));
        return confidence;
    }

    private ActorMention? Accused(IReadOnlyList<Claim> claims, ActorMention? actor2) =>
        claims.Where(c => c.Kind == ClaimKind.Attribution && c.TargetSpan is not null)
            .Select(c => doc.Actors.FirstOrDefault(a => !a.IsSourceOnly && a.Span.Overlaps(c.TargetSpan!.Value)))
            .FirstOrDefault(a => a is not null && a.CanonicalName != actor2?.CanonicalName && a.Category != ActorCategory.Civilians);

    private double SetActors(EventRecord r, EventGroup group, IReadOnlyList<Claim> claims, EvidenceList evidence, ActorMention? carried)
    {
        var a1 = group.Actor1;
        var a2 = group.Actor2;
        var confidence = 1.0;
        // Demonstrators come first in a protest or riot; police or soldiers at one are at most the other side
        // ("police dispersed the march"), and only where they intervened. Excessive force is coded the other way
        // round: those who fired on the crowd act.
        if (group.Type.EventType is "Protests" or "Riots" && group.Type.SubEventType != "Excessive force against protesters" &&
            a1 is { Category: ActorCategory.StateForces or ActorCategory.ExternalForces })
        {
            var forces = a1;
            a1 = a2 is { Category: ActorCategory.Protesters or ActorCategory.Rioters } ? a2 : null;
            a2 = group.Type.SubEventType == "Protest with intervention" || group.Type.EventType == "Riots" ? forces : a2 == a1 ? null : a2;
        }
        // A riot is the crowd's act: an armed group or anyone else named first in it ("a crowd seized suspected gang
        // members and beat them") is what the crowd acted on.
        else if (group.Type.EventType == "Riots" && a1 is { Category: not (ActorCategory.Rioters or ActorCategory.Protesters) })
        {
            a2 ??= a1;
            a1 = null;
        }
        // ACLED names a crowd by what it did: demonstrators who riot are rioters, rioters who march peacefully protesters.
        if (group.Type.EventType == "Riots" && a1 is { Category: ActorCategory.Protesters } ||
            group.Type.EventType == "Protests" && a1 is { Category: ActorCategory.Rioters })
            a1 = null;
        // "A suicide bomber blew himself up ... Al-Shabaab claimed responsibility": gunmen or a bomber described but not
        // named are no more than an unidentified group, so a group that claims the attack or is blamed for it says more.
        var unnamed = a1 is null || a1.EntryId == UnidentifiedGroupEntry;
        if (unnamed && claims.FirstOrDefault(c => c.Kind == ClaimKind.Responsibility && c.Speaker is not null) is { } resp &&
            doc.Actors.FirstOrDefault(a => !a.IsSourceOnly && (resp.Speaker == a.CanonicalName || resp.Speaker!.StartsWith(a.CanonicalName + ":", StringComparison.Ordinal))) is { } claimant)
        {
            a1 = claimant;
            unnamed = false;
        }
        void SetActor1(ActorMention a, Provenance by, string? associated)
        {
            r.Actor1 = Fill(a.CanonicalName, r);
            r.AssocActor1 = associated;
            r.Inter1 = a.InterIn(r.Iso2);
            evidence.Add("actor1", a.Span, by);
            confidence = Math.Min(confidence, by.Confidence);
        }

        if (unnamed && group.Type.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians" &&
            Accused(claims, a2) is { } accused)
        {
            // "activists accused government jets of striking shoppers": when the report names no one else, the party
            // blamed is the best description of who acted; the accusation stays a claim beside it.
            SetActor1(accused, new Provenance($"{accused.By.By}+rule:assembly.attributed-actor", Math.Min(accused.By.Confidence, AttributedActorConfidence)),
                accused.AssociatedActor);
        }
        else if (a1 is null && carried is not null && carried.CanonicalName != a2?.CanonicalName)
        {
            // "Israeli warplanes struck Nabatieh and Qana. In Qana, a house was hit": the later strike is the same attacker's.
            SetActor1(carried, new Provenance($"{carried.By.By}+rule:assembly.actor-carried-over", Math.Min(carried.By.Confidence, CarriedActorConfidence)),
                carried.AssociatedActor);
        }
        else if (a1 is not null)
        {
            // ACLED separates several associated actors with "; ".
            var associated = group.Allies.Select(a => Fill(a.CanonicalName, r)).Prepend(a1.AssociatedActor)
                .Where(n => !string.IsNullOrEmpty(n) && n != Fill(a1.CanonicalName, r)).Distinct().ToList();
            SetActor1(a1, a1.By, associated.Count > 0 ? string.Join("; ", associated) : null);
        }
        else if (rules.DefaultFor(group.Type, "actor1") is { } d1)
        {
            r.Actor1 = Fill(d1.Name, r);
            r.Inter1 = d1.Inter;
            evidence.Add("actor1", group.Lead.Mention.Trigger, new Provenance("rule:assembly.default-actor", DefaultActorConfidence));
            confidence = Math.Min(confidence, DefaultActorConfidence);
        }
        else confidence = Math.Min(confidence, 0.3);

        var default2 = rules.DefaultFor(group.Type, "actor2");
        if (default2 is null && a2 is null && rules.CivilianTarget is { } civilians &&
            (CiviliansCounted(group) ?? CivilianSiteHit(group)) is { } counted)
        {
            // "a missile hit a block of flats, killing eight people": with no target named, those counted are the target.
            r.Actor2 = Fill(civilians.Name, r);
            r.Inter2 = civilians.Inter;
            evidence.Add("actor2", counted, new Provenance("rule:assembly.civilian-victims", CivilianVictimsConfidence));
        }
        // Violence against civilians has civilians as its target whatever else the sentence names.
        else if (default2 is not null && (a2 is null || a2.Category != ActorCategory.Civilians && group.Type.EventType == "Violence against civilians"))
        {
            r.Actor2 = Fill(default2.Name, r);
            r.Inter2 = default2.Inter;
            evidence.Add("actor2", a2?.Span ?? group.Lead.Mention.Trigger, new Provenance("rule:assembly.default-actor", DefaultActorConfidence));
        }
        else if (a2 is not null)
        {
            r.Actor2 = Fill(a2.CanonicalName, r);
            r.AssocActor2 = a2.AssociatedActor;
            r.Inter2 = a2.InterIn(r.Iso2);
            evidence.Add("actor2", a2.Span, a2.By);
        }
        // A party joined to the first in the subject that the event then sets against it is the other side, not an ally.
        if (r.AssocActor1 is { } assoc && r.Actor2 is { } other)
        {
            var allies = assoc.Split("; ").Where(a => a != other).ToList();
            r.AssocActor1 = allies.Count > 0 ? string.Join("; ", allies) : null;
        }
        r.Interaction = Interaction(r.Inter1, r.Inter2);
        return confidence;
    }

    private const double CivilianVictimsConfidence = 0.6;

    /// <summary>
    /// Where an explosion, strike or mob attack names no target: a death or injury figure in its sentences that counts
    /// people the lexicon calls civilians ("three workers", "a 64-year-old woman"). Battles are left alone: the dead
    /// of a fight may be fighters.
    /// </summary>
    private TextSpan? CiviliansCounted(EventGroup group)
    {
        if (group.Type.EventType is not ("Explosions/Remote violence" or "Riots")) return null;
        var sentences = group.Mentions.Select(m => m.Mention.Sentence).ToHashSet();
        foreach (var q in doc.Quantities)
        {
            if (q.Counts is not (CountedThing.Killed or CountedThing.Injured) || q.Subject is null || q.SubjectSpan is not { } span) continue;
            if (!sentences.Contains(q.Sentence >= 0 ? q.Sentence : doc.SentenceIndexAt(q.Span.Start))) continue;
            var head = q.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim(',', '.', ';').ToLowerInvariant();
            if (head is not null && rules.CivilianVictims.Contains(head)) return span;
        }
        return null;
    }

    /// <summary>"bombers attacked a wedding party", "a shell hit a market": a civilian site as the trigger's object.</summary>
    private static TextSpan? CivilianSiteHit(EventGroup group) =>
        group.Type.EventType is "Explosions/Remote violence" or "Riots"
            ? group.Mentions.Select(m => m.Mention.CivilianTarget).FirstOrDefault(t => t is not null)
            : null;

    /// <summary>ACLED's interaction: both codes, smaller first (18); a lone actor is its code times ten (10, 60).</summary>
    public static int Interaction(int inter1, int inter2)
    {
        if (inter1 == 0) return inter2 * 10;
        if (inter2 == 0) return inter1 * 10;
        return Math.Min(inter1, inter2) * 10 + Math.Max(inter1, inter2);
    }

    /// <summary>Generic names carry a "{country}" slot filled with the event's country, as the actors stage fills named ones.</summary>
    private string Fill(string canonical, EventRecord r)
    {
        if (!CountryNames.HasPlaceholder(canonical)) return canonical;
        if (r.Iso2 is { } iso2 && countries.TryGetValue(iso2, out var known)) return CountryNames.Fill(canonical, known);
        if (r.Country is { } name)
            return canonical.Replace(CountryNames.TheCountryPlaceholder, name).Replace(CountryNames.CountryPlaceholder, name);
        return canonical.Replace($" ({CountryNames.CountryPlaceholder})", "").Replace($" of {CountryNames.TheCountryPlaceholder}", "")
            .Replace(CountryNames.CountryPlaceholder, "").Replace(CountryNames.TheCountryPlaceholder, "").Trim();
    }
}

/// <summary>The evidence of one record: which text, rule and confidence stand behind each field.</summary>
public sealed class EvidenceList(Document doc)
{
    public List<Evidence> Items { get; } = [];

    public void Add(string field, TextSpan? span, Provenance by, string? text = null)
    {
        var s = span ?? new TextSpan(0, 0);
        Items.Add(new Evidence(field, s.Start, s.End, text ?? doc.Slice(s), by.By, by.Confidence));
    }
}
