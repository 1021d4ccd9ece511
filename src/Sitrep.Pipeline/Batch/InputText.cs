using System.Text;
using Sitrep.Core;

namespace Sitrep.Pipeline.Batch;

/// <summary>Reads a report's text from a file or stdin, refusing what cannot be a report with a clear reason.</summary>
public static class InputText
{
    /// <summary>Larger than any news report; larger inputs are refused rather than coded slowly into nonsense.</summary>
    public const int MaxReportBytes = 5 * 1024 * 1024;

    public static string Load(string path)
    {
        var name = path == "-" ? "stdin" : path;
        byte[] bytes;
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                bytes = ReadBounded(stdin, name);
            }
            else
            {
                if (Directory.Exists(path)) throw new InputException(name, "is a folder, not a file");
                if (!File.Exists(path)) throw new InputException(name, "no such file");
                var size = new FileInfo(path).Length;
                if (size > MaxReportBytes)
                    throw new InputException(name, $"is {size / (1024 * 1024.0):0.#} MB; a report may be at most {MaxReportBytes / (1024 * 1024)} MB (split it, or use --input with one report per line)");
                bytes = File.ReadAllBytes(path);
            }
        }
        catch (IOException e) { throw new InputException(name, $"cannot be read ({e.Message})"); }
        catch (UnauthorizedAccessException) { throw new InputException(name, "permission denied"); }
        return Decode(bytes, name);
    }

    public static string Decode(byte[] bytes, string name)
    {
        if (bytes.Length == 0) throw new InputException(name, "is empty");
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw new InputException(name, "looks like binary data (it contains NUL bytes), not text");
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException e)
        {
            throw new InputException(name, $"is not valid UTF-8 (bad byte at offset {e.Index})");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw new InputException(name, "holds only whitespace");
        return text;
    }

    private static byte[] ReadBounded(Stream stream, string name)
    {
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > MaxReportBytes)
                throw new InputException(name, $"is larger than {MaxReportBytes / (1024 * 1024)} MB; a report may be at most that (use --input with one report per line)");
        }
        return ms.ToArray();
    }
}
