using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RulesDsl.Explain.Batches;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests.Batches;

/// <summary>
/// A batch over a classifier with typed facts sets each case's facts straight into its slots, as read, and never builds
/// them by name; its output and summary are byte for byte those of the same batch classified by name.
/// </summary>
public class TypedBatchTests
{
    public static IEnumerable<TestCaseData> RuleSets()
    {
        yield return new TestCaseData(Built.GpaiPath).SetArgDisplayNames("systemic risk");
        yield return new TestCaseData(Built.NotificationPath).SetArgDisplayNames("notification");
    }

    internal static IClassifier Classifier(string path) => path == Built.GpaiPath ? Built.GpaiClassifier : Built.NotificationClassifier;

    [TestCaseSource(nameof(RuleSets))]
    public void A_typed_classifier_is_given_each_case_in_slots_with_the_verdicts_it_gives_by_name(string path)
    {
        var classifier = Classifier(path);
        var typed = new CountingTyped(classifier.ShouldBeAssignableTo<ITypedClassifier>()!);
        var lines = Cases(classifier.Definition, 3000, seed: 51);

        var (byName, byNameSummary) = Run(new ByNameOnly(classifier), lines);
        var (inSlots, inSlotsSummary) = Run(typed, lines);

        typed.ByName.ShouldBe(0);
        typed.Slots.ShouldBeGreaterThan(0);
        inSlots.ShouldBe(byName);
        inSlotsSummary.ShouldBe(byNameSummary);
        // The cases are varied enough to show something: verdicts of every outcome, and records refused.
        byName.ShouldContain("\"outcome\":\"yes\"");
        byName.ShouldContain("\"outcome\":\"no\"");
        byName.ShouldContain("\"outcome\":\"unknown\"");
        byNameSummary.ShouldContain("skipped: cases.jsonl(");
        Regex.IsMatch(byName, "^\\{\"line\":[0-9]+,\"conclusion\":", RegexOptions.Multiline).ShouldBeTrue("a case without a name");
        Regex.IsMatch(byName, "^\\{\"line\":[0-9]+,\"id\":\"case [0-9]+\",\"conclusion\":", RegexOptions.Multiline).ShouldBeTrue("a case with a name");
    }

    [Test]
    public void The_facts_read_for_slots_are_the_facts_by_name_when_asked_for()
    {
        var models = FactsJson.Read("""{"id": "m", "training_compute": 3e25, "modalities": ["text", "image"], "significant_generality": true}""", Built.GpaiClassifier.Definition);
        var notified = FactsJson.Read("""{"notified_on": "2025-09-01", "notified": false}""", Built.NotificationClassifier.Definition);

        models.Succeeded.ShouldBeTrue(string.Join("; ", models.Errors));
        models.Given.Count.ShouldBe(3);
        models.Facts.Names.ShouldBe(["modalities", "significant_generality", "training_compute"]);
        Quantity.TryParse("3e25", out var amount).ShouldBeTrue();
        models.Facts.Quantity("training_compute").ShouldBe(amount);
        models.Facts.Set("modalities").Values.ShouldNotBeNull().ShouldBe(["image", "text"], ignoreOrder: true);
        models.Facts.YesNo("significant_generality").ShouldBe(Truth.Yes);
        notified.Given.Count.ShouldBe(2);
        notified.Facts.Date("notified_on").ShouldBe(new DateValue(new DateOnly(2025, 9, 1), true));
        notified.Facts.YesNo("notified").ShouldBe(Truth.No);
    }

    [Test]
    public void Each_worker_makes_each_distinct_verdict_once_however_often_it_is_given()
    {
        // The shipped profiles over and over: among their verdicts two that differ only in how they were reached, whose
        // hashes once met in the table of kept verdicts and took each other's place at every case.
        var typed = new CountingTyped(Built.GpaiClassifier.ShouldBeAssignableTo<ITypedClassifier>()!);
        var profiles = File.ReadAllLines(BatchClassifierTests.Models).Where(l => l.Trim().Length > 0).ToArray();
        var lines = string.Concat(Enumerable.Range(0, 20_000).Select(index => profiles[index % profiles.Length] + "\n"));

        Run(typed, lines);

        var (made, distinct) = typed.Verdicts;
        distinct.ShouldBeGreaterThan(4);
        made.ShouldBeLessThanOrEqualTo(2 * distinct);
    }

