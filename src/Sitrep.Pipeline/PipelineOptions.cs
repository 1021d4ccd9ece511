namespace Sitrep.Pipeline;

/// <summary>What a pipeline is built from: the data folder, extra gazetteer folders, and optional models.</summary>
public sealed record PipelineOptions
{
    public string DataFolder { get; init; } = Pipeline.DataFolder.Locate();
    /// <summary>Folders of GeoNames-format files merged over the built-in gazetteer (--gazetteer, SITREP_GAZETTEER).</summary>
    public IReadOnlyList<string> GazetteerFolders { get; init; } = [];
    /// <summary>Use the MiniLM sentence-embedding model in event classification.</summary>
    public bool UseEmbeddings { get; init; }
}
