using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RulesDsl.Compiler.Loading;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Rendering;

namespace RulesDsl.Benchmarks;

/// <summary>
/// The batch path of <c>rulesdsl classify</c>: 10 000 JSON Lines cases read, classified and written as JSON Lines to a
/// writer that keeps nothing, without and with an explanation (JSON, English). Results are per record; records per
/// second are one second divided by the mean.
/// </summary>
[MemoryDiagnoser]
public class BatchThroughput
{
    private const int Records = 10_000;

    private string lines = "";
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

        lines = text.ToString();
    }

    [GlobalCleanup]
    public void Cleanup() => loaded.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public int WithoutExplanation() => Run(plain, null);

    [Benchmark(OperationsPerInvoke = Records)]
    public int WithJsonExplanation() => Run(explained, new JsonExplanation());

    private int Run(BatchClassifier batch, IExplanationRenderer? renderer)
    {
        using var input = new StringReader(lines);
        var summary = batch.Run(FactsRecords.JsonLines(input, loaded.Classifier.Definition), new JsonVerdicts(TextWriter.Null, renderer));
        return summary.Classified == Records ? summary.Classified : throw new InvalidOperationException($"{summary.Skipped} records skipped");
    }
}
