using System.Globalization;
using System.Text;
using System.Text.Json;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>
/// Batches classified on several workers from UTF-8 bytes: output in input order and byte for byte what one worker
/// writes, bad records reported at their lines as before, and the work per record the same at n and 2n records.
/// </summary>
public class ParallelBatchTests
{
    private static RuleSetDefinition Definition => Built.GpaiClassifier.Definition;

    /// <summary>The shipped model profiles again and again, each named by its line, with a bad record every 97 lines.</summary>
    private static string Cases(int count, bool bad = false)
    {
        var profiles = File.ReadAllLines(BatchClassifierTests.Models);
        var text = new StringBuilder();
        for (var line = 1; line <= count; line++)
        {
            var profile = profiles[line % profiles.Length];
            text.Append(bad && line % 97 == 0
                ? "{\"training_compute\": \"lots\"}"
                : string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"case {line}\", {profile[(profile.IndexOf(',', StringComparison.Ordinal) + 1)..]}"));
            text.Append('\n');
        }

        return text.ToString();
    }

    private static (BatchSummary Summary, byte[] Output, List<FactsRecord> Rejected) Run(
        string lines, int workers, int chunkBytes = 4096, bool stop = false, BatchExplaining? explaining = null)
    {
        using var output = new MemoryStream();
        var rejected = new List<FactsRecord>();
        var summary = new BatchClassifier(Built.GpaiClassifier, Built.Today, explaining).Run(
            FactsRecords.JsonLinesChunks(new MemoryStream(Encoding.UTF8.GetBytes(lines)), Definition, chunkBytes),
            new JsonVerdicts(output, explaining is null ? null : new JsonExplanation()),
            new BatchRun(stop, rejected.Add, Workers: workers));
        return (summary, output.ToArray(), rejected);
    }

    private static List<JsonElement> Records(byte[] output) =>
        [.. Encoding.UTF8.GetString(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    [Test]
    public void Twenty_thousand_cases_on_four_workers_come_out_in_input_order()
    {
        var (summary, output, rejected) = Run(Cases(20_000), workers: 4);

        rejected.ShouldBeEmpty();
        summary.Classified.ShouldBe(20_000);
        var records = Records(output);
        records.Select(r => r.GetProperty("line").GetInt32()).ShouldBe(Enumerable.Range(1, 20_000));
        records.Select(r => r.GetProperty("id").GetString()).ShouldBe(Enumerable.Range(1, 20_000).Select(i => $"case {i}"));
    }

    [Test]
    public void Four_workers_write_the_same_bytes_and_report_the_same_bad_records_as_one_and_as_reading_text()
    {
        var lines = Cases(5_000, bad: true);
        var one = Run(lines, workers: 1);
        var four = Run(lines, workers: 4);
        using var text = new StringWriter();
        var fromText = new List<FactsRecord>();
        new BatchClassifier(Built.GpaiClassifier, Built.Today).Run(
            FactsRecords.JsonLines(new StringReader(lines), Definition), new JsonVerdicts(text, null), new BatchRun(Rejected: fromText.Add));

        four.Output.ShouldBe(one.Output);
        Encoding.UTF8.GetString(four.Output).ShouldBe(text.ToString());
        four.Rejected.Select(r => r.Errors.Single().Format("in.jsonl")).ShouldBe(fromText.Select(r => r.Errors.Single().Format("in.jsonl")));
        four.Rejected.Select(r => r.Line).ShouldBe(Enumerable.Range(1, 5_000).Where(line => line % 97 == 0));
        (four.Summary.Read, four.Summary.Classified, four.Summary.Skipped).ShouldBe((5_000, 5_000 - 51, 51));
        four.Summary.Count("systemic_risk", Truth.Yes).ShouldBe(one.Summary.Count("systemic_risk", Truth.Yes));
    }

    [Test]
    public void CSV_on_four_workers_is_what_one_worker_writes_in_input_order()
    {
        var csv = new StringBuilder("id,significant_generality,integrable_downstream,placed_on_market,training_compute\n");
        for (var row = 0; row < 3_000; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"model {row},true,true,true,{1 + row % 40}e24\n");
        }

        string Classify(int workers)
        {
            using var output = new StringWriter();
            new BatchClassifier(Built.GpaiClassifier, Built.Today).Run(
                FactsRecords.CsvChunks(new StringReader(csv.ToString()), Definition, recordsPerChunk: 64), new CsvVerdicts(output, null), new BatchRun(Workers: workers));
            return output.ToString();
        }

        var four = Classify(4);

        four.ShouldBe(Classify(1));
        var rows = four.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        rows.Length.ShouldBe(3_001);
        rows.Skip(1).Select(r => r.Split(',')[1]).ShouldBe(Enumerable.Range(0, 3_000).Select(i => $"model {i}"));
        rows[25].ShouldStartWith("26,model 24,systemic_risk,yes,");
    }

    [Test]
    public void Stopping_at_a_bad_record_on_four_workers_writes_every_verdict_before_it_and_none_after()
    {
        var (summary, output, rejected) = Run(Cases(2_000, bad: true), workers: 4, stop: true);

        rejected.ShouldHaveSingleItem().Line.ShouldBe(97);
        (summary.Read, summary.Classified, summary.Stopped).ShouldBe((97, 96, true));
        Records(output).Select(r => r.GetProperty("line").GetInt32()).ShouldBe(Enumerable.Range(1, 96));
    }

    [Test]
    public void Lines_read_as_bytes_are_numbered_as_text_reads_them_across_chunks()
    {
        // A byte order mark, \r\n and a lone \r, blank lines, a line longer than a chunk, a byte that is not UTF-8, and no final break.
        var longName = new string('x', 10_000);
        byte[] input =
        [
            0xEF, 0xBB, 0xBF, .. "{\"id\": \"a\", \"parameters\": 1}\r\n\r\n{\"id\": \"b\"}\r{\"id\": \""u8, .. Encoding.UTF8.GetBytes(longName),
            .. "\"}\n  \n{\"id\": \"c"u8, 0xC3, .. "\"}\n{\"id\": \"d\"}"u8,
        ];
        var rejected = new List<FactsRecord>();
        using var output = new MemoryStream();

        var summary = new BatchClassifier(Built.GpaiClassifier, Built.Today).Run(
            FactsRecords.JsonLinesChunks(new MemoryStream(input), Definition, chunkBytes: 64), new JsonVerdicts(output, null), new BatchRun(Rejected: rejected.Add, Workers: 2));

        Records(output.ToArray()).Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("id").GetString())).ShouldBe([(1, "a"), (3, "b"), (4, longName), (7, "d")]);
        rejected.ShouldHaveSingleItem().Errors.Single().Format("in.jsonl").ShouldBe("in.jsonl(6): $: the byte 0xC3 is not valid UTF-8; save the facts as UTF-8 (RD0003)");
        summary.Read.ShouldBe(5);
    }

    /// <summary>
    /// The bytes a batch allocates, on every thread, per record at n and at 2n records: a batch that kept anything per
    /// record, or did more per record the longer it ran, would allocate more per record at 2n.
    /// </summary>
    [TestCase(false, 4_000)]
    [TestCase(true, 400)]
    public void A_batch_allocates_the_same_per_record_at_n_and_2n_records(bool explained, int n)
    {
        var explaining = explained ? new BatchExplaining(new Explainer(Built.Corpus), new ExplainOptions("en")) : null;
        var small = Cases(n);
        var large = Cases(2 * n);
        Run(small, workers: 2, explaining: explaining);

        double PerRecord(string lines, int count)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            Run(lines, workers: 2, explaining: explaining).Summary.Classified.ShouldBe(count);
            return (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)count;
        }

        var atN = Enumerable.Range(0, 3).Min(_ => PerRecord(small, n));
        var at2N = Enumerable.Range(0, 3).Min(_ => PerRecord(large, 2 * n));

        (at2N / atN).ShouldBeLessThan(1.15, $"{atN:F0} bytes a record at {n}, {at2N:F0} at {2 * n}");
    }
}
