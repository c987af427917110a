namespace RulesDsl.Corpus.Tests.Reading;

/// <summary>
/// Reading a corpus file made to trip Markdig takes work in proportion to the file: at 16 times the input, well under
/// 16² times the processor time (Markdig's own work is not counted in any deterministic unit, and its link parsing
/// allocates in proportion to the text even where its time grows as the square).
/// </summary>
public class CorpusReaderScalingTests
{
    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));

    public static IEnumerable<TestCaseData> Shapes()
    {
        // Four lines of links that never close, growing in length: Markdig read each line again at each "](".
        yield return new TestCaseData("[x](", (Func<int, string>)(n => string.Join("\n", Enumerable.Repeat(Repeat("[x](", n), 4))), 250).SetArgDisplayNames("[x](");
        yield return new TestCaseData("[x](a", (Func<int, string>)(n => string.Join("\n", Enumerable.Repeat(Repeat("[x](a", n), 4))), 250).SetArgDisplayNames("[x](a");
        yield return new TestCaseData("![x](", (Func<int, string>)(n => string.Join("\n", Enumerable.Repeat(Repeat("![x](", n), 4))), 250).SetArgDisplayNames("![x](");
        // A run of openers closed by as many brackets: Markdig's work grows with their square.
        yield return new TestCaseData("[", (Func<int, string>)(n => new string('[', n) + new string(']', n)), 400).SetArgDisplayNames("[ runs");
        // A blank line of spaces between two paragraphs (a fuzzed 52 KB file held one of 50,000): the link budget's
        // paragraph search stepped over it a character at a time, scanning the rest of the line at each.
        yield return new TestCaseData(" ", (Func<int, string>)(n => "Some text.\n" + new string(' ', n) + "\nMore [text](a3.md)."), 5_000).SetArgDisplayNames("blank line of spaces");
        // Quotes nested 100 deep (under Markdig's limit), line after line.
        yield return new TestCaseData("> ", (Func<int, string>)(n => string.Join("\n", Enumerable.Repeat(Repeat("> ", 100) + "text", n))), 20).SetArgDisplayNames("> nesting");
    }

    [TestCaseSource(nameof(Shapes))]
    public void Reading_takes_work_in_proportion_to_the_file(string unit, Func<int, string> text, int size)
    {
        var corpora = new List<TempCorpus>();
        try
        {
            var growth = Growth.Of(
                n =>
                {
                    var corpus = new TempCorpus();
                    corpora.Add(corpus);
                    corpus.Write("en/hostile.md", $"Article 51\n\n{text(n)}\n");
                    return corpus;
                },
                corpus => corpus.Read(),
                size);

            growth.Time.ShouldBeLessThan(Growth.Bound, $"{unit}: {growth.Measured}");
            growth.Allocated.ShouldBeLessThan(Growth.Bound, $"{unit}: {growth.Measured}");
        }
        finally
        {
            corpora.ForEach(c => c.Dispose());
        }
    }
}
