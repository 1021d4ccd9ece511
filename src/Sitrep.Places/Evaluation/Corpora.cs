using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Core;

namespace Sitrep.Places.Evaluation;

/// <summary>A toponym annotated in a text: its span (0-based, end exclusive) and true coordinates.</summary>
public sealed record GoldToponym(string Name, int Start, int End, double Latitude, double Longitude);

public sealed record GoldArticle(string Id, string Text, IReadOnlyList<GoldToponym> Toponyms);

/// <summary>A location as a report wrote it, with the country the report states (null when unknown).</summary>
public sealed record GoldLocationString(string Location, string? Country, int Occurrences);

/// <summary>A report with the admin1 regions (provinces) its event happened in.</summary>
public sealed record GoldReport(string Id, string Text, DateOnly? Published, IReadOnlyList<string> Admin1);

public static class GeoVirusCorpus
{
    /// <summary>Reads GeoVirus.xml (offsets in the file are 1-based; returned spans are 0-based).</summary>
    public static List<GoldArticle> Read(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        XDocument doc;
        try { doc = XDocument.Load(path); }
        catch (XmlException e) { throw new InputException(path, $"not a GeoVirus XML file ({e.Message})"); }
        var articles = new List<GoldArticle>();
        var n = 0;
        foreach (var a in doc.Descendants("article"))
        {
            n++;
            var text = (string?)a.Element("text") ?? "";
            var toponyms = new List<GoldToponym>();
            foreach (var l in a.Descendants("location"))
            {
                var name = (string?)l.Element("name") ?? "";
                if (name.Length == 0 || !int.TryParse((string?)l.Element("start"), out var start) || !int.TryParse((string?)l.Element("end"), out var end)) continue;
                if (!double.TryParse((string?)l.Element("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
                    !double.TryParse((string?)l.Element("lon"), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)) continue;
                toponyms.Add(new GoldToponym(name, start - 1, end - 1, lat, lon));
            }
            articles.Add(new GoldArticle($"{n}", text, toponyms));
        }
        return articles;
    }
}

public static class CentcomCorpus
{
    /// <summary>Distinct (location, country) pairs of the strike-report CSV, with how many lines carry each.</summary>
    public static List<GoldLocationString> Read(string pathOrFolder)
    {
        var files = Directory.Exists(pathOrFolder) ? Directory.GetFiles(pathOrFolder, "*.csv").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(pathOrFolder) ? [pathOrFolder] : throw new InputException(pathOrFolder, "no such file or folder");
        var counts = new Dictionary<(string, string?), int>();
        var order = new List<(string, string?)>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file, Encoding.UTF8);
            var header = Csv.ParseLine(reader.ReadLine() ?? "");
            var countryCol = header.IndexOf("country");
            var locationCol = header.IndexOf("location");
            if (countryCol < 0 || locationCol < 0) throw new InputException(file, "expected 'country' and 'location' columns");
            foreach (var row in Csv.Rows(reader))
            {
                if (row.Count <= Math.Max(countryCol, locationCol)) continue;
                var location = row[locationCol].Trim();
                if (location.Length == 0) continue;
                var country = row[countryCol].Trim();
                // "Tikrit, Iraq" in the country column: the country is the last part.
                if (country.Contains(',')) country = country[(country.LastIndexOf(',') + 1)..].Trim();
                var key = (location, country.Equals("Unknown", StringComparison.OrdinalIgnoreCase) || country.Length == 0 ? null : country);
                if (!counts.ContainsKey(key)) order.Add(key);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return order.Select(k => new GoldLocationString(k.Item1, k.Item2, counts[k])).ToList();
    }
}

public static class IsafCorpus
{
    /// <summary>Reads isaf-dev.jsonl: id, text, published, gold.province.</summary>
    public static List<GoldReport> Read(string path)
    {
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        var reports = new List<GoldReport>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                DateOnly? published = r.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String &&
                                      DateOnly.TryParse(p.GetString(), CultureInfo.InvariantCulture, out var d) ? d : null;
                var provinces = new List<string>();
                if (r.TryGetProperty("gold", out var g) && g.TryGetProperty("province", out var pr) && pr.ValueKind == JsonValueKind.Array)
                    provinces.AddRange(pr.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0));
                reports.Add(new GoldReport(r.GetProperty("id").GetString() ?? $"line {n}", r.GetProperty("text").GetString() ?? "", published, provinces));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InputException($"{path}:{n}", $"not a report line ({e.Message})");
            }
        }
        return reports;
    }
}

internal static class Csv
{
    public static List<string> ParseLine(string line)
    {
        using var reader = new StringReader(line);
        return Rows(reader).FirstOrDefault() ?? [];
    }

    /// <summary>RFC 4180 rows: quoted fields may hold commas, doubled quotes and newlines.</summary>
    public static IEnumerable<List<string>> Rows(TextReader reader)
    {
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int ch;
        var any = false;
        while ((ch = reader.Read()) >= 0)
        {
            any = true;
            var c = (char)ch;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                    else quoted = false;
                }
                else field.Append(c);
                continue;
            }
            if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return row;
                row = [];
                any = false;
            }
            else field.Append(c);
        }
        if (any) { row.Add(field.ToString().TrimEnd('\r')); yield return row; }
    }
}
