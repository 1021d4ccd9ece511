using System.Text.Json.Nodes;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Storage.Export;

/// <summary>Incidents as a GeoJSON FeatureCollection, shared by `sitrep events` and the web API.</summary>
public static class IncidentGeoJson
{
    /// <summary>Point features (RFC 7946: longitude first); incidents without coordinates have a null geometry.</summary>
    public static JsonObject Build(IEnumerable<IncidentRow> rows)
    {
        var features = new JsonArray();
        foreach (var r in rows)
        {
            var props = JsonSerializer.SerializeToNode(r, SitrepJson.Options)!.AsObject();
            JsonNode? geometry = r.Latitude is { } la && r.Longitude is { } lo
                ? new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lo, la) } : null;
            features.Add(new JsonObject { ["type"] = "Feature", ["id"] = r.Id, ["geometry"] = geometry, ["properties"] = props });
        }
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    public static void Write(TextWriter w, IEnumerable<IncidentRow> rows) => w.WriteLine(Build(rows).ToJsonString(SitrepJson.Options));
}
