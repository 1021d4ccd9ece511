using Sitrep.Core;

namespace Sitrep.Places;

/// <summary>Finds place names and resolves them to gazetteer entries with a precision. (Being built: issue 4.)</summary>
public sealed class PlacesStage : IStage
{
    public string Name => "places";
    public void Process(Document document) { }
}
