using Sitrep.Core;
using Sitrep.Eval.Metrics;
using Sitrep.Eval.Text;

namespace Sitrep.Eval.Corpora;

public sealed record IsafClass(string Key, string Label, List<string> GoldKinds, string? GoldFlag, string EventType,
    List<string> SubEventTypes, bool CivilianVictims)
{
    public bool IsGold(IsafGold g) =>
        g.Kinds.Any(k => GoldKinds.Contains(k, StringComparer.OrdinalIgnoreCase)) || (GoldFlag == "airstrike" && g.Airstrike);

    public bool Matches(EventRecord r) =>
        SubEventTypes.Contains(r.SubEventType, StringComparer.OrdinalIgnoreCase) ||
        (CivilianVictims && (r.Inter2 == (int)ActorCategory.Civilians || (r.Actor2?.StartsWith("Civilians", StringComparison.OrdinalIgnoreCase) ?? false)));
}

public sealed record IsafScoring(Dictionary<string, double> Targets, List<IsafClass> Classes, List<List<string>> Admin1Spellings,
    Dictionary<string, List<string>> TargetGroups)
{
    public static IsafScoring Load() => ScoringData.Load<IsafScoring>("isaf.json");
}

/// <summary>
/// Scores ISAF press releases report by report: the main event's date, province, kind and target group,
/// the fatalities and captures summed over the report's records, and per-kind precision/recall/F1.
/// </summary>
public sealed class IsafScorer(IsafScoring scoring)
{
    private readonly SpellingGroups _provinces = new(scoring.Admin1Spellings);

    public IsafScorer() : this(IsafScoring.Load()) { }

