using Sitrep.Core;

namespace Sitrep.Places.Tests;

[Collection("built-in gazetteer")]
public class PlacesStageTests(BuiltInGazetteer gazetteer)
{
    private Document Run(string text)
    {
        var doc = new Document("test", text);
        gazetteer.Stage.Process(doc);
        return doc;
    }

    private static PlaceMention Mention(Document doc, string text) =>
        doc.Places.Single(p => p.Text == text);

    [Fact]
    public void PlacesAreNamedInPlainLatinLetters()
    {
        var doc = Run("Strikes hit a school in Khan Younis in Gaza and a market in Maarat al-Numan in Syria.");
        Assert.Equal("Khan Yunis", Mention(doc, "Khan Younis").Resolved?.Name);
        Assert.Equal("Ma'arrat an Nu'man", Mention(doc, "Maarat al-Numan").Resolved?.Name);
        Assert.All(doc.Places, p => Assert.True(p.Resolved?.Name.All(c => c < 128), $"{p.Resolved?.Name} is not plain ASCII"));
    }

    [Fact]
    public void NamedTownIsPrecisionOne()
    {
        var doc = Run("Two shells landed in a market in Aleppo on Tuesday, residents said.");
        var m = Mention(doc, "Aleppo");
        Assert.Equal("SY", m.Resolved!.Iso2);
        Assert.Equal(PlaceKind.Populated, m.Resolved.Kind);
        Assert.Equal(GeoPrecision.Exact, m.Precision);
        Assert.DoesNotContain(doc.Places, p => p.Text is "Tuesday");
    }

    [Fact]
    public void NearAndOutskirtsArePrecisionTwo()
    {
        var doc = Run("Fighters ambushed a convoy near Kunduz. Another blast struck the outskirts of Herat.");
        Assert.Equal(GeoPrecision.Near, Mention(doc, "Kunduz").Precision);
        Assert.Equal("near", Mention(doc, "Kunduz").Qualifier);
        Assert.Equal(GeoPrecision.Near, Mention(doc, "Herat").Precision);
        Assert.Equal("outskirts", Mention(doc, "Herat").Qualifier);
    }

    [Fact]
    public void NearTheTownOfIsPrecisionTwo()
    {
        var doc = Run("Gunmen raided a checkpoint near the town of Kunduz. Shells fell on the outskirts of the city of Herat.");
        Assert.Equal("near", Mention(doc, "Kunduz").Qualifier);
        Assert.Equal(GeoPrecision.Near, Mention(doc, "Kunduz").Precision);
        Assert.Equal("outskirts", Mention(doc, "Herat").Qualifier);
    }

    [Fact]
    public void CountrysideAndBetweenArePrecisionTwo()
    {
        var doc = Run("Shelling continued in the Idlib countryside. Rebels cut the road between Homs and Hama.");
        Assert.Equal("countryside", Mention(doc, "Idlib").Qualifier);
        Assert.Equal(GeoPrecision.Near, Mention(doc, "Idlib").Precision);
        Assert.Equal("between", Mention(doc, "Homs").Qualifier);
        Assert.Equal("between", Mention(doc, "Hama").Qualifier);
        Assert.Equal(GeoPrecision.Near, Mention(doc, "Hama").Precision);
    }

    [Fact]
    public void ATownThatNamesItsDistrictIsTheTownUnlessCalledADistrict()
    {
        var town = Mention(Run("Air strikes hit a market in Maarat al-Numan on Monday."), "Maarat al-Numan");
        Assert.Equal(PlaceKind.Populated, town.Resolved!.Kind);
        Assert.Equal(GeoPrecision.Exact, town.Precision);
    }

    [Fact]
    public void ACompassWordBeforeAProvinceNamedLikeItsCapitalMeansTheProvince()
    {
        Assert.Equal(PlaceKind.Admin1, Mention(Run("Shelling hit a market in southern Idlib on Monday."), "Idlib").Resolved!.Kind);
        Assert.Equal(PlaceKind.Populated, Mention(Run("Shelling hit a market in Idlib on Monday."), "Idlib").Resolved!.Kind);
    }

