using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Examples;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// A classifier also takes its facts typed, a slot per fact, and decides over them in generated code: the verdicts are
/// those it gives over <see cref="Facts"/>, traced and not, on the shipped rules' examples and on every case the untraced
/// decision is tested on; its verdict as a value allocates nothing, and a verdict over <see cref="Facts"/> is one object.
/// </summary>
public class TypedFactsTests
{
    private static readonly ClassifyOptions Untraced = Built.Traced with { Trace = false };

    [Test]
    public void The_shipped_classifier_declares_a_typed_slot_per_fact_and_compiles_with_the_runtime_alone()
    {
        var compiled = Built.Compile(Built.Gpai);

        var source = compiled.Generated.Source;
        source.ShouldContain("public sealed class GpaiSystemicRisk : R.Classifier<GpaiSystemicRisk.Facts>");
        source.ShouldContain("public struct Facts");
        source.ShouldContain("public R.Quantity? TrainingCompute;");
        source.ShouldContain("public bool? DesignatedByCommission;");
        source.ShouldContain("public global::System.Collections.Generic.IReadOnlySet<string>? Modalities;");
        compiled.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        using var pe = new PEReader(ImmutableArray.CreateRange(compiled.Assembly));
        var metadata = pe.GetMetadataReader();
        metadata.AssemblyReferences.Select(a => metadata.GetString(metadata.GetAssemblyReference(a).Name)).ShouldBeSubsetOf(Sandbox.Assemblies);
        Sandbox.TypeReferences(metadata).ShouldContain("RulesDsl.Runtime.Classifier`1");
    }

    [Test]
    public void Slots_are_named_after_their_facts_unless_two_facts_or_a_keyword_would_take_one_name()
    {
        var text = """
            rules "Names"
            act eu-ai-act
            language en

            fact training_compute: FLOP
              cites Article 51(2)

            fact training__compute: FLOP
              cites Article 51(2)

            fact string: yes/no
              cites Article 51(1)

            fact equals: yes/no
              cites Article 51(1)

            conclusion large
              cites Article 51(2)

            rule large_by_compute
              concludes large
              when training_compute greater than 10^25 FLOP or training__compute greater than 10^25 FLOP or string or equals
              cites Article 51(2)

            verdict large
              cites Article 51(2)
            """;
        var rules = Built.Check(text, "rules/names.rules");

        TypedFactsWriter.SlotNames([.. rules.RuleSet.Facts.Select(f => f.Symbol)]).ShouldBe(["Fact_0", "Fact_1", "String", "Fact_3"]);
        using var loaded = Built.Load(rules);
        var slots = loaded.Typed.ShouldNotBeNull().NewSlots();
        slots.Set(1, Quantity.Of(3, 25));
        slots.Decide(Built.Today).Outcome.ShouldBe(Truth.Yes);
    }

    [Test]
    public void The_examples_of_the_shipped_rules_get_the_same_verdict_typed_as_over_facts_traced_and_not()
    {
        foreach (var path in new[] { "rules/gpai-systemic-risk.rules", Built.NotificationPath })
        {
            var rules = Built.Check(File.ReadAllText(Path.Combine(RepoPaths.Root, path)), Path.Combine(RepoPaths.Root, path));
            using var loaded = Built.Load(rules);
            var examples = rules.RuleSet.Examples.Select(x => (ExampleRunner.FactsOf(x), x.Syntax.AsOf?.Value ?? Built.Today)).ToList();

            examples.Count.ShouldBeGreaterThan(10, path);
            Compare(loaded, examples);
        }
    }

    [Test]
    public void Every_combination_of_the_shipped_rules_facts_gets_the_same_verdict_typed_as_over_facts()
    {
        using var loaded = Built.Load(Built.Gpai);

        Compare(loaded, [.. UntracedDecisionTests.GpaiCases()]).Count.ShouldBeGreaterThan(5);
    }

    [Test]
    public void Random_cases_of_every_rule_shape_get_the_same_verdict_typed_as_over_facts()
    {
        var random = new Random(51);
        var cases = Enumerable.Range(0, 3000)
            .Select(_ => (UntracedDecisionTests.ShapesFacts(random), UntracedDecisionTests.Days[random.Next(UntracedDecisionTests.Days.Length)])).ToList();

        var kinds = Compare(UntracedDecisionTests.ShapesClassifier.Value, cases);

        kinds.ShouldContain(k => k.Contains("estimated", StringComparison.Ordinal));
        kinds.ShouldContain(k => k.Contains("rebutted", StringComparison.Ordinal));
        kinds.ShouldContain(k => k.StartsWith("Unknown", StringComparison.Ordinal));
    }

