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
