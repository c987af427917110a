using RulesDsl.Explain.Batches;

namespace RulesDsl.Explain.Tests.Batches;

public class CsvTests
{
    [Test]
    public void A_quote_inside_an_unquoted_cell_is_text_and_one_after_spaces_opens_a_quoted_cell()
    {
        var rows = Csv.Read(new StringReader("id,name\nsize 5\"x,  \"a, b\"\n")).ToList();

        rows[1].Cells.ShouldBe(["size 5\"x", "a, b"]);
        rows[1].Error.ShouldBeNull();
    }

    [TestCase("a , b,,c \t", new[] { "a", "b", "", "c" })]
    [TestCase(",", new[] { "", "" })]
    [TestCase(" x ", new[] { "x" })]
    [TestCase("1e25,\u00a0yes\u00a0,text; image", new[] { "1e25", "yes", "text; image" })]
    public void A_line_without_quotes_has_the_cells_it_has_with_any_cell_quoted(string line, string[] cells)
    {
        // A line without a quote is split at its commas; one with a quote is read character by character.
        var plain = Csv.Read(new StringReader(line + "\n")).Single();
        var quoted = Csv.Read(new StringReader(line + ",\"q\"\n")).Single();

        plain.Cells.ShouldBe(cells);
        quoted.Cells.ShouldBe([.. cells, "q"]);
        plain.Error.ShouldBeNull();
        quoted.Error.ShouldBeNull();
    }

    [Test]
    public void A_line_of_many_quotes_is_read_in_time_linear_in_its_length()
    {
        // A fuzzed facts header of 98 kB, "training_compute": repeated in one cell, took two seconds: each quote asked
        // whether the cell so far was blank by copying it.
        var growth = Growth.Of(size => "id,x" + string.Concat(Enumerable.Repeat("\"a", size)) + "\n", text => Csv.Read(new StringReader(text)).ToList(), size: 2_000);

        growth.Time.ShouldBeLessThan(Growth.Bound, growth.Measured);
        growth.Allocated.ShouldBeLessThan(Growth.Bound, growth.Measured);
    }
}
