namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>A word or phrase that names a country, and how.</summary>
public readonly record struct CountryWord(string Text, Country Country, CountryWordKind Kind)
{
    /// <summary>Names and capitals can stand for the state as an agent or speaker ("Israel struck", "Moscow said").</summary>
    public bool CanAct => Kind is CountryWordKind.Name or CountryWordKind.Alias or CountryWordKind.Capital;

    public static IEnumerable<CountryWord> Of(Country c)
    {
        yield return new(c.Name, c, CountryWordKind.Name);
        foreach (var a in c.Aliases) yield return new(a, c, CountryWordKind.Alias);
        yield return new(c.Capital, c, CountryWordKind.Capital);
        foreach (var a in c.CapitalAliases) yield return new(a, c, CountryWordKind.Capital);
        foreach (var d in c.Demonyms) yield return new(d, c, CountryWordKind.Demonym);
        foreach (var a in c.Adjectives) yield return new(a, c, CountryWordKind.Adjective);
    }
}
