using Sitrep.Core;

namespace Sitrep.Eval.Tests;

/// <summary>Hand-made system records for scorer tests.</summary>
internal static class Build
{
    public static EventRecord Record(string subType, string date = "2019-04-02", string? admin1 = null, int fatalities = 0,
        string eventType = "", string actor1 = "", string? actor2 = null, int evidenceAt = 0, double confidence = 0.8,
        string plover = "", string? mode = null) => new()
    {
        EventType = eventType,
        SubEventType = subType,
        EventDate = date,
        Admin1 = admin1,
        Fatalities = fatalities,
        Actor1 = actor1,
        Actor2 = actor2,
        PloverEvent = plover,
        PloverMode = mode,
        Confidence = confidence,
        Evidence = [new Evidence("sub_event_type", evidenceAt, evidenceAt + 5, "words", "rule:test", confidence)],
    };

    public static ClaimRecord Claim(string kind, string? speaker, string value) =>
        new(kind, speaker, "reports", value, "text", 0, 4);
}
