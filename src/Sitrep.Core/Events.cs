namespace Sitrep.Core;

/// <summary>Whether a mention reports something that happened.</summary>
public enum Factuality
{
    Asserted,
    Negated,       // "no strikes were reported"
    Hypothetical,  // "if they attack"
    Predicted,     // "we expect Iran will respond", threats
    Habitual,      // "have often been the target of"
    Historical,    // "entered Syria in 2015" (well before the report)
}

/// <summary>An ACLED event type and sub-event type with the PLOVER and CAMEO codes users filter on.</summary>
public sealed record EventTypeCode(string EventType, string SubEventType, string PloverEvent, string? PloverMode, string CameoRoot)
{
    /// <summary>The finest CAMEO code known ("195" employ aerial weapons); CameoRoot is its first two digits.</summary>
    public string? CameoCode { get; init; }
    /// <summary>True for PLOVER-only statements (condemn, deny, threaten, consult) that ACLED does not code.</summary>
    public bool IsStatementOnly => EventType.Length == 0;
}

/// <summary>A sentence-level trigger of an event ("airstrikes", "detained"), before assembly into records.</summary>
public sealed record EventMention(TextSpan Trigger, string TriggerText, int Sentence, EventTypeCode Type, Provenance By)
{
    public Factuality Factuality { get; set; } = Factuality.Asserted;
    public string? FactualityCue { get; set; }
    /// <summary>Where the trigger's object is a civilian site or civilians ("attacked a wedding party", "hit a market").</summary>
    public TextSpan? CivilianTarget { get; init; }
}