    [Test]
    public void A_verdict_as_a_value_allocates_nothing()
    {
        var typed = (ITypedClassifier)Built.GpaiClassifier;
        var slots = UntracedDecisionTests.GpaiCases().Take(400).Select(c =>
        {
            var filled = typed.NewSlots();
            filled.Read(c.Item1);
            return (Slots: filled, AsOf: c.Item2);
        }).ToList();
        var outcomes = new int[3];
        for (var warm = 0; warm < 50; warm++)
        {
            slots.ForEach(s => outcomes[(int)s.Slots.Decide(s.AsOf).Outcome]++);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 20; round++)
        {
            foreach (var (filled, asOf) in slots)
            {
                outcomes[(int)filled.Decide(asOf).Outcome]++;
            }
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        outcomes.ShouldAllBe(n => n > 0);
    }

    [Test]
    public void A_verdict_over_facts_without_trace_is_one_object_when_nothing_is_missing()
    {
        var facts = Built.GeneralPurpose.With("training_compute", 3.8e25);
        var verdict = Built.GpaiClassifier.Classify(facts, Untraced);
        verdict.Outcome.ShouldBe(Truth.Yes);
        verdict.Applicability.Status.ShouldBe(ApplicabilityStatus.Applies);
        for (var warm = 0; warm < 100; warm++)
        {
            Built.GpaiClassifier.Classify(facts, Untraced);
            _ = verdict with { };
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        Built.GpaiClassifier.Classify(facts, Untraced);
        var classified = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        _ = verdict with { };
        var one = GC.GetAllocatedBytesForCurrentThread() - before;

        classified.ShouldBe(one);
    }

    [Test]
    public void A_slot_is_set_by_its_facts_index_and_kind_and_holds_an_amount_known_exactly()
    {
        var typed = (ITypedClassifier)Built.GpaiClassifier;
        var definition = typed.Definition;
        var slots = typed.NewSlots();
        slots.Read(Built.GeneralPurpose);
        slots.Set(definition.FactIndex("training_compute"), Quantity.Of(38, 24));
        slots.Set(definition.FactIndex("modalities"), new HashSet<string>(["text"], StringComparer.Ordinal));

        slots.Classify(Untraced).ShouldBe(typed.Classify(Built.GeneralPurpose.With("training_compute", 3.8e25).With("modalities", ["text"]), Untraced));
        Should.Throw<ArgumentOutOfRangeException>(() => slots.Set(definition.FactIndex("training_compute"), true));
        Should.Throw<ArgumentOutOfRangeException>(() => slots.Set(definition.Facts.Count, true));
        Should.Throw<ArgumentException>(() => slots.Set(definition.FactIndex("training_compute"), Quantity.Of(1, 25).AsLowerBound()));
        slots.Clear();
        var empty = slots.Decide(Built.Today);
        (empty.Outcome, empty.Applicability).ShouldBe((Truth.Unknown, ApplicabilityStatus.ScopeUndetermined));
    }

    /// <summary>
    /// Each case's verdict over typed facts (as a value named by the classifier, and classified traced and not) against
    /// the verdict over <see cref="Facts"/> traced (the interpreter) and not; fails listing the first that differ.
    /// Returns the kinds of verdict seen.
    /// </summary>
    private static HashSet<string> Compare(LoadedClassifier loaded, IReadOnlyList<(Facts Facts, DateOnly AsOf)> cases)
    {
        var typed = loaded.Typed.ShouldNotBeNull();
        var slots = typed.NewSlots();
        var differences = new List<string>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (facts, asOf) in cases)
        {
            slots.Clear();
            slots.Read(facts);
            var traced = Describe(typed.Classify(facts, new ClassifyOptions(asOf, Trace: true)));
            string[] others =
            [
                Describe(typed.Classify(facts, new ClassifyOptions(asOf, Trace: false))),
                Describe(typed.ToVerdict(slots.Decide(asOf), asOf)),
                Describe(slots.Classify(new ClassifyOptions(asOf, Trace: false))),
                Describe(slots.Classify(new ClassifyOptions(asOf, Trace: true))),
            ];
            if (others.Any(o => o != traced))
            {
                differences.Add($"on {asOf:yyyy-MM-dd} of {{{string.Join(", ", facts.Names)}}}: traced {traced}, others {string.Join(" | ", others)}");
            }

            kinds.Add(traced);
        }

        differences.Take(10).ShouldBeEmpty($"{differences.Count} of {cases.Count} cases differ");
        return kinds;
    }

    private static string Describe(Verdict verdict) =>
        $"{verdict.Outcome} by {verdict.DecidingRule ?? "-"} [{string.Join(", ", verdict.How).ToLowerInvariant()}] " +
        $"missing [{string.Join(", ", verdict.MissingFacts)}] {verdict.Applicability.Status} {verdict.Applicability.Scope} {verdict.AsOf:yyyy-MM-dd}";
}
