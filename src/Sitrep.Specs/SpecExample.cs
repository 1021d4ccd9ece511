namespace Sitrep.Specs;

/// <summary>One spec example: a short report the team wrote and the records it must yield.</summary>
public sealed record SpecExample(
    string Id,
    string Title,
    string File,
    int Line,
    DateOnly? Published,
    string? Source,
    string Text,
    IReadOnlyList<ExpectedRecord> Expected,
    bool OthersAllowed,
    IReadOnlyList<string> Covers)
{
    /// <summary>True when the report must yield no record at all.</summary>
    public bool ExpectsNone => Expected.Count == 0 && !OthersAllowed;
}

/// <summary>The fields one produced record must carry; fields not listed are not checked.</summary>
public sealed record ExpectedRecord(int Line, IReadOnlyList<ExpectedField> Fields, IReadOnlyList<ExpectedClaim> Claims)
{
    public string? ValueOf(string field) => Fields.FirstOrDefault(f => f.Name == field)?.Pattern.Text;
}

/// <summary>One field check, e.g. <c>fatalities: 6</c> or <c>admin1: Oromia | Oromiya</c>.</summary>
public sealed record ExpectedField(string Name, ValuePattern Pattern, int Line);

/// <summary>
/// A claim the record must keep: <c>claim: KIND [by "SPEAKER"] [stance STANCE] [= VALUE]</c>.
/// The speaker is matched as a case-insensitive substring; the value as a pattern or a whole word of the claim's value.
/// </summary>
public sealed record ExpectedClaim(string Kind, string? Speaker, string? Stance, ValuePattern? Value, int Line, string Text);

/// <summary>A problem in a spec file, always with the file and line it is on.</summary>
public sealed record SpecError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Every example read from a folder of spec files, plus the problems found while reading them.</summary>
public sealed record SpecSet(IReadOnlyList<SpecExample> Examples, IReadOnlyList<SpecError> Errors)
{
    public SpecExample? Find(string id) => Examples.FirstOrDefault(e => e.Id == id);
}
