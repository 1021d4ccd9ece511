namespace Sitrep.Pipeline.Stages.Actors;

/// <summary>A country as news text names it (one line of data/countries.jsonl).</summary>
public sealed record Country(string Iso2, string Iso3, string Name, bool TakesArticle,
    IReadOnlyList<string> Aliases, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Adjectives,
    string Capital, IReadOnlyList<string> CapitalAliases)
{
    /// <summary>"the United States", "Syria": the form ACLED actor names use.</summary>
    public string NameWithArticle => TakesArticle ? "the " + Name : Name;
}

/// <summary>How a word in the text refers to a country; names and capitals can act or speak, demonyms only qualify a noun.</summary>
public enum CountryWordKind { Name, Alias, Capital, Demonym, Adjective }

/// <summary>Fills the country placeholders of canonical actor names.</summary>
public static class CountryNames
{
    public const string CountryPlaceholder = "{country}";
    public const string TheCountryPlaceholder = "{the country}";
    public const string BackerPlaceholder = "{backer}";

    /// <summary>"Military Forces of {the country}" + the United States = "Military Forces of the United States".</summary>
    public static string Fill(string template, Country country) => template
        .Replace(TheCountryPlaceholder, country.NameWithArticle)
        .Replace(CountryPlaceholder, country.Name);

    public static bool HasPlaceholder(string name) =>
        name.Contains(CountryPlaceholder) || name.Contains(TheCountryPlaceholder);
}
