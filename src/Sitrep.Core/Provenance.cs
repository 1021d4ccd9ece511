namespace Sitrep.Core;

/// <summary>Which rule or model produced an annotation, and how sure it is (0-1).</summary>
public readonly record struct Provenance(string By, double Confidence)
{
    public static Provenance Rule(string name, double confidence) => new($"rule:{name}", confidence);
    public static Provenance Model(string name, double confidence) => new($"model:{name}", confidence);
}
