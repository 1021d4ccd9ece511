using Sitrep.Core;
using Sitrep.Pipeline.Stages.Segmentation;

namespace Sitrep.Pipeline.Tests.Segmentation;

public class SegmentationStageTests
{
    private static readonly SegmentationStage Stage = SegmentationStage.Create(new PipelineOptions());

    private static Document Segment(string text)
    {
        var doc = new Document("t", text);
        Stage.Process(doc);
        return doc;
    }

    private static List<string> Sentences(Document doc) => doc.Sentences.Select(s => doc.Slice(s.Span)).ToList();

    [Fact]
    public void Abbreviations_titles_and_initials_do_not_end_sentences()
    {
        var doc = Segment("Lt. Gen. Maria Ortega met Col. R. J. Hale on Aug. 3 near the U.N. compound. Mr. Hale left at 6 p.m. The talks resume in Sept. next year.");
        Assert.Equal([
            "Lt. Gen. Maria Ortega met Col. R. J. Hale on Aug. 3 near the U.N. compound.",
            "Mr. Hale left at 6 p.m.",
            "The talks resume in Sept. next year.",
        ], Sentences(doc));
    }

    [Fact]
    public void Us_abbreviation_ends_a_sentence_only_before_a_sentence_opener()
    {
        var doc = Segment("The convoy belonged to the U.S. Army. Officials blamed the U.S. The embassy declined to comment.");
        Assert.Equal([
            "The convoy belonged to the U.S. Army.",
            "Officials blamed the U.S.",
            "The embassy declined to comment.",
        ], Sentences(doc));
    }

    [Fact]
    public void Decimals_numbers_and_ellipses_inside_quotes_stay_whole()
    {
        var doc = Segment("The quake measured 5.4 and hit Camp No. 3 first. \"We waited... Nobody came,\" a farmer said. Then it rained.");
        Assert.Equal([
            "The quake measured 5.4 and hit Camp No. 3 first.",
            "\"We waited... Nobody came,\" a farmer said.",
            "Then it rained.",
        ], Sentences(doc));
    }

    [Fact]
    public void Closing_quote_that_ends_a_sentence_splits_but_said_clause_does_not()
    {
        var doc = Segment("“We will hold the bridge,” the commander said. “They fled.” Residents returned on foot.");
        Assert.Equal([
            "“We will hold the bridge,” the commander said.",
            "“They fled.”",
            "Residents returned on foot.",
        ], Sentences(doc));
    }

    [Fact]
    public void Lines_are_paragraphs_and_offsets_are_exact_with_crlf_tabs_and_nbsp()
    {
        var text = "Gunmen stormed a\u00a0checkpoint.\r\n\r\n\tTwo guards fled.  A third hid.\r\nPolice arrived later.";
        var doc = Segment(text);
        Assert.Equal(3, doc.Paragraphs.Count);
        Assert.Equal(["Gunmen stormed a\u00a0checkpoint.", "Two guards fled.", "A third hid.", "Police arrived later."], Sentences(doc));
        Assert.Equal([0, 1, 1, 2], doc.Sentences.Select(s => s.Paragraph));
        Assert.Equal(text.IndexOf("Two", StringComparison.Ordinal), doc.Sentences[1].Span.Start);
        Assert.Equal(Enumerable.Range(0, 4), doc.Sentences.Select(s => s.Index));
    }

