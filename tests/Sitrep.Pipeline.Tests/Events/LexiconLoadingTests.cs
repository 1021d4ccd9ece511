using Sitrep.Pipeline.Stages.Events;

namespace Sitrep.Pipeline.Tests.Events;

public sealed class LexiconLoadingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitrep-lexicon-" + Guid.NewGuid().ToString("N"));

    public LexiconLoadingTests()
    {
        var data = DataFolder.Locate();
        Directory.CreateDirectory(Path.Combine(_folder, "lexicons"));
        Directory.CreateDirectory(Path.Combine(_folder, "schemas"));
        foreach (var f in Directory.GetFiles(Path.Combine(data, "schemas")))
            File.Copy(f, Path.Combine(_folder, "schemas", Path.GetFileName(f)));
        foreach (var f in Directory.GetFiles(Path.Combine(data, "lexicons")))
            File.Copy(f, Path.Combine(_folder, "lexicons", Path.GetFileName(f)));
    }

    [Fact]
    public void Shipped_lexicons_load()
    {
        var types = EventTypeCatalog.Load(_folder);
        var lexicon = TriggerLexicon.Load(_folder, types);
        Assert.True(lexicon.Rules.Count > 50);
        foreach (var e in types.Entries)
            Assert.Contains(lexicon.Rules, r => r.TypeLabel == e.Label);
    }

    [Fact]
    public void An_entry_that_breaks_the_schema_is_reported_with_file_and_line()
    {
        var path = Path.Combine(_folder, "lexicons", "event-triggers.jsonl");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(2, """{"kind": "trigger", "id": "bad", "type": "Armed clash", "pattern": "x"}""");
        File.WriteAllLines(path, lines);
        var types = EventTypeCatalog.Load(_folder);
        var e = Assert.Throws<InvalidDataException>(() => TriggerLexicon.Load(_folder, types));
        Assert.Contains("event-triggers.jsonl:3", e.Message);
    }

    [Fact]
    public void A_trigger_naming_an_unknown_type_is_refused()
    {
        var path = Path.Combine(_folder, "lexicons", "event-triggers.jsonl");
        File.AppendAllText(path, """{"kind": "trigger", "id": "odd", "type": "Dance-off", "pattern": "danced", "confidence": 0.5}""" + "\n");
        var types = EventTypeCatalog.Load(_folder);
        var e = Assert.Throws<InvalidDataException>(() => TriggerLexicon.Load(_folder, types));
        Assert.Contains("Dance-off", e.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