    [Fact]
    public void ProvinceNamedInPartResolvesToTheRegion()
    {
        // GeoNames calls the region "Maidan Wardak Province"; a town elsewhere that merely looks like "Wardak" is not meant.
        var doc = Run("A patrol detained two men in Nerkh district, Wardak province, on Sunday.");
        var m = Mention(doc, "Wardak");
        Assert.Equal("AF", m.Resolved!.Iso2);
        Assert.Equal(PlaceKind.Admin1, m.Resolved.Kind);
        Assert.Equal("Maidan Wardak", m.Resolved.Admin1);
        Assert.Equal("rule:places:region-named-in-part", m.By.By);
    }

    [Fact]
    public void RegionNamesDropTheTypeWordAsAcledDoes()
    {
        var doc = Run("Gunmen attacked a village in Borno State and shelling hit Donetsk Oblast.");
        Assert.Equal("Borno", Mention(doc, "Borno State").Resolved!.Admin1);
        Assert.Equal("Donetsk", Mention(doc, "Donetsk").Resolved!.Admin1);
    }

    [Fact]
    public void ProvinceResolvesToTheAdminRegionAtPrecisionThree()
    {
        var doc = Run("Security forces detained four men during an operation in Helmand province overnight.");
        var m = Mention(doc, "Helmand");
        Assert.Equal(PlaceKind.Admin1, m.Resolved!.Kind);
        Assert.Equal("AF", m.Resolved.Iso2);
        Assert.Equal(GeoPrecision.Region, m.Precision);
    }

    [Fact]
    public void DemonymsAreCountryEvidenceNotPlaces()
    {
        var doc = Run("Syrian troops and allied militias advanced on the town, Syrian state media said.");
        var demonyms = doc.Places.Where(p => p.Text == "Syrian").ToList();
        Assert.Equal(2, demonyms.Count);
        Assert.All(demonyms, d => Assert.True(d.IsCountryEvidenceOnly));
        Assert.Equal("SY", demonyms[0].Resolved!.Iso2);
        Assert.Equal("SY", doc.FocusCountry);
    }

    [Fact]
    public void SameNameInTwoCountriesFollowsTheReport()
    {
        var lebanon = Run("Gunfire erupted in Tripoli, Lebanon, after the funeral. Lebanese soldiers closed the roads.");
        Assert.Equal("LB", Mention(lebanon, "Tripoli").Resolved!.Iso2);
        var libya = Run("Libyan militias shelled the southern suburbs of Tripoli on Friday.");
        Assert.Equal("LY", Mention(libya, "Tripoli").Resolved!.Iso2);
        Assert.Equal("LY", libya.FocusCountry);
    }

    [Fact]
    public void TransliterationVariantsResolveToTheSamePlace()
    {
        var a = Mention(Run("Clashes were reported in Dayr az Zawr."), "Dayr az Zawr").Resolved!;
        var b = Mention(Run("Clashes were reported in Deir Ezzor."), "Deir Ezzor").Resolved!;
        Assert.Equal(a.Id, b.Id);
        Assert.Equal("SY", a.Iso2);
    }

    [Fact]
    public void CuratedSitesResolveWithTheirAliases()
    {
        var doc = Run("Drones targeted the Khmeimim air base overnight.");
        var m = Mention(doc, "Khmeimim");
        Assert.Equal(PlaceKind.Site, m.Resolved!.Kind);
        Assert.Equal("SY", m.Resolved.Iso2);
        Assert.Equal("Latakia", m.Resolved.Admin1);
        Assert.Equal(GeoPrecision.Exact, m.Precision);
    }

    [Fact]
    public void UnknownVillageKeepsItsTextWithoutCoordinates()
    {
        var doc = Run("Gunmen raided the village of Qazzibrat in Kandahar province.");
        var village = Mention(doc, "Qazzibrat");
        Assert.Null(village.Resolved);
        var (place, precision, _) = ReportPlaces.ForSentence(doc, -1);
        Assert.Equal(PlaceKind.Admin1, place!.Kind);
        Assert.Equal("Kandahar", place.Name);
        Assert.Equal(GeoPrecision.Region, precision);
    }

