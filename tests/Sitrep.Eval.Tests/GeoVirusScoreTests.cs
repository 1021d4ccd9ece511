using Sitrep.Eval.Corpora;
using Sitrep.Places.Evaluation;

namespace Sitrep.Eval.Tests;

public class GeoVirusScoreTests
{
    [Fact]
    public void The_places_figures_become_shares_of_all_gold_toponyms_with_their_misses_as_error_kinds()
    {
        var geo = new GeoScore("demo", Total: 4, Found: 3, Exact: 2, CountryMatch: null, Within25: 1, Within161: 2, MedianKm: 40.5,
        [
            "article 3 [10,17) 'Examplo': not found",
            "article 5 [0,6) 'Farway': Farway (ZZ, Populated) is 900 km off",
        ]);

        var s = GeoVirusScore.From(geo, articles: 2, systemEvents: 0, failures: 0);

        double F(string key) => s.Fields.Single(f => f.Key == key).Value;
        Assert.Equal(0.75, F("geovirus.found"));
        Assert.Equal(0.5, F("geovirus.exact_span"));
        Assert.Equal(0.5, F("geovirus.within_161km"));
        Assert.Equal(0.25, F("geovirus.within_25km"));
        Assert.Contains(s.Errors, e => e.Kind == "toponym not found" && e.Example.ReportId == "article 3");
        Assert.Contains(s.Errors, e => e.Kind == "resolved more than 161 km away (to a town)");
        Assert.Contains(s.Notes, n => n.Contains("40.5 km"));
    }
}