    public CorpusScore Score(IEnumerable<(IsafReport Report, SystemOutput Output)> pairs)
    {
        var events = new PrfTally();
        var date = new AccuracyTally();
        var fatalities = new AccuracyTally();
        var fatalitiesWhenKilled = new AccuracyTally();
        var province = new AccuracyTally();
        var dateWhenPublished = new AccuracyTally();
        var dateStart = new AccuracyTally();
        var kind = new AccuracyTally();
        var captured = new AccuracyTally();
        var target = new AccuracyTally();
        var classes = scoring.Classes.ToDictionary(c => c.Key, _ => new PrfTally());
        var subTypes = new ConfusionMatrix("ISAF kind → sub_event_type of the main event");
        var types = new ConfusionMatrix("expected event_type → event_type of the main event");
        var calibration = new CalibrationTally();
        var errors = new ErrorLog();
        int reports = 0, systemEvents = 0, failures = 0, textFromId = 0;

        foreach (var (report, output) in pairs)
        {
            reports++;
            if (report.TextFromId) textFromId++;
            var gold = report.Gold;
            var id = report.Label;
            var records = output.Records;
            systemEvents += records.Count;
            if (output.Failure is { } f)
            {
                failures++;
                errors.Add("pipeline failed on the report", new(id, "-", f, "-"));
            }
            var main = Records.Main(records);

            events.AddCounts(Math.Max(gold.Kinds.Count, 1), records.Count);

            var dateRight = main is not null && main.EventDate == gold.StartDate;
            date.Add(dateRight);
            // Reports without a publication date can only yield a year-less date, so they are also scored apart.
            if (report.Input.Published is not null) dateWhenPublished.Add(dateRight);
            // ISAF annotates when an event began; an overnight range is coded at its end but begins the day before.
            dateStart.Add(main is not null && main.DateStart == gold.StartDate);
            if (!dateRight)
                errors.Add($"event_date: {DateError(gold.StartDate, main)}",
                    new(id, gold.StartDate, main?.EventDate ?? "(no event)", Records.EvidenceText(main, "event_date", "date_start")));
            if (main is not null) calibration.Add(Records.ConfidenceOf(main, "event_date"), dateRight);

            var killed = records.Sum(r => r.Fatalities);
            var killedRight = killed == gold.MinKilled;
            fatalities.Add(killedRight);
            if (gold.MinKilled > 0) fatalitiesWhenKilled.Add(killedRight);
            if (!killedRight)
                errors.Add($"fatalities: {CountError(gold.MinKilled, killed, records.Count)}",
                    new(id, gold.MinKilled.ToString(), killed.ToString(), FatalitiesEvidence(records)));
            if (main is not null && records.Count == 1) calibration.Add(Records.ConfidenceOf(main, "fatalities"), killedRight);

            if (!string.IsNullOrWhiteSpace(gold.Province))
            {
                var right = _provinces.Same(main?.Admin1, gold.Province);
                province.Add(right);
                if (!right)
                    errors.Add(main is null ? "province: no event" : string.IsNullOrWhiteSpace(main.Admin1) ? "province: admin1 empty" : "province: wrong admin1",
                        new(id, gold.Province, Shown(main, main?.Admin1), Records.EvidenceText(main, "admin1", "location")));
                if (main is not null) calibration.Add(Records.ConfidenceOf(main, "admin1", "location"), right);
            }

            var goldClasses = scoring.Classes.Where(c => c.IsGold(gold)).ToList();
            var kindClasses = scoring.Classes.Where(c => gold.Kinds.Any(k => c.GoldKinds.Contains(k, StringComparer.OrdinalIgnoreCase))).ToList();
            var kindRight = main is not null && kindClasses.Any(c => c.Matches(main));
            kind.Add(kindRight);
            var goldKinds = string.Join(";", gold.Kinds);
            if (!kindRight)
                errors.Add($"kind: {goldKinds} coded as {(main?.SubEventType is { Length: > 0 } s ? s : "(none)")}",
                    new(id, goldKinds, main?.SubEventType ?? "(no event)", Records.EvidenceText(main, "sub_event_type", "event_type")));
            if (main is not null) calibration.Add(Records.ConfidenceOf(main, "sub_event_type", "event_type"), kindRight);
            subTypes.Add(goldKinds, main?.SubEventType);
            types.Add(string.Join(";", kindClasses.Select(c => c.EventType).Distinct()), main?.EventType);

            foreach (var c in scoring.Classes)
            {
                var isGold = goldClasses.Contains(c);
                var isSystem = records.Any(c.Matches);
                classes[c.Key].Add(isGold, isSystem);
                if (isGold != isSystem)
                {
                    var r = isSystem ? records.First(c.Matches) : main;
                    errors.Add($"{c.Label}: {(isGold ? "missed" : "false alarm")}",
                        new(id, isGold ? c.Label : "not " + c.Label, isSystem ? c.Label : main?.SubEventType ?? "(no event)",
                            Records.EvidenceText(r, "sub_event_type", "event_type")));
                }
            }

            var capturedCount = records.Sum(CapturedIn);
            var capturedRight = capturedCount == gold.MinCaptured;
            captured.Add(capturedRight);
            if (!capturedRight)
                errors.Add($"captured: {CountError(gold.MinCaptured, capturedCount, records.Count)}",
                    new(id, gold.MinCaptured.ToString(), capturedCount.ToString(), ArrestsEvidence(records)));

            if (gold.TargetGroups.Count > 0)
            {
                var right = main is not null && gold.TargetGroups.Any(g => IsGroup(g, main.Actor2) || IsGroup(g, main.AssocActor2));
                target.Add(right);
                if (!right)
                    errors.Add(main is null ? "target group: no event" : string.IsNullOrWhiteSpace(main.Actor2) ? "target group: actor2 empty" : "target group: other actor2",
                        new(id, string.Join(";", gold.TargetGroups), Shown(main, main?.Actor2), Records.EvidenceText(main, "actor2")));
                if (main is not null) calibration.Add(Records.ConfidenceOf(main, "actor2"), right);
            }
        }

        double? T(string key) => scoring.Targets.TryGetValue(key, out var t) ? t : null;
        var fields = new List<FieldScore>
        {
            FieldScore.Of("isaf.events", "events per report (gold: one per annotated kind)", events),
            FieldScore.Of("isaf.event_date", "event date of the main event = start_date", date, T("event_date")),
            FieldScore.Of("isaf.event_date_published", "the same, reports with a published date", dateWhenPublished),
            FieldScore.Of("isaf.date_start", "date_start of the main event = start_date", dateStart),
            FieldScore.Of("isaf.fatalities", "summed fatalities = min_killed", fatalities, T("fatalities")),
            FieldScore.Of("isaf.fatalities_when_killed", "summed fatalities = min_killed, reports with deaths", fatalitiesWhenKilled),
            FieldScore.Of("isaf.province", "admin1 of the main event = province", province, T("province")),
            FieldScore.Of("isaf.kind", "main event's sub-type fits the ISAF kind", kind),
        };
        fields.AddRange(scoring.Classes.Select(c => FieldScore.Of($"isaf.kind.{c.Key}", $"{c.Label} (report has one)", classes[c.Key], T(c.Key))));
        fields.Add(FieldScore.Of("isaf.captured", "captured (arrest claims summed) = min_captured", captured));
        fields.Add(FieldScore.Of("isaf.target_group", "target group found in the main event's actor2", target));

        return new CorpusScore("isaf", "ISAF press releases", reports, systemEvents)
        {
            PipelineFailures = failures,
            Fields = fields,
            ErrorTotal = errors.Total,
            Errors = errors.MostFrequent(10),
            Confusions = [ConfusionTable.From(subTypes), ConfusionTable.From(types)],
            Calibration = calibration.Bands,
            Notes =
            [
                "Main event: the record whose event type is evidenced earliest in the text; the more confident on a tie.",
                "Kinds map onto ACLED sub-types: airstrike → Air/drone strike; detention → Arrests; captureandkill, insurgentskilled, exchangeoffire → Armed clash; civiliancasualty → Attack or civilians as actor2.",
                "Air strikes count as gold when the annotation's airstrike flag is set or its kind is airstrike.",
                $"{textFromId} lines of the corpus hold the release in \"id\" with an empty \"text\"; they are read from \"id\" and named by line number.",
                "Provinces compare after folding case, accents and punctuation, and mapping spelling variants (Qandahar = Kandahar).",
            ],
        };
    }