    [Fact]
    public void PersonNamesAndCommonWordsAreNotPlaces()
    {
        var doc = Run("Police said on Monday that President Jordan Peterson had left. Reading the statement, Colonel Victoria Kunar said nothing more.");
        Assert.DoesNotContain(doc.Places, p => p.Text is "Police" or "Monday" or "Jordan" or "Reading" or "Victoria" or "Kunar");
    }

    [Fact]
    public void ArabicScriptNamesResolve()
    {
        var doc = Run("قصف على حلب");
        Assert.Equal("SY", doc.Places.Single().Resolved!.Iso2);
    }

    [Fact]
    public void DatelineSetsTheFocusCountry()
    {
        var doc = Run("KABUL, Afghanistan (March 3, 2012)\nA patrol was attacked near Gardez yesterday.");
        Assert.Equal("AF", doc.FocusCountry);
        Assert.Equal("dateline", doc.Places.First().Qualifier);
        Assert.Equal("AF", Mention(doc, "Gardez").Resolved!.Iso2);
    }

    [Fact]
    public void MisspelledLocationStringResolvesWithinItsCountry()
    {
        var r = gazetteer.Stage.ResolveName("Dayz Az Zawr", "SY");
        Assert.NotNull(r);
        Assert.Equal("SY", r.Place.Iso2);
        Assert.Equal("Deir ez-Zor", r.Place.Admin1);
        Assert.Null(gazetteer.Stage.ResolveName("Qwertyuiop", "SY"));
    }
}

[Collection("built-in gazetteer")]
public class BuiltInDataTests(BuiltInGazetteer gazetteer)
{
    [Fact]
    public void BuiltInDataLoadsWithoutWarnings() => Assert.Empty(gazetteer.Stage.Gazetteer.LoadWarnings);

    [Fact]
    public void EveryCuratedSiteHasAKnownCountryAndRegion()
    {
        var sites = gazetteer.Stage.Gazetteer.Entries.Where(e => e.Source == "sites").ToList();
        Assert.True(sites.Count >= 100, $"{sites.Count} sites");
        Assert.All(sites, s =>
        {
            Assert.NotNull(gazetteer.Stage.Gazetteer.CountryEntry(s.CountryCode));
            Assert.NotNull(gazetteer.Stage.Gazetteer.Admin1(s.CountryCode, s.Admin1Code));
            Assert.InRange(s.Latitude, -90, 90);
            Assert.InRange(s.Longitude, -180, 180);
        });
    }

    [Fact]
    public void CountriesHaveCoordinatesAndIso3()
    {
        var syria = gazetteer.Stage.Gazetteer.Country("SY")!;
        Assert.Equal("SYR", syria.Iso3);
        Assert.InRange(syria.Latitude, 32, 38);
        Assert.Equal("SY", gazetteer.Stage.Gazetteer.Country("Syrian Arab Republic")!.Iso2);
    }
}

[Collection("built-in gazetteer")]
public class ReportPlacesTests(BuiltInGazetteer gazetteer)
{
    [Fact]
    public void UnknownSiteFallsBackToTheTownTheReportNamesAtPrecisionTwo()
    {
        var doc = new Document("t", "Jets struck the Qarqazzit depot. Residents of Mosul heard the blasts.");
        gazetteer.Stage.Process(doc);
        Assert.Null(doc.Places.Single(p => p.Text == "Qarqazzit").Resolved);
        var (place, precision, mention) = ReportPlaces.ForSentence(doc);
        Assert.Equal("IQ", place!.Iso2);
        Assert.Equal(GeoPrecision.Near, precision);
        Assert.Equal("Qarqazzit", mention!.Text);
    }
}

[Collection("built-in gazetteer")]
public class OneSensePerReportTests(BuiltInGazetteer gazetteer)
{
    [Fact]
    public void ANameTheReportCallsAProvinceIsTheProvinceEverywhere()
    {
        var doc = new Document("t", "Kunduz is a northern province bordering Tajikistan. Fighting in Kunduz displaced hundreds.");
        gazetteer.Stage.Process(doc);
        Assert.All(doc.Places.Where(p => p.Text == "Kunduz"), p =>
        {
            Assert.Equal(PlaceKind.Admin1, p.Resolved!.Kind);
            Assert.Equal(GeoPrecision.Region, p.Precision);
        });
    }
}

