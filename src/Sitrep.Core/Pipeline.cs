namespace Sitrep.Core;

/// <summary>A named pipeline step: reads what earlier stages wrote on the document and adds its own annotations.</summary>
public interface IStage
{
    string Name { get; }
    void Process(Document document);
}

/// <summary>A report as it enters Sitrep (one line of the batch contract).</summary>
public sealed record ReportInput(string Id, string Text, DateOnly? Published = null, string? Source = null, string? Url = null);

/// <summary>A user-facing problem with an input: always names the input and what is wrong.</summary>
public sealed class InputException(string input, string problem) : Exception($"{input}: {problem}")
{
    public string Input { get; } = input;
    public string Problem { get; } = problem;
}
