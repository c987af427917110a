using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RulesDsl.Compiler.Loading;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;

namespace RulesDsl.Benchmarks;

/// <summary>
/// The batch path of <c>rulesdsl classify</c> on 10 000 JSON Lines cases held as UTF-8 bytes, each figure against a
/// plain <see cref="Utf8JsonReader"/> loop over the same lines (the floor of reading them at all): the facts read,
/// read and classified on one thread, the whole batch (read, classified, written as JSON Lines to a stream that keeps
/// nothing) on one worker and on every core, and with a JSON explanation on every core. Results are per record;
/// records per second are one second divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class BatchThroughput
{
    private const int Records = 10_000;

    private byte[] lines = [];
    private LoadedClassifier loaded = null!;
    private BatchClassifier plain = null!;
    private BatchClassifier explained = null!;

    [GlobalSetup]
    public void Setup()
    {
        var workspace = GpaiRules.Workspace();
        loaded = GpaiRules.Load(GpaiRules.Text(), workspace);
        plain = new BatchClassifier(loaded.Classifier, GpaiRules.AsOf);
        explained = new BatchClassifier(loaded.Classifier, GpaiRules.AsOf, new BatchExplaining(new Explainer(workspace.Graph), new ExplainOptions("en")));
        var text = new StringBuilder();
        for (var index = 0; index < Records; index++)
        {
            // Compute around the threshold, estimated from parameters × tokens in one case of four, with reach given.
            text.AppendLine(index % 4 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"model {index}\", \"parameters\": {7 + index % 400}e9, \"training_tokens\": 15e12}}")
                : string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"model {index}\", \"training_compute\": {1 + index % 50}e24, \"business_users_eu\": {index}}}"));
        }

        lines = Encoding.UTF8.GetBytes(text.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => loaded.Dispose();

    /// <summary>Every token of every line read, and nothing done with it.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int Utf8JsonReaderLoop()
    {
        var tokens = 0;
        var rest = lines.AsSpan();
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var reader = new Utf8JsonReader(rest[..end]);
            while (reader.Read())
            {
                tokens++;
            }

            rest = rest[(end + 1)..];
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public int ReadFacts() => Chunks().Sum(chunk => chunk().Count(record => record.Succeeded));

    [Benchmark(OperationsPerInvoke = Records)]
    public int ReadAndClassify() => Chunks().Sum(chunk => chunk().Count(record => plain.Classify(record).Verdict.Outcome == Runtime.Truth.Yes));

    [Benchmark(OperationsPerInvoke = Records)]
    public int BatchOnOneWorker() => Run(plain, null, workers: 1);

    [Benchmark(OperationsPerInvoke = Records)]
    public int BatchOnEveryCore() => Run(plain, null, workers: 0);

    [Benchmark(OperationsPerInvoke = Records)]
    public int WithJsonExplanationOnEveryCore() => Run(explained, new JsonExplanation(), workers: 0);

    private IEnumerable<BatchChunk> Chunks(int chunkBytes = FactsRecords.ChunkBytes) =>
        FactsRecords.JsonLinesChunks(new MemoryStream(lines, writable: false), loaded.Classifier.Definition, chunkBytes);

    private int Run(BatchClassifier batch, IExplanationRenderer? renderer, int workers)
    {
        var chunks = Chunks(renderer is null ? FactsRecords.ChunkBytes : FactsRecords.ChunkBytes / 32);
        var summary = batch.Run(chunks, new JsonVerdicts(Stream.Null, renderer), new BatchRun(Workers: workers));
        return summary.Classified == Records ? summary.Classified : throw new InvalidOperationException($"{summary.Skipped} records skipped");
    }
}
