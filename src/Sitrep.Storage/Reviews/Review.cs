namespace Sitrep.Storage.Reviews;

/// <summary>One line of an incident's audit trail: who decided what, when, and for a correction the field's old and new value.</summary>
public sealed record IncidentReview(long Id, long IncidentId, string Action, string? Field, string? OldValue, string? NewValue,
    string Reviewer, string? Note, string ReviewedAt);

/// <summary>An analyst's decision about an incident, already validated (see <see cref="ReviewRules.Check"/>).</summary>
public sealed record ReviewDecision(string Action, string Reviewer, string? Note, IReadOnlyList<FieldCorrection> Changes);

/// <summary>A field's new value, in the text form the audit trail keeps.</summary>
public sealed record FieldCorrection(string Field, string Value);

/// <summary>Which reviews a query keeps. The default leaves out incidents an analyst rejected.</summary>
public enum ReviewFilter { NotRejected, All, Unreviewed, Reviewed, Confirmed, Corrected, Rejected }

/// <summary>The words `--review` and `review=` take.</summary>
public static class ReviewFilters
{
    public static readonly string[] Names = ["all", "unreviewed", "reviewed", "confirmed", "corrected", "rejected"];

    public static ReviewFilter? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "all" => ReviewFilter.All,
        "unreviewed" => ReviewFilter.Unreviewed,
        "reviewed" => ReviewFilter.Reviewed,
        "confirmed" => ReviewFilter.Confirmed,
        "corrected" => ReviewFilter.Corrected,
        "rejected" => ReviewFilter.Rejected,
        _ => null,
    };
}

public static class ReviewActions
{
    public const string Confirm = "confirm";
    public const string Correct = "correct";
    public const string Reject = "reject";

    public static readonly string[] All = [Confirm, Correct, Reject];

    /// <summary>The incident's status after this action: confirmed, corrected or rejected.</summary>
    public static string Status(string action) => action switch
    {
        Confirm => "confirmed",
        Correct => "corrected",
        Reject => "rejected",
        _ => "unreviewed",
    };
}
