using Sitrep.Core;

namespace Sitrep.Places;

/// <summary>Looks place names up; disambiguation among the candidates is the places stage's job.</summary>
public interface IGazetteer
{
    /// <summary>Every entry whose name or alternate name matches, after normalization.</summary>
    IReadOnlyList<Place> Find(string name);

    /// <summary>A country by ISO2, ISO3 or name.</summary>
    Place? Country(string codeOrName);
}
