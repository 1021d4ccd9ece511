using System.Text.Json;

namespace Sitrep.Storage.Incidents;

/// <summary>Groups of sub-event types that can describe one incident (sub-event-families.json).</summary>
public sealed class SubEventFamilies
{
    private readonly Dictionary<string, string> _familyOf;

    private SubEventFamilies(Dictionary<string, string> familyOf) => _familyOf = familyOf;

    public static SubEventFamilies Load()
    {
        using var stream = typeof(SubEventFamilies).Assembly.GetManifestResourceStream("Sitrep.Storage.sub-event-families.json")
            ?? throw new InvalidOperationException("sub-event-families.json is missing from the Sitrep.Storage assembly");
        using var json = JsonDocument.Parse(stream);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in json.RootElement.GetProperty("families").EnumerateObject())
            foreach (var sub in family.Value.EnumerateArray())
                map[sub.GetString()!] = family.Name;
        return new(map);
    }

    /// <summary>The family of a sub-event type; an unknown type is a family of its own.</summary>
    public string Of(string subEventType) =>
        _familyOf.TryGetValue(subEventType, out var f) ? f : "sub:" + subEventType.Trim().ToLowerInvariant();
}
