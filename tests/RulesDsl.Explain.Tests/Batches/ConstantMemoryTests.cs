using System.Globalization;
using System.Text;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>A batch of 100 000 generated cases, streamed: the heap after 100 000 records is what it was after 10 000.</summary>
public class ConstantMemoryTests
{
    private const int Records = 100_000;
    private const int Early = 10_000;

    /// <summary>
    /// How much more the heap may hold after 100 000 records than after 10 000: the chunks a batch has in flight between
    /// its reader, workers and writer (a few hundred records, or a few dozen explained), and far less than the 90 000
    /// records between the two (over 90 MB) would hold if any were kept.
    /// </summary>
    private const long Bound = 8 * 1024 * 1024;

    [TestCase(false)]
    [TestCase(true)]
    public void Memory_stays_flat_over_100_000_records(bool explained)
    {
        var input = new GeneratedLines(Records);
        var output = new CountingWriter();
        var explaining = explained ? new BatchExplaining(new Explainer(Built.Corpus), new ExplainOptions("en")) : null;

        var summary = new BatchClassifier(Built.GpaiClassifier, Built.Today, explaining)
            .Run(FactsRecords.JsonLines(input, Built.GpaiClassifier.Definition), new JsonVerdicts(output, explained ? new JsonExplanation() : null));

        summary.Classified.ShouldBe(Records);
        output.Lines.ShouldBe(Records);
        (input.HeapAtEnd - input.HeapAtEarly).ShouldBeLessThan(Bound);
    }

    /// <summary>JSON Lines made as they are read, the heap measured after a full collection at record 10 000 and at the end.</summary>
    private sealed class GeneratedLines(int count) : TextReader
    {
        private int line;

        public long HeapAtEarly { get; private set; }

        public long HeapAtEnd { get; private set; }

        public override string? ReadLine()
        {
            if (line == Early)
            {
                HeapAtEarly = GC.GetTotalMemory(forceFullCollection: true);
            }

            if (line == count)
            {
                HeapAtEnd = GC.GetTotalMemory(forceFullCollection: true);
                return null;
            }

            line++;
            return string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"model {line}\", \"training_compute\": {line}e20, \"business_users_eu\": {line % 20_000}}}");
        }
    }

    /// <summary>Counts the lines written and keeps none.</summary>
    private sealed class CountingWriter : TextWriter
    {
        public int Lines { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                Lines++;
            }
        }

        public override void Write(string? value)
        {
            Lines += value?.Count(c => c == '\n') ?? 0;
        }
    }
}