    /// <summary>People captured in one record: the lowest figure among its arrest claims (ACLED's conservative reading).</summary>
    public static int CapturedIn(EventRecord r) => r.Claims
        .Where(c => string.Equals(c.Kind, nameof(ClaimKind.Arrests), StringComparison.OrdinalIgnoreCase))
        .Select(c => Records.NumberIn(c.Value))
        .Where(n => n is not null)
        .Select(n => n!.Value)
        .DefaultIfEmpty(0)
        .Min();

    private static string Shown(EventRecord? main, string? value) =>
        main is null ? "(no event)" : string.IsNullOrWhiteSpace(value) ? "(empty)" : value;

    private static string FatalitiesEvidence(IReadOnlyList<EventRecord> records)
    {
        if (records.Count == 0) return "(no event)";
        var e = records.SelectMany(r => r.Evidence).FirstOrDefault(e => e.Field == "fatalities");
        if (e is not null) return Records.Shorten(e.Text);
        var c = records.SelectMany(r => r.Claims).FirstOrDefault(c => c.Kind == "fatalities");
        return c is null ? "(no fatality figure)" : Records.Shorten(c.Text);
    }

    private static string ArrestsEvidence(IReadOnlyList<EventRecord> records)
    {
        if (records.Count == 0) return "(no event)";
        var c = records.SelectMany(r => r.Claims).FirstOrDefault(c => string.Equals(c.Kind, nameof(ClaimKind.Arrests), StringComparison.OrdinalIgnoreCase));
        return c is null ? "(no arrest figure)" : Records.Shorten(c.Text);
    }

    private bool IsGroup(string goldGroup, string? actor) =>
        !string.IsNullOrWhiteSpace(actor) &&
        (scoring.TargetGroups.TryGetValue(goldGroup.ToLowerInvariant(), out var names) ? names : [goldGroup])
            .Any(n => NameFold.ContainsPhrase(actor, n));

    private static string DateError(string gold, EventRecord? main)
    {
        if (main is null) return "no event";
        if (!DateOnly.TryParse(gold, out var g)) return "gold date unreadable";
        if (!DateOnly.TryParse(main.EventDate, out var s)) return "year unknown or no date";
        var days = s.DayNumber - g.DayNumber;
        return Math.Abs(days) switch
        {
            1 => days > 0 ? "one day late" : "one day early",
            <= 7 => days > 0 ? "2-7 days late" : "2-7 days early",
            _ => days > 0 ? "over a week late" : "over a week early",
        };
    }

    private static string CountError(int gold, int system, int records) =>
        records == 0 ? "no event" : system > gold ? "over-count" : system == 0 ? "none found" : "under-count";
}