    [Fact]
    public void Unicode_line_separators_break_paragraphs()
    {
        var doc = Segment("Troops withdrew.\u2028\u00a0\u2028Shops reopened.");
        Assert.Equal(["Troops withdrew.", "Shops reopened."], Sentences(doc));
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Hard_wrapped_line_continuing_in_lower_case_joins_the_paragraph()
    {
        var doc = Segment("Rebels shelled the market in the\nnorth of the town on Friday.\nNo one was hurt.");
        Assert.Equal(["Rebels shelled the market in the\nnorth of the town on Friday.", "No one was hurt."], Sentences(doc));
    }

    [Theory]
    [InlineData("WASHINGTON: The senate voted on the bill.", "WASHINGTON:", "WASHINGTON", null)]
    [InlineData("MOGADISHU, Somalia — A car bomb exploded near a hotel.", "MOGADISHU, Somalia —", "MOGADISHU, Somalia", null)]
    [InlineData("BAGHDAD (Reuters) - A roadside bomb hit a patrol.", "BAGHDAD (Reuters) -", "BAGHDAD", null)]
    [InlineData("GAO, Mali (March 4, 2019) – Soldiers repelled an attack.", "GAO, Mali (March 4, 2019) –", "GAO, Mali", "2019-03-04")]
    public void Dateline_prefix_is_boilerplate_and_the_sentence_starts_after_it(string text, string prefix, string place, string? date)
    {
        var doc = Segment(text);
        Assert.NotNull(doc.Dateline);
        Assert.Equal(prefix, doc.Slice(doc.Dateline!.Span));
        Assert.Equal(place, doc.Dateline.PlaceText);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), doc.Dateline.Date);
        Assert.Contains(doc.Boilerplate, b => b.Kind == BoilerplateKind.Dateline && b.Span == doc.Dateline.Span);
        var first = Assert.Single(doc.Sentences);
        Assert.Equal(text[(prefix.Length + 1)..], doc.Slice(first.Span));
        Assert.False(first.IsBoilerplate);
    }

    [Fact]
    public void Press_release_furniture_is_boilerplate_and_the_dateline_date_becomes_the_reference()
    {
        var text = "Regional Joint Command - Sahel\n2014-07-S-112\nFor Immediate Release\nhttps://example.org/releases/112\n\n" +
                   "BAMAKO, Mali (Jul. 9, 2014)\nA patrol detained two suspects near the river yesterday.";
        var doc = Segment(text);
        Assert.Equal([BoilerplateKind.ReleaseHeader, BoilerplateKind.ReleaseNumber, BoilerplateKind.ReleaseHeader,
                      BoilerplateKind.Url, BoilerplateKind.Dateline], doc.Boilerplate.Select(b => b.Kind));
        Assert.Equal(new DateOnly(2014, 7, 9), doc.ReferenceDate);
        var reporting = doc.Sentences.Where(s => !s.IsBoilerplate).Select(s => doc.Slice(s.Span));
        Assert.Equal(["A patrol detained two suspects near the river yesterday."], reporting);
        Assert.All(doc.Sentences.Take(4), s => Assert.True(s.IsBoilerplate));
    }

    [Fact]
    public void Release_number_with_words_and_highlights_heading_are_boilerplate()
    {
        var doc = Segment("Release No. 20-123\nHIGHLIGHTS\n• Border crossings closed\n• Aid agencies said food stocks were falling.\nThe ministry gave no details.");
        Assert.Equal([BoilerplateKind.ReleaseNumber, BoilerplateKind.Other, BoilerplateKind.Headline], doc.Boilerplate.Select(b => b.Kind));
        Assert.Equal([true, true, true, false, false], doc.Sentences.Select(s => s.IsBoilerplate));
    }

    [Fact]
    public void Short_first_line_without_final_punctuation_is_a_headline()
    {
        var doc = Segment("Militants ambush convoy on northern highway\nMilitants ambushed a fuel convoy on Monday.");
        var headline = Assert.Single(doc.Boilerplate);
        Assert.Equal(BoilerplateKind.Headline, headline.Kind);
        Assert.Equal([true, false], doc.Sentences.Select(s => s.IsBoilerplate));
    }

    [Fact]
    public void A_single_line_report_is_not_a_headline()
    {
        var doc = Segment("Militants ambushed a fuel convoy on Monday");
        Assert.Empty(doc.Boilerplate);
        Assert.False(Assert.Single(doc.Sentences).IsBoilerplate);
    }

    [Fact]
    public void Quotes_straight_curly_and_unclosed_have_inner_spans()
    {
        var text = "He said \"stand down\" and ‘wait’. Residents called it “a massacre”.\n“We buried them all";
        var doc = Segment(text);
        Assert.Equal(["\"stand down\"", "‘wait’", "“a massacre”", "“We buried them all"], doc.Quotes.Select(q => doc.Slice(q.Span)));
        Assert.Equal(["stand down", "wait", "a massacre", "We buried them all"], doc.Quotes.Select(q => doc.Slice(q.Inner)));
    }

    [Fact]
    public void Apostrophes_are_not_quotes()
    {
        var doc = Segment("The army’s spokesman said the rebels’ base was empty.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void Ordinary_capitalised_opening_words_are_not_datelines()
    {
        var doc = Segment("NATO allies met in Brussels. UN officials said aid was blocked.");
        Assert.Null(doc.Dateline);
        Assert.Empty(doc.Boilerplate);
    }

    [Fact]
    public void Empty_and_blank_text_yield_nothing()
    {
        Assert.Empty(Segment("").Sentences);
        Assert.Empty(Segment(" \r\n\t\u00a0").Paragraphs);
    }

    [Theory]
    [InlineData("UPDATE: Rescuers reached the village.")]
    [InlineData("BACKGROUND:\nThe valley has changed hands twice.")]
    [InlineData("ANALYSIS - Why the truce failed.")]
    public void Capitalised_labels_and_headings_are_not_datelines(string text) =>
        Assert.Null(Segment(text).Dateline);

    [Fact]
    public void Dateline_alone_on_its_line_is_followed_by_the_first_sentence()
    {
        var doc = Segment("Border clashes flare again\r\nJUBA, South Sudan (Feb. 2, 2017)\r\nSoldiers exchanged fire near the crossing.");
        Assert.Equal("JUBA, South Sudan (Feb. 2, 2017)", doc.Slice(doc.Dateline!.Span));
        Assert.Equal(new DateOnly(2017, 2, 2), doc.Dateline.Date);
        Assert.Equal([BoilerplateKind.Headline, BoilerplateKind.Dateline], doc.Boilerplate.Select(b => b.Kind));
        Assert.Equal(["Border clashes flare again", "Soldiers exchanged fire near the crossing."], Sentences(doc));
        Assert.Equal([true, false], doc.Sentences.Select(s => s.IsBoilerplate));
    }
}