[Collection("built-in gazetteer")]
public class ContainmentTests(BuiltInGazetteer gazetteer)
{
    [Fact]
    public void ATownOutsideTheNamedProvinceIsNotTaken()
    {
        // "Mosul" exists in Iraq, not in Afghanistan's Helmand province: the name stays unresolved and the event falls back to the province.
        var doc = new Document("t", "Insurgents were detained in Mosul district, Helmand province, on Friday.");
        gazetteer.Stage.Process(doc);
        Assert.Null(doc.Places.Single(p => p.Text == "Mosul").Resolved);
        var (place, precision, _) = ReportPlaces.ForSentence(doc);
        Assert.Equal("Helmand", place!.Name);
        Assert.Equal(GeoPrecision.Region, precision);
    }

    [Fact]
    public void ContainerPicksAmongSameNamedTowns()
    {
        var doc = new Document("t", "Clashes erupted in Tripoli, Lebanon, overnight.");
        gazetteer.Stage.Process(doc);
        Assert.Equal("LB", doc.Places.First(p => p.Text == "Tripoli").Resolved!.Iso2);
    }
}

[Collection("built-in gazetteer")]
public class CompoundAndOfficeNameTests(BuiltInGazetteer gazetteer)
{
    private Document Run(string text)
    {
        var doc = new Document("test", text);
        gazetteer.Stage.Process(doc);
        return doc;
    }

    [Fact]
    public void HyphenatedCompoundsNameTheirPlaces()
    {
        var doc = Run("The Kabul-based aid group said talks on the Kenya-Uganda border had stalled.");
        Assert.Equal("AF", doc.Places.Single(p => p.Text == "Kabul").Resolved!.Iso2);
        Assert.Equal("KE", doc.Places.Single(p => p.Text == "Kenya").Resolved!.Iso2);
        Assert.Equal("UG", doc.Places.Single(p => p.Text == "Uganda").Resolved!.Iso2);
    }

    [Fact]
    public void AnAbbreviationOpensNoLongerName()
    {
        var doc = Run("An aide to the US Energy Secretary fell ill, and the UK-based trust paid for the tests.");
        Assert.Contains(doc.Places, p => p.Text == "US" && p.Resolved?.Iso2 == "US");
        Assert.Contains(doc.Places, p => p.Text == "UK" && p.Resolved?.Iso2 == "GB");
        Assert.DoesNotContain(doc.Places, p => p.Text.Contains("Energy", StringComparison.Ordinal));
    }

    [Fact]
    public void APersonsSurnameIsNotATownKnownByAnotherName()
    {
        // GeoNames lists "Chu" among the names of Chuzhou (China), a city of 280,000.
        var doc = Run("An aide to Steven Chu said the minister had recovered.");
        Assert.DoesNotContain(doc.Places, p => p.Text == "Chu");
    }

    [Fact]
    public void CountryNamedAsBackerIsEvidenceNotALocation()
    {
        var doc = Run("Iran-backed fighters shelled the town of Kafr Nabl in Idlib.");
        var iran = doc.Places.Single(p => p.Text == "Iran");
        Assert.True(iran.IsCountryEvidenceOnly);
    }

    [Fact]
    public void DepartmentOfIsAnOfficeNotARegion()
    {
        var doc = Run("A spokesman for the California Department of Public Health said two more cases were found in California.");
        Assert.All(doc.Places.Where(p => p.Text == "California"), p => Assert.Equal("US", p.Resolved!.Iso2));
    }

    [Fact]
    public void AnOldAlternateNameYieldsToThePlaceWhoseOwnNameItIs()
    {
        // GeoNames lists "Rome" among the historical names of Washington, D.C.
        var doc = Run("Officials in Texas said the shipment left Rome last week.");
        Assert.NotEqual("Washington, D.C.", doc.Places.Single(p => p.Text == "Rome").Resolved!.Name);
    }

