using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Eval.Metrics;
using Sitrep.Places.Evaluation;

namespace Sitrep.Eval.Corpora;

/// <summary>Puts the places component's toponym figures (GeoScorer) into the scorecard's shape.</summary>
public static partial class GeoVirusScore
{
    public static readonly string[] RelativePath = ["geovirus", "GeoVirus.xml"];

    public static CorpusScore From(GeoScore geo, int articles, int systemEvents, int failures)
    {
        var errors = new ErrorLog();
        foreach (var miss in geo.Misses)
        {
            var m = MissLine().Match(miss);
            if (!m.Success)
            {
                errors.Add("other", new("-", "-", miss, "-"));
                continue;
            }
            var what = m.Groups["what"].Value;
            var kind = PlaceKindIn().Match(what) is { Success: true } k ? $" (to {KindName(k.Groups[1].Value)})" : "";
            errors.Add(what == "not found" ? "toponym not found" : $"resolved more than 161 km away{kind}",
                new($"article {m.Groups["id"].Value}", $"{m.Groups["name"].Value} [{m.Groups["span"].Value})", what, "-"));
        }

        return new CorpusScore("geovirus", "GeoVirus toponyms", articles, systemEvents)
        {
            PipelineFailures = failures,
            Fields =
            [
                Share("geovirus.found", "gold toponyms found (an overlapping resolved place)", geo.Found, geo.Total),
                Share("geovirus.exact_span", "found with the exact span", geo.Exact, geo.Total),
                Share("geovirus.within_161km", "resolved within 161 km", geo.Within161 ?? 0, geo.Total),
                Share("geovirus.within_25km", "resolved within 25 km", geo.Within25 ?? 0, geo.Total),
            ],
            ErrorTotal = errors.Total,
            Errors = errors.MostFrequent(10),
            Notes =
            [
                "Scored by the places component's scorer (Sitrep.Places.Evaluation.GeoScorer) on the places the full pipeline found; shares are of all gold toponyms.",
                geo.MedianKm is { } km
                    ? $"Median error of the toponyms found: {km.ToString("0.0", CultureInfo.InvariantCulture)} km."
                    : "No toponym was found, so there is no distance error.",
            ],
        };
    }

    private static string KindName(string kind) => kind switch
    {
        "Populated" => "a town",
        "Admin1" => "a first-level region",
        "Admin2" => "a second-level region",
        "Country" => "a country",
        _ => $"a {kind.ToLowerInvariant()}",
    };

    private static FieldScore Share(string key, string label, int right, int total) =>
        new(key, label, MeasureKind.Accuracy, total == 0 ? 0 : (double)right / total, total) { Correct = right };

    [GeneratedRegex(@"^article (?<id>\S+) \[(?<span>\d+,\d+)\) '(?<name>.*)': (?<what>.*)$")]
    private static partial Regex MissLine();

    [GeneratedRegex(@"\([A-Z]{2}, (\w+)\) is \d+ km off")]
    private static partial Regex PlaceKindIn();
}
