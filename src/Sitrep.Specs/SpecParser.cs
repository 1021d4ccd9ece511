using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Specs;

/// <summary>
/// Reads a spec file: Markdown prose with examples. Each example is a level-2 heading <c>## id: title</c>,
/// optional <c>published:</c>, <c>source:</c> and <c>covers:</c> lines, one <c>```report</c> block and one
/// <c>```expect</c> block. A broken example is reported with its file and line and left out; the rest are kept.
/// </summary>
public static partial class SpecParser
{
    public static (IReadOnlyList<SpecExample> Examples, IReadOnlyList<SpecError> Errors) Parse(string text, string file)
    {
        var examples = new List<SpecExample>();
        var errors = new List<SpecError>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        Draft? draft = null;

        void Finish()
        {
            if (draft is null) return;
            if (draft.Build(file, errors) is { } example) examples.Add(example);
            draft = null;
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNo = i + 1;
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Finish();
                var m = Heading().Match(line);
                if (!m.Success)
                {
                    errors.Add(new SpecError(file, lineNo, "an example heading must read '## id: title' with an id of lower-case letters, digits and hyphens"));
                    draft = new Draft("", "", lineNo) { Broken = true };
                    continue;
                }
                draft = new Draft(m.Groups["id"].Value, m.Groups["title"].Value.Trim(), lineNo);
                continue;
            }
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                var info = line.Trim()[3..].Trim();
                var start = i;
                var body = new List<(string Text, int Line)>();
                i++;
                while (i < lines.Length && lines[i].Trim() != "```")
                {
                    body.Add((lines[i], i + 1));
                    i++;
                }
                if (i >= lines.Length)
                {
                    errors.Add(new SpecError(file, start + 1, $"the ```{info} block is never closed"));
                    if (draft is not null) draft.Broken = true;
                    break;
                }
                if (draft is null) continue;
                switch (info)
                {
                    case "report":
                        if (draft.Report is not null) draft.Fail(errors, file, start + 1, "a second ```report block; an example has exactly one");
                        else draft.Report = string.Join("\n", body.Select(b => b.Text)).Trim('\n');
                        break;
                    case "expect":
                        if (draft.ExpectSeen) draft.Fail(errors, file, start + 1, "a second ```expect block; an example has exactly one");
                        else { draft.ExpectSeen = true; ParseExpect(body, draft, file, errors); }
                        break;
                    case "":
                        break;
                    default:
                        draft.Fail(errors, file, start + 1, $"unknown block ```{info}; use ```report or ```expect");
                        break;
                }
                continue;
            }
            if (draft is null) continue;
            var meta = MetaLine().Match(line);
            if (!meta.Success) continue;
            var key = meta.Groups["key"].Value;
            var value = meta.Groups["value"].Value.Trim();
            switch (key)
            {
                case "published":
                    if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) draft.Published = d;
                    else draft.Fail(errors, file, lineNo, $"published must be a date written YYYY-MM-DD, not '{value}'");
                    break;
                case "source":
                    draft.Source = value;
                    break;
                case "covers":
                    foreach (var tag in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (CoverageTags.IsKnown(tag)) draft.Covers.Add(tag);
                        else draft.Fail(errors, file, lineNo, $"unknown coverage tag '{tag}' (see specs/README.md for the list)");
                    }
                    break;
            }
        }
        Finish();
        return (examples, errors);
    }

    private static void ParseExpect(List<(string Text, int Line)> body, Draft draft, string file, List<SpecError> errors)
    {
        RecordDraft? current = null;
        foreach (var (raw, lineNo) in body)
        {
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            if (trimmed == "none")
            {
                draft.None = true;
                current = null;
                continue;
            }
            if (trimmed == "others: allowed" && !raw.StartsWith(' '))
            {
                draft.OthersAllowed = true;
                current = null;
                continue;
            }
            string entry;
            if (trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                current = new RecordDraft(lineNo);
                draft.Records.Add(current);
                entry = trimmed[2..].Trim();
            }
            else if (raw.StartsWith(' ') && current is not null)
            {
                entry = trimmed;
            }
            else
            {
                draft.Fail(errors, file, lineNo, $"expected '- field: value' to start a record, an indented 'field: value', 'none' or 'others: allowed', not '{trimmed}'");
                continue;
            }
            var colon = entry.IndexOf(':');
            if (colon <= 0)
            {
                draft.Fail(errors, file, lineNo, $"expected 'field: value', not '{entry}'");
                continue;
            }
            var name = entry[..colon].Trim();
            var value = entry[(colon + 1)..].Trim();
            if (name == "claim")
            {
                if (ParseClaim(value, lineNo, out var problem) is { } claim) current.Claims.Add(claim);
                else draft.Fail(errors, file, lineNo, problem!);
                continue;
            }
            if (!SpecFields.IsKnown(name))
            {
                draft.Fail(errors, file, lineNo, $"unknown field '{name}' (known: {string.Join(", ", SpecFields.Names)}, claim)");
                continue;
            }
            if (value.Length == 0)
            {
                draft.Fail(errors, file, lineNo, $"field '{name}' has no value; write ~ for any value or null for an empty one");
                continue;
            }
            if (current.Fields.Any(f => f.Name == name))
            {
                draft.Fail(errors, file, lineNo, $"field '{name}' is listed twice in one record");
                continue;
            }
            current.Fields.Add(new ExpectedField(name, ValuePattern.Parse(value), lineNo));
        }
    }

    private static ExpectedClaim? ParseClaim(string text, int line, out string? problem)
    {
        problem = null;
        var m = ClaimLine().Match(text);
        if (!m.Success)
        {
            problem = $"a claim reads 'claim: KIND [by \"SPEAKER\"] [stance STANCE] [= VALUE]', not 'claim: {text}'";
            return null;
        }
        var kind = m.Groups["kind"].Value;
        if (!Enum.TryParse<ClaimKind>(kind, ignoreCase: true, out _))
        {
            problem = $"unknown claim kind '{kind}' (known: {string.Join(", ", Enum.GetNames<ClaimKind>().Select(n => n.ToLowerInvariant()))})";
            return null;
        }
        var stance = m.Groups["stance"].Success ? m.Groups["stance"].Value : null;
        if (stance is not null && !Enum.TryParse<Stance>(stance, ignoreCase: true, out _))
        {
            problem = $"unknown stance '{stance}' (known: {string.Join(", ", Enum.GetNames<Stance>().Select(n => n.ToLowerInvariant()))})";
            return null;
        }
        var speaker = m.Groups["speaker"].Success ? m.Groups["speaker"].Value : null;
        var value = m.Groups["value"].Success ? ValuePattern.Parse(m.Groups["value"].Value) : null;
        return new ExpectedClaim(kind.ToLowerInvariant(), speaker, stance?.ToLowerInvariant(), value, line, text);
    }

    [GeneratedRegex(@"^## (?<id>[a-z0-9][a-z0-9-]*)(?::\s*(?<title>.*))?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^(?<key>published|source|covers):(?<value>.*)$")]
    private static partial Regex MetaLine();

    [GeneratedRegex(@"^(?<kind>[A-Za-z]+)(?:\s+by\s+""(?<speaker>[^""]+)"")?(?:\s+stance\s+(?<stance>[A-Za-z]+))?(?:\s*=\s*(?<value>.+))?\s*$")]
    private static partial Regex ClaimLine();

    private sealed class RecordDraft(int line)
    {
        public int Line { get; } = line;
        public List<ExpectedField> Fields { get; } = [];
        public List<ExpectedClaim> Claims { get; } = [];
    }

    private sealed class Draft(string id, string title, int line)
    {
        public string Id { get; } = id;
        public string Title { get; } = title;
        public int Line { get; } = line;
        public bool Broken { get; set; }
        public DateOnly? Published { get; set; }
        public string? Source { get; set; }
        public List<string> Covers { get; } = [];
        public string? Report { get; set; }
        public bool ExpectSeen { get; set; }
        public bool None { get; set; }
        public bool OthersAllowed { get; set; }
        public List<RecordDraft> Records { get; } = [];

        public void Fail(List<SpecError> errors, string file, int line, string message)
        {
            errors.Add(new SpecError(file, line, $"{(Id.Length > 0 ? Id + ": " : "")}{message}"));
            Broken = true;
        }

        public SpecExample? Build(string file, List<SpecError> errors)
        {
            if (Broken) return null;
            if (string.IsNullOrWhiteSpace(Report)) Fail(errors, file, Line, "no ```report block (or it is empty)");
            if (!ExpectSeen) Fail(errors, file, Line, "no ```expect block");
            else if (None && (Records.Count > 0 || OthersAllowed)) Fail(errors, file, Line, "the ```expect block says none but also lists records or allows others");
            else if (!None && Records.Count == 0) Fail(errors, file, Line, "the ```expect block is empty: write none, or list the records");
            if (Records.FirstOrDefault(r => r.Fields.Count == 0 && r.Claims.Count == 0) is { } empty)
                Fail(errors, file, empty.Line, "a record with no field to check");
            if (Broken) return null;
            var expected = Records.Select(r => new ExpectedRecord(r.Line, r.Fields, r.Claims)).ToList();
            return new SpecExample(Id, Title, file, Line, Published, Source, Report!, expected, OthersAllowed, Covers.Distinct().ToList());
        }
    }
}