    [Fact]
    public void RegionsNamedTypeWordFirstAreFoundByTheirBareName()
    {
        Assert.Contains(GazetteerLoader.AdminNameVariants("Province of Pangasinan"), v => v == "Pangasinan");
        Assert.Contains(GazetteerLoader.AdminNameVariants("Departamento de Boyacá"), v => v == "Boyacá");
        Assert.Equal("Pangasinan", Gazetteer.RegionName("Province of Pangasinan"));
    }
}

[Collection("built-in gazetteer")]
public class ReportContextTests(BuiltInGazetteer gazetteer)
{
    private Document Run(string text)
    {
        var doc = new Document("test", text);
        gazetteer.Stage.Process(doc);
        return doc;
    }

    [Fact]
    public void ACommonWordOpeningASentenceIsThePlaceTheReportNamesElsewhere()
    {
        var doc = Run("Cases were confirmed in Turkey on Monday. Turkey's health ministry said the patients were stable.");
        Assert.Equal(2, doc.Places.Count(p => p.Text == "Turkey" && p.Resolved?.Iso2 == "TR"));
    }

    [Fact]
    public void AListOfRegionsIsNotOneInsideTheNext()
    {
        var doc = Run("Cases have been found in states including Georgia, Oklahoma, Pennsylvania and Wisconsin.");
        var oklahoma = doc.Places.Single(p => p.Text == "Oklahoma");
        Assert.Equal(PlaceKind.Admin1, oklahoma.Resolved!.Kind);
        Assert.Equal("US", oklahoma.Resolved.Iso2);
    }

    [Fact]
    public void ANameInAListReadsLikeTheOthers()
    {
        // New Brunswick is also a city of 57,000 in New Jersey; among Canadian provinces it is the province.
        var doc = Run("The outbreak began in Texas and spread to Ohio, Iowa and Kansas. Officials in Atlanta, Chicago and Boston " +
                      "said similar illnesses occurred in British Columbia, Alberta, Manitoba, Ontario and New Brunswick last month.");
        var nb = doc.Places.Single(p => p.Text == "New Brunswick");
        Assert.Equal("CA", nb.Resolved!.Iso2);
        Assert.Equal(PlaceKind.Admin1, nb.Resolved.Kind);
    }

    [Fact]
    public void APlaceSettledByItsContainerKeepsThatReadingWhenNamedBare()
    {
        var doc = Run("Protesters gathered in Athens, Greece on Monday. Officials in Chicago, Dallas, Denver and Boston said flights " +
                      "from Texas and Ohio were full. Later Athens police cleared the square, and Athens hospitals treated dozens.");
        Assert.All(doc.Places.Where(p => p.Text == "Athens"), p => Assert.Equal("GR", p.Resolved!.Iso2));
    }

    [Fact]
    public void ATownNamedAgainDoesNotOutvoteTheCountryTheReportNames()
    {
        // Cornwall is also a Canadian city of 49,000; named three times it must not make Canada the report's country.
        var doc = Run("Floods hit Cornwall on Monday. Cornwall council closed roads and Cornwall schools shut. " +
                      "Officials in London and Exeter said more rain was due.");
        Assert.Equal("GB", doc.FocusCountry);
        Assert.Equal("GB", doc.Places.First(p => p.Text == "Cornwall").Resolved!.Iso2);
    }

    [Fact]
    public void LocatedInNamesTheContainer()
    {
        var doc = Run("Samples came from ducks in Crawford County located in Pennsylvania and from a farm in Ohio.");
        var county = doc.Places.Single(p => p.Text == "Crawford County");
        Assert.Equal("Pennsylvania", county.Resolved!.Admin1);
    }

    [Fact]
    public void AnOpeningCommonWordIsNotPartOfAnUnknownName()
    {
        var doc = Run("Gunmen attacked a patrol near Acapulco. Four Guerrero state police officers were wounded.");
        Assert.Contains(doc.Places, p => p.Text == "Guerrero" && p.Resolved?.Iso2 == "MX");
        Assert.DoesNotContain(doc.Places, p => p.Text.StartsWith("Four", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegionAbroadReadOffTheEndOfALongerNameIsDropped()
    {
        var doc = Run("Police in Birmingham said the outbreak in the West Midlands was contained, and England had no new cases.");
        Assert.DoesNotContain(doc.Places, p => p.Resolved?.Iso2 == "ZW");
    }
}
