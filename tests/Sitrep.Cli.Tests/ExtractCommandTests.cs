using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the real sitrep program on inputs a user could give it, good and bad.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static (int Exit, string Out, string Err) Sitrep(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sitrep.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, outTask.Result, errTask.Result);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Codes_a_report_into_json_lines_with_evidence()
    {
        var path = Write("report.txt", Encoding.UTF8.GetBytes(
            "Gunmen shot dead four farmers in a village near Maiduguri in Nigeria's Borno state on Sunday, police said."));
        var (exit, stdout, stderr) = Sitrep(null, "extract", path, "--published", "2023-06-13", "--format", "jsonl");
        Assert.True(exit == 0, stderr);
        var record = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement;
        Assert.Equal("2023-06-11", record.GetProperty("event_date").GetString());
        Assert.Equal(4, record.GetProperty("fatalities").GetInt32());
        Assert.Equal("Nigeria", record.GetProperty("country").GetString());
        Assert.NotEqual(0, record.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void The_built_in_example_is_one_assault_with_every_source_s_toll_side_by_side()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", "border-shelling.txt");
        var (exit, stdout, stderr) = Sitrep(null, "extract", path, "--published", "2024-03-12", "--format", "jsonl");
        Assert.True(exit == 0, stderr);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        // The car bomb, the elder's toll and the group's claimed toll all belong to the one assault on the base.
        var assault = Assert.Single(records, r => r.GetProperty("event_type").GetString() is "Battles" or "Explosions/Remote violence");
        Assert.Equal("Al Shabaab", assault.GetProperty("actor1").GetString());
        Assert.Equal((8, 8, 30), (assault.GetProperty("fatalities").GetInt32(), assault.GetProperty("fatalities_low").GetInt32(),
            assault.GetProperty("fatalities_high").GetInt32()));
        var tolls = assault.GetProperty("claims").EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "fatalities")
            .Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Equal(["at least 8", "14", "30"], tolls);
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "is empty")]
    [InlineData("binary.bin", new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01 }, "binary")]
    [InlineData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x62, 0x6F, 0x6D, 0x62 }, "not valid UTF-8")]
    public void Bad_files_get_one_line_naming_the_input(string name, byte[] bytes, string problem)
    {
        var path = Write(name, bytes);
        var (exit, _, stderr) = Sitrep(null, "extract", path);
        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(path, line);
        Assert.Contains(problem, line);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void A_20_megabyte_file_is_refused_without_a_stack_trace()
    {
        var path = Write("huge.txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Shelling hit the town again. ", 700_000))));
        var (exit, _, stderr) = Sitrep(null, "extract", path);
        Assert.Equal(2, exit);
        Assert.Contains("MB", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Text_in_another_language_is_said_so_and_not_coded()
    {
        var path = Write("fr.txt", Encoding.UTF8.GetBytes(
            "Des hommes armés ont attaqué un village dans le nord du pays dimanche, tuant quatre personnes selon la police locale."));
        var (exit, stdout, stderr) = Sitrep(null, "extract", path, "--format", "jsonl");
        Assert.Equal(3, exit);
        Assert.Equal("", stdout.Trim());
        Assert.Contains("English", stderr);
    }

    [Fact]
    public void Batch_skips_bad_lines_by_number_and_codes_the_rest()
    {
        var input = "{\"id\":\"a\",\"published\":\"2023-06-13\"}\n" +
                    "{not json\n" +
                    "{\"id\":\"c\",\"text\":\"Gunmen shot dead four farmers in a village in Nigeria's Borno state on Sunday, police said.\",\"published\":\"2023-06-13\"}\n";
        var (exit, stdout, stderr) = Sitrep(input, "extract", "--input", "-", "--output", "-");
        Assert.Equal(4, exit);
        Assert.Contains("stdin:1:", stderr);
        Assert.Contains("\"text\"", stderr);
        Assert.Contains("stdin:2:", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal("c", JsonDocument.Parse(l).RootElement.GetProperty("report_id").GetString()));
    }

    [Fact]
    public void Without_a_publication_date_the_year_is_unknown()
    {
        var path = Write("nodate.txt", Encoding.UTF8.GetBytes(
            "Gunmen shot dead four farmers in a village in Nigeria's Borno state on Aug. 15, police said."));
        var (exit, stdout, stderr) = Sitrep(null, "extract", path, "--format", "jsonl");
        Assert.True(exit == 0, stderr);
        var record = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]).RootElement;
        Assert.Equal("XXXX-08-15", record.GetProperty("event_date").GetString());
        Assert.Contains("year", stderr);
    }
}
