using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>What the web app serves and who may write to it.</summary>
public sealed record WebAppOptions
{
    public const string TokenVariable = "SITREP_TOKEN";
    public const string ReadPublicVariable = "SITREP_READ_PUBLIC";

    public required IEventStore Store { get; init; }

    /// <summary>Codes a submitted report; the pipeline is built on first use so reading starts fast.</summary>
    public required Func<ReportSubmission, CodedReport> Coder { get; init; }

    /// <summary>Bearer token that writing requires; null or empty turns writing off.</summary>
    public string? WriteToken { get; init; }

    /// <summary>Whether anyone may read events, incidents and stats; when false, reading needs the token as writing does.</summary>
    public bool ReadPublic { get; init; } = true;

    public string[] Urls { get; init; } = ["http://127.0.0.1:5000"];

    public const int MaxPageSize = 500;
    public const int DefaultPageSize = 100;
    public const long MaxBodyBytes = 1 << 20;
}
