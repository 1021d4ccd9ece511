using Sitrep.Core;

namespace Sitrep.Places.Recognition;

/// <summary>A stretch of text that may name a place, with what its context says about it.</summary>
public sealed class PlaceCandidate
{
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }

    /// <summary>The name's exact key, computed once: resolution compares it across every pair of candidates.</summary>
    public string Key => _key ??= NameKey.Exact(Text);
    private string? _key;
    public int FirstToken { get; init; }
    public int LastToken { get; init; }
    public List<GazetteerMatch> Matches { get; set; } = [];
    /// <summary>Set for demonyms ("Syrian"): country evidence, not a location.</summary>
    public string? DemonymOf { get; init; }
    /// <summary>near, outskirts, countryside, between, dateline.</summary>
    public string? Qualifier { get; set; }
    /// <summary>admin1, admin2, site or town when a neighbouring word says what kind of place this is.</summary>
    public string? KindCue { get; set; }
    /// <summary>Introduced by "in", "near", "village of"...: the name is used as a location.</summary>
    public bool LocationContext { get; set; }
    /// <summary>"Iran-backed", "Iran's": the name is used for an actor.</summary>
    public bool ActorContext { get; set; }
    public bool IsDateline { get; set; }
    /// <summary>"southern Idlib", "northern Aleppo": a part of the named area, which for a province means the province.</summary>
    public bool Directional { get; set; }
    /// <summary>The last words of a longer capitalized name the gazetteer does not know ("Midlands" in "West Midlands").</summary>
    public bool EndsLongerName { get; set; }
    /// <summary>Dropped as a capitalized common word opening a sentence ("Turkey's ..."); kept after all when the report names the place elsewhere.</summary>
    public bool OpensSentenceAsCommonWord { get; set; }
    public int Sentence { get; set; } = -1;
    /// <summary>The candidate right after this one names its container ("Andar district, Ghazni province").</summary>
    public PlaceCandidate? Container { get; set; }
    /// <summary>True when the text says so in words ("Kuriga, in Kaduna State"), not with a bare comma that a list also uses.</summary>
    public bool ContainerSaidIn { get; set; }

    public GazetteerMatch? Best { get; set; }
    public double Confidence { get; set; }
    public string Rule { get; set; } = "gazetteer";
}
