using System.Text;
using Sitrep.Core;

namespace Sitrep.Pipeline.Stages.Assembly;

/// <summary>The one-paragraph summary of a record, naming every source's figure when they disagree.</summary>
public static class NotesWriter
{
    public static string Write(EventRecord r, Toll toll, IReadOnlyList<Claim> claims)
    {
        var sb = new StringBuilder();
        sb.Append(r.EventDate.StartsWith("XXXX", StringComparison.Ordinal) ? "On an unknown date" : $"On {r.EventDate}");
        if (!string.IsNullOrEmpty(r.DateStart) && r.DateStart != r.DateEnd) sb.Append($" (between {r.DateStart} and {r.DateEnd})");
        var where = string.Join(", ", new[] { r.Location, r.Admin1, r.Country }.Where(s => !string.IsNullOrEmpty(s)).Distinct());
        if (where.Length > 0) sb.Append($", in {where}");
        sb.Append($": {r.SubEventType.ToLowerInvariant()}");
        if (!string.IsNullOrEmpty(r.Actor1)) sb.Append($" by {r.Actor1}");
        if (!string.IsNullOrEmpty(r.Actor2)) sb.Append($" against {r.Actor2}");
        sb.Append('.');

        if (toll.BySource.Count > 1 && toll.BySource.Select(s => s.Number).Distinct().Count() > 1)
        {
            sb.Append(" Sources disagree: ");
            sb.Append(string.Join(", ", toll.BySource.Select(s => $"{s.Value} killed according to {s.Source}")));
            sb.Append($"; coded {toll.Fatalities}, the lowest.");
        }
        else if (toll.BySource.Count > 0)
        {
            var s = toll.BySource[0];
            sb.Append(s.Source == FatalityResolver.Unattributed ? $" {s.Value} reported killed." : $" {s.Value} killed according to {s.Source}.");
        }
        // Speakers are named after the verb so the sentence reads right for "the ministry" and "activists" alike.
        var silent = claims.Where(c => c.Kind == ClaimKind.Statement && c.Number is null && c.Subject is not null && c.Speaker is not null)
            .Select(c => c.Speaker!).Where(s => toll.BySource.All(b => b.Source != s)).Distinct().ToList();
        foreach (var s in silent) sb.Append($" No casualty figure from {s}.");
        var injuries = claims.Where(c => c.Kind == ClaimKind.Injuries && c.Number is > 0).ToList();
        if (injuries.Count > 0) sb.Append($" Injured (not counted as fatalities): {string.Join(", ", injuries.Select(c => c.Value).Distinct())}.");
        var blame = claims.Where(c => c.Kind is ClaimKind.Responsibility or ClaimKind.Attribution or ClaimKind.Denial or ClaimKind.Condemnation && c.Speaker is not null).ToList();
        foreach (var c in blame)
            sb.Append(c.Kind switch
            {
                ClaimKind.Responsibility => $" Responsibility claimed by {c.Speaker}.",
                ClaimKind.Attribution => c.Target is null ? $" Attributed to another party by {c.Speaker}." : $" Attributed to {c.Target} by {c.Speaker}.",
                ClaimKind.Denial => $" Involvement denied by {c.Speaker}.",
                _ => $" Condemned by {c.Speaker}.",
            });
        return sb.ToString();
    }
}
