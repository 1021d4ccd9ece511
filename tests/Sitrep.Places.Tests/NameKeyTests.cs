namespace Sitrep.Places.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("Deir ez-Zor", "Deir Ezzor")]
    [InlineData("Deir ez-Zor", "Dayr az Zawr")]
    [InlineData("Deir ez-Zor", "Dair al-Zour")]
    [InlineData("Deir ez-Zor", "Deir Ez-Zor")]
    [InlineData("Ar Raqqah", "Raqqa")]
    [InlineData("al-Bab", "Al Bab")]
    [InlineData("Ras al-Ain", "Ras al Ayn")]
    [InlineData("Ma'arrat al-Nu'man", "Maarat an Numan")]
    [InlineData("‘Ayn al ‘Arab", "Ayn al-Arab")]
    [InlineData("Bulo Burte", "Bulo Burti")]
    [InlineData("Mosul", "Mossoul")]
    [InlineData("Sant Julià", "Sant Julia")]
    [InlineData("Şanlıurfa", "Sanliurfa")]
    public void SpellingVariantsShareAKey(string a, string b)
    {
        var same = NameKey.Exact(a) == NameKey.Exact(b) || NameKey.Loose(a) == NameKey.Loose(b);
        Assert.True(same, $"'{a}' -> {NameKey.Exact(a)} / {NameKey.Loose(a)}; '{b}' -> {NameKey.Exact(b)} / {NameKey.Loose(b)}");
    }

    [Theory]
    [InlineData("Homs", "Hama")]
    [InlineData("Kabul", "Kunduz")]
    [InlineData("Aleppo", "Afrin")]
    [InlineData("Essen", "Sen")]
    public void DifferentNamesKeepDifferentKeys(string a, string b)
    {
        Assert.NotEqual(NameKey.Exact(a), NameKey.Exact(b));
        Assert.NotEqual(NameKey.Loose(a), NameKey.Loose(b));
    }

    [Fact]
    public void ArabicScriptFoldsAlefAndArticle()
    {
        Assert.Equal(NameKey.Exact("الرقة"), NameKey.Exact("ٱلرقه"));
        Assert.Equal(NameKey.Exact("حلب"), NameKey.Exact("حَلَب"));
    }

    [Fact]
    public void PunctuationOnlyGivesAnEmptyKey() => Assert.Equal("", NameKey.Exact(" - ' "));
}
