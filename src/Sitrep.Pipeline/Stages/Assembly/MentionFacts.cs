using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>What one event mention's own sentence says about the event: when, where, who.</summary>
public sealed record MentionFacts(EventMention Mention, bool IsGeneric)
{
    public DateMention? Date { get; init; }
    public PlaceMention? Place { get; init; }
    /// <summary>A place on the reporting side of the sentence: used only when no mention of the event has a place.</summary>
    public PlaceMention? FramedPlace { get; init; }
    /// <summary>A scene no gazetteer knows ("the village of Diguel"), named in the trigger's clause.</summary>
    public PlaceMention? UnknownPlace { get; init; }
    public ActorMention? Actor1 { get; init; }
    /// <summary>Parties joined to Actor1 in the subject ("Afghan and coalition forces"): associated actors.</summary>
    public IReadOnlyList<ActorMention> Allies { get; init; } = [];
    public ActorMention? Actor2 { get; init; }
    public int Start => Mention.Trigger.Start;

    public static bool IsViolent(EventTypeCode t) =>
        t.EventType is "Battles" or "Explosions/Remote violence" or "Violence against civilians";

    /// <summary>Events a death toll can belong to: the violent ones, riots and mob violence, and force used on protesters.</summary>
    public static bool CanKill(EventTypeCode t) =>
        IsViolent(t) || t.EventType == "Riots" || t.SubEventType == "Excessive force against protesters";
}

/// <summary>The place names of a kind, most specific first.</summary>
public static class PlaceRank
{
    public static int Specificity(PlaceKind k) => k switch
    {
        PlaceKind.Site => 5, PlaceKind.Populated => 4, PlaceKind.Admin2 => 3, PlaceKind.Admin1 => 2, _ => 1,
    };

    public static string? Admin1Of(Place p) => p.Kind == PlaceKind.Admin1 ? p.Name : p.Admin1;
    public static string? Admin2Of(Place p) => p.Kind == PlaceKind.Admin2 ? p.Name : p.Admin2;

    /// <summary>True when one place lies inside the other (or they are the same).</summary>
    public static bool Nested(Place a, Place b)
    {
        if (!string.Equals(a.Iso2, b.Iso2, StringComparison.OrdinalIgnoreCase)) return false;
        if (a.Id == b.Id || a.Kind == PlaceKind.Country || b.Kind == PlaceKind.Country) return true;
        var (outer, inner) = Specificity(a.Kind) <= Specificity(b.Kind) ? (a, b) : (b, a);
        if (outer.Kind == inner.Kind) return string.Equals(outer.Name, inner.Name, StringComparison.OrdinalIgnoreCase);
        return outer.Kind switch
        {
            PlaceKind.Admin1 => Same(Admin1Of(inner), outer.Name),
            PlaceKind.Admin2 => Same(Admin2Of(inner), outer.Name),
            _ => Same(outer.Name, inner.Name),
        };
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
