using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Events;

/// <summary>One row of event-types.jsonl: the codes for a label and the labels it absorbs.</summary>
public sealed record EventTypeEntry(string Label, EventTypeCode Code, IReadOnlySet<string> Absorbs);

/// <summary>The 25 ACLED sub-event types and the PLOVER-only statement kinds, keyed by label.</summary>
public sealed class EventTypeCatalog
{
    private readonly Dictionary<string, EventTypeEntry> _byLabel;

    private EventTypeCatalog(Dictionary<string, EventTypeEntry> byLabel) => _byLabel = byLabel;

    public IReadOnlyCollection<EventTypeEntry> Entries => _byLabel.Values;

    public EventTypeEntry this[string label] => _byLabel.TryGetValue(label, out var e)
        ? e
        : throw new KeyNotFoundException($"No event type labelled '{label}' in event-types.jsonl.");

    public bool Contains(string label) => _byLabel.ContainsKey(label);

    public static EventTypeCatalog Load(string dataFolder)
    {
        var byLabel = new Dictionary<string, EventTypeEntry>(StringComparer.Ordinal);
        foreach (var row in JsonlLexicon.Load(dataFolder, "event-types.jsonl", "event-types.schema.json"))
        {
            var label = row.RequiredString("label");
            var code = new EventTypeCode(row.RequiredString("event_type"), row.RequiredString("sub_event_type"),
                row.RequiredString("plover_event"), row.OptionalString("plover_mode"), row.RequiredString("cameo_root"))
            {
                CameoCode = row.RequiredString("cameo_code"),
            };
            if (!code.CameoCode!.StartsWith(code.CameoRoot, StringComparison.Ordinal))
                throw new InvalidDataException($"event-types.jsonl: '{label}' has cameo_code {code.CameoCode} outside root {code.CameoRoot}");
            if (!byLabel.TryAdd(label, new EventTypeEntry(label, code, row.StringList("absorbs").ToHashSet())))
                throw new InvalidDataException($"event-types.jsonl: label '{label}' appears twice");
        }
        foreach (var e in byLabel.Values)
            foreach (var a in e.Absorbs)
                if (!byLabel.ContainsKey(a))
                    throw new InvalidDataException($"event-types.jsonl: '{e.Label}' absorbs unknown label '{a}'");
        return new EventTypeCatalog(byLabel);
    }
}
