namespace Sitrep.Places.Tests;

/// <summary>The built-in gazetteer, loaded once for the tests that need it.</summary>
public sealed class BuiltInGazetteer
{
    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "data");
    public PlacesStage Stage { get; } = PlacesStage.Create(DataFolder, []);
}

[CollectionDefinition("built-in gazetteer")]
public sealed class BuiltInGazetteerCollection : ICollectionFixture<BuiltInGazetteer>;