    private static (string Output, string Summary) Run(IClassifier classifier, string lines)
    {
        using var output = new MemoryStream();
        var summary = new BatchClassifier(classifier, Built.Today).Run(
            FactsRecords.JsonLinesChunks(new MemoryStream(Encoding.UTF8.GetBytes(lines)), classifier.Definition, chunkBytes: 4096),
            new JsonVerdicts(output, null),
            new BatchRun(Workers: 2));
        using var text = new StringWriter();
        summary.Write(text, "cases.jsonl");
        return (Encoding.UTF8.GetString(output.ToArray()), text.ToString());
    }

    /// <summary>Cases of every fact of the rules: given, null or left out, with values around the law's thresholds and some out of range.</summary>
    private static string Cases(RuleSetDefinition definition, int count, int seed)
    {
        var random = new Random(seed);
        string[] amounts = ["0", "1", "7e10", "15e12", "1e24", "9.99e24", "1e25", "1.0e25", "3.8e25", "2e26", "2.5", "-1"];
        string[] days = ["2024-05-01", "2025-08-01", "2025-08-02", "2025-09-15", "2026-02-01", "2027-01-01"];
        var text = new StringBuilder();
        for (var index = 0; index < count; index++)
        {
            // A name for most cases, none for some: a verdict's output follows either.
            var members = random.Next(3) > 0 ? new List<string> { string.Create(CultureInfo.InvariantCulture, $"\"id\": \"case {index}\"") } : [];
            foreach (var fact in definition.Facts.Where(_ => random.Next(3) > 0))
            {
                var value = random.Next(12) == 0 ? "null" : fact.Kind switch
                {
                    FactKind.Quantity => amounts[random.Next(amounts.Length)],
                    FactKind.YesNo => random.Next(2) == 0 ? "true" : "false",
                    FactKind.Date => $"\"{days[random.Next(days.Length)]}\"",
                    _ => $"[{string.Join(", ", fact.Values.Where(_ => random.Next(2) == 0).Select(v => $"\"{v}\""))}]",
                };
                members.Add($"\"{fact.Name}\": {value}");
            }

            text.Append('{').AppendJoin(", ", members).Append("}\n");
        }

        return text.ToString();
    }

    /// <summary>The classifier seen only by name: what a batch classified before facts went into slots.</summary>
    private sealed class ByNameOnly(IClassifier inner) : IClassifier
    {
        public RuleSetDefinition Definition => inner.Definition;

        public Verdict Classify(Facts facts, ClassifyOptions options) => inner.Classify(facts, options);

        public Verdict Conclude(string conclusion, Facts facts, ClassifyOptions options) => inner.Conclude(conclusion, facts, options);
    }

    /// <summary>The typed classifier, counting how it is asked: by name, or for slots.</summary>
    private sealed class CountingTyped(ITypedClassifier inner) : ITypedClassifier
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<VerdictValue, byte> values = new();
        private int byName;
        private int slots;
        private int made;

        /// <summary>How many verdicts were made of values, and of how many distinct values.</summary>
        public (int Made, int Distinct) Verdicts => (made, values.Count);

        public int ByName => byName;

        public int Slots => slots;

        public RuleSetDefinition Definition => inner.Definition;

        public Verdict Classify(Facts facts, ClassifyOptions options)
        {
            Interlocked.Increment(ref byName);
            return inner.Classify(facts, options);
        }

        public Verdict Conclude(string conclusion, Facts facts, ClassifyOptions options)
        {
            Interlocked.Increment(ref byName);
            return inner.Conclude(conclusion, facts, options);
        }

        public FactSlots NewSlots()
        {
            Interlocked.Increment(ref slots);
            return inner.NewSlots();
        }

        public Verdict ToVerdict(VerdictValue value, DateOnly asOf)
        {
            Interlocked.Increment(ref made);
            values.TryAdd(value, 0);
            return inner.ToVerdict(value, asOf);
        }
    }
}
