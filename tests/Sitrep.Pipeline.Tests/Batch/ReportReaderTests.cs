using System.Text;
using Sitrep.Core;
using Sitrep.Pipeline.Batch;

namespace Sitrep.Pipeline.Tests.Batch;

public class ReportReaderTests
{
    [Fact]
    public void Reads_fields_and_reports_bad_lines_by_number()
    {
        var input = "{\"id\":\"a\",\"text\":\"Some text.\",\"published\":\"2021-03-04\",\"source\":\"Wire\"}\n" +
                    "\n" +
                    "{\"id\":\"b\"}\n" +
                    "not json\n" +
                    "{\"id\":\"c\",\"text\":\"x\",\"published\":\"yesterday\"}\n";
        var lines = ReportReader.Read(new StringReader(input)).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal(new DateOnly(2021, 3, 4), lines[0].Report!.Published);
        Assert.Equal("Wire", lines[0].Report!.Source);
        Assert.Equal(3, lines[1].LineNumber);
        Assert.Contains("no \"text\"", lines[1].Error);
        Assert.Equal(4, lines[2].LineNumber);
        Assert.Contains("not valid JSON", lines[2].Error);
        Assert.Contains("not a date", lines[3].Error);
    }

    [Theory]
    [InlineData(new byte[0], "is empty")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28 }, "not valid UTF-8")]
    [InlineData(new byte[] { 0x20, 0x0A }, "only whitespace")]
    public void Refuses_what_cannot_be_a_report(byte[] bytes, string problem)
    {
        var e = Assert.Throws<InputException>(() => InputText.Decode(bytes, "r.txt"));
        Assert.StartsWith("r.txt: ", e.Message);
        Assert.Contains(problem, e.Message);
    }

    [Fact]
    public void Decodes_utf8_and_drops_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Dayr az Zawr – دير الزور")).ToArray();
        Assert.Equal("Dayr az Zawr – دير الزور", InputText.Decode(bytes, "r.txt"));
    }
}
