using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;
using RulesDsl.Runtime.Tests;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>
/// Reading facts takes work in proportion to the JSON: at 16 times the records, the members of a set or the keys of a
/// record, well under 16² times the processor time and the bytes allocated (tests/Shared/Growth.cs).
/// </summary>
public class FactsJsonScalingTests
{
    private static readonly RuleSetDefinition Definition = new SmallRuleSet().Definition;

    private static int ReadAll(string lines) => FactsJson.ReadRecords(new StringReader(lines), Definition).Count();

    [Test]
    public void Records_are_read_in_proportion_to_their_number()
    {
        static string Records(int n) => string.Concat(Enumerable.Range(0, n).Select(i =>
            $"{{\"id\": \"case {i}\", \"training_compute\": {{\"value\": {i}e22, \"unit\": \"FLOP\"}}, \"modalities\": [\"text\"]}}\n"));

        var growth = Growth.Of(Records, ReadAll, size: 200);

        growth.Time.ShouldBeLessThan(Growth.Bound, growth.Measured);
        growth.Allocated.ShouldBeLessThan(Growth.Bound, growth.Measured);
    }

    [TestCase("set")]
    [TestCase("keys")]
    public void One_record_is_read_in_proportion_to_its_size(string shape)
    {
        Func<int, string> record = shape == "set"
            ? n => $"{{\"modalities\": [{string.Join(", ", Enumerable.Repeat("\"text\", \"image\"", n))}]}}"
            : n => $"{{{string.Join(", ", Enumerable.Range(0, n).Select(i => $"\"unknown_{i}\": {i}"))}}}";

        var growth = Growth.Of(record, json => FactsJson.Read(json, Definition), size: 200);

        growth.Time.ShouldBeLessThan(Growth.Bound, $"{shape}: {growth.Measured}");
        growth.Allocated.ShouldBeLessThan(Growth.Bound, $"{shape}: {growth.Measured}");
    }
}
