using System.Reflection;
using RulesDsl.Compiler.Examples;
using RulesDsl.Compiler.Generation;
using RulesDsl.Runtime;

namespace RulesDsl.Compiler.Tests;

/// <summary>
/// Without trace a classifier decides in code generated from the rules; with trace the runtime evaluates them. Both
/// must give the same verdict (outcome, deciding rule, how, missing facts) on every case: the traced evaluation is the
/// reference, and these tests run both over every combination of given, missing and threshold values.
/// </summary>
public class UntracedDecisionTests
{
    // Every shape the language has: a parameter with two dated values, an estimate feeding a derivation that has an
    // estimate of its own, exceptions in a chain (`exception to`), `unless` with `and not`, `not`, `or`, conclusions
    // read by others, dates, sets, `contains`, `is` on sets, subtraction, and rules that conclude `not`.
    internal const string Shapes = """
        rules "Shapes"
        act eu-ai-act
        language en

        enum modality
          values text, image, audio, video, biological_sequences
          cites Annex XIII, point (d)

        fact parameters: count
          cites Annex XIII, point (a)

        fact training_tokens: tokens
          cites Annex XIII, point (b)

        fact base_compute: FLOP
          cites recital 111 sentence 6

        fact extra_compute: FLOP
          cites recital 111 sentence 6

        fact pretraining_compute: FLOP
          cites recital 111 sentence 6

        fact total_compute: FLOP
          cites Article 51(2)

        fact release_date: date
          cites Article 51(2)

        fact modalities: set of modality
          cites Annex XIII, point (d)

        fact assessed: yes/no
          cites Article 51(1), point (a)

        fact designated: yes/no
          cites Article 51(1), point (b)

        fact open_weights: yes/no
          cites Article 51(1)

        fact rebutted: yes/no
          cites Article 52(2)

        parameter threshold: FLOP
          value 10^25 FLOP from 2025-08-02
          value 10^26 FLOP from 2026-01-01
          cites Article 51(2); Article 51(3)

        estimate base_compute
          from (6 × parameters × training_tokens) as FLOP
          cites Annex XIII, point (c)

        derive total_compute
          from base_compute + extra_compute
          cites recital 111 sentence 6

        estimate total_compute
          from pretraining_compute
          cites Annex XIII, point (c)

        conclusion large
          cites Article 51(2)

        conclusion recent
          cites Article 51(2)

        conclusion covered
          cites Article 51(1)

        presumption large_by_compute
          presumes large
          when total_compute greater than threshold
          cites Article 51(2)

        rule small_by_compute
          concludes not large
          when total_compute at most 10^24 FLOP and not assessed and not designated
          exception to large_by_compute
          cites Article 51(2)

        rule large_by_assessment
          concludes large
          when assessed or designated
          unless rebutted
          exception to small_by_compute
          cites Article 51(1), point (a)

        rule open_release
          concludes not large
          when open_weights and not designated and not assessed
          exception to large_by_assessment
          cites Article 51(1)

        rule recent_release
          concludes recent
          when release_date at least 2025-08-02 or modalities contains video
          cites Article 51(2)

        rule old_release
          concludes not recent
          when release_date less than 2025-08-02 and not (modalities contains video)
          exception to recent_release
          cites Article 51(2)

        presumption covered_large
          presumes covered
          when large and recent
          unless rebutted and not designated
          cites Article 51(1)

        rule covered_multimodal
          concludes covered
          when modalities is {text, image} or (large and total_compute - extra_compute at least 10^25 FLOP)
          exception to not_covered_old
          cites Annex XIII, point (d)

        rule not_covered_old
          concludes not covered
          when not recent and not designated
          exception to covered_large
          cites Article 51(1)

        verdict covered
          cites Article 51(1)
        """;

    internal static readonly Lazy<RulesDsl.Compiler.Loading.LoadedClassifier> ShapesClassifier =
        new(() => Built.Load(Built.Check(Shapes, "rules/shapes.rules")));

    // Before the threshold took force, the day it did, and the day its second value did.
    internal static readonly DateOnly[] Days = [new(2025, 8, 1), new(2025, 8, 2), new(2026, 1, 1), Built.Today];

    [Test]
    public void The_shipped_classifier_decides_in_generated_code_without_trace()
    {
        var decide = Built.GpaiClassifier.GetType().GetMethod("Decide", BindingFlags.Instance | BindingFlags.NonPublic);

        decide.ShouldNotBeNull().DeclaringType.ShouldBe(Built.GpaiClassifier.GetType());
    }

    [Test]
    public void Every_combination_of_the_shipped_rules_facts_gets_the_traced_verdict_without_trace()
    {
        var cases = GpaiCases().ToList();

        var kinds = Compare(Built.GpaiClassifier, cases);

        cases.Count.ShouldBeGreaterThan(5000);
        // Every way of deciding the verdict was reached, so the comparison covered each of them.
        kinds.ShouldContain("systemic_risk Yes high_impact_route met, presumed, estimated");
        kinds.ShouldContain("systemic_risk Yes high_impact_route met, estimated");
        kinds.ShouldContain("systemic_risk Yes high_impact_route met, presumed");
        kinds.ShouldContain("systemic_risk Yes designation_route met");
        kinds.ShouldContain("systemic_risk No - rebutted");
        kinds.ShouldContain("systemic_risk Unknown - ");
        kinds.ShouldContain("high_impact_on_internal_market Yes reach_presumption presumed");
    }

    [Test]
    public void Random_cases_of_every_rule_shape_get_the_traced_verdict_without_trace()
    {
        var random = new Random(51);
        var cases = Enumerable.Range(0, 3000).Select(_ => (ShapesFacts(random), Days[random.Next(Days.Length)])).ToList();

        var kinds = Compare(ShapesClassifier.Value.Classifier, cases);

        foreach (var rule in new[] { "large_by_compute", "small_by_compute", "large_by_assessment", "open_release", "recent_release", "old_release", "covered_large", "covered_multimodal", "not_covered_old" })
        {
            kinds.ShouldContain(k => k.Contains($" {rule} ", StringComparison.Ordinal), $"no case was decided by {rule}");
        }

        kinds.ShouldContain(k => k.Contains("estimated", StringComparison.Ordinal));
        kinds.ShouldContain(k => k.Contains("rebutted", StringComparison.Ordinal));
        kinds.ShouldContain(k => k.Contains(" Unknown ", StringComparison.Ordinal));
    }

    [Test]
    public void The_examples_of_the_rules_file_get_the_traced_verdict_without_trace()
    {
        var traced = ExampleRunner.Run(Built.Gpai.RuleSet, Built.GpaiClassifier, Built.Traced);
        var untraced = ExampleRunner.Run(Built.Gpai.RuleSet, Built.GpaiClassifier, Built.Traced with { Trace = false });

        untraced.Count.ShouldBe(19);
        untraced.ShouldAllBe(r => r.Passed);
        untraced.Select(r => Describe(r.Verdict)).ShouldBe(traced.Select(r => Describe(r.Verdict)));
    }

    [Test]
    public void A_rule_set_of_more_facts_than_bits_decides_in_generated_code_without_trace()
    {
        var facts = Enumerable.Range(0, DecideWriter.Bits + 1).Select(i => $"fact flag_{i}: yes/no\n  cites Article 51(1)\n");
        var text = $"""
            rules "Many facts"
            {string.Join("\n", facts)}
            conclusion covered
              cites Article 51(1)

            rule last_flag
              concludes covered
              when flag_{DecideWriter.Bits} or flag_0
              cites Article 51(1)

            verdict covered
              cites Article 51(1)
            """;
        using var loaded = Built.Load(Built.Check(text, "rules/many.rules"));

        var verdict = loaded.Classifier.Classify(Built.GeneralPurpose.With("flag_0", false), Built.Traced with { Trace = false });

        DecidesInGeneratedCode(loaded.Classifier).ShouldBeTrue();
        verdict.Outcome.ShouldBe(Truth.Unknown);
        verdict.MissingFacts.ShouldBe([$"flag_{DecideWriter.Bits}"]);
    }

    [Test]
    public void A_rule_set_of_hundreds_of_facts_gets_the_traced_verdict_without_trace()
    {
        // 150 threshold rules over 172 facts: missing facts in three words of bits, passed from one conclusion to the next.
        const int Rules = 150;
        using var loaded = Built.Load(Built.Check(ThresholdRules.Text(Rules), ThresholdRules.Path(Rules)));
        var random = new Random(15);
        var cases = Enumerable.Range(0, 400).Select(_ => (ThresholdRules.Case(random, Rules, Facts.None, (facts, name, quantity) => facts.With(name, quantity), (facts, name, yes) => facts.With(name, yes)), Built.Today)).ToList();

        var kinds = Compare(loaded.Classifier, cases);

        DecidesInGeneratedCode(loaded.Classifier).ShouldBeTrue();
        loaded.Classifier.Definition.Facts.Count.ShouldBeGreaterThan(2 * DecideWriter.Bits);
        kinds.ShouldContain("covered Yes covered_route met");
        kinds.ShouldContain("covered No - ");
        kinds.ShouldContain("covered Unknown - ");
        kinds.ShouldContain("above No below met");
        kinds.ShouldContain(k => k.StartsWith("above Yes r", StringComparison.Ordinal));
    }

    private static bool DecidesInGeneratedCode(IClassifier classifier) =>
        classifier.GetType().GetMethod("Decide", BindingFlags.Instance | BindingFlags.NonPublic)?.DeclaringType == classifier.GetType();

    /// <summary>
    /// Each conclusion of every case, traced and not; fails listing the first cases that differ. Returns the kinds of
    /// verdict seen (conclusion, outcome, rule, how), for the tests to check what was covered.
    /// </summary>
    private static HashSet<string> Compare(IClassifier classifier, IReadOnlyList<(Facts Facts, DateOnly AsOf)> cases)
    {
        var differences = new List<string>();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (facts, asOf) in cases)
        {
            foreach (var conclusion in classifier.Definition.Conclusions.Select(c => c.Name))
            {
                var traced = classifier.Conclude(conclusion, facts, new ClassifyOptions(asOf, Trace: true));
                var untraced = classifier.Conclude(conclusion, facts, new ClassifyOptions(asOf, Trace: false));
                untraced.Trace.ShouldBeNull();
                if (Describe(traced) != Describe(untraced))
                {
                    differences.Add($"{conclusion} on {asOf:yyyy-MM-dd} of {{{string.Join(", ", facts.Names.Select(n => $"{n}={Text(facts.Get(n))}"))}}}: " +
                        $"traced {Describe(traced)}, untraced {Describe(untraced)}");
                }

                kinds.Add($"{conclusion} {traced.Outcome} {traced.DecidingRule ?? "-"} {Ways(traced)}");
            }
        }

        differences.Take(10).ShouldBeEmpty($"{differences.Count} of {cases.Count} cases differ");
        return kinds;
    }

    private static string Describe(Verdict verdict) =>
        $"{verdict.Outcome} by {verdict.DecidingRule ?? "-"} [{Ways(verdict)}] missing [{string.Join(", ", verdict.MissingFacts)}]";

    private static string? Text(object? value) => value is IEnumerable<string> set ? "{" + string.Join(", ", set) + "}" : value?.ToString();

    /// <summary>
    /// Training compute missing, below, at and above 10^25 FLOP; its parts missing, partly given, or adding up to just
    /// under or over the threshold; parameters × tokens missing, partly given, or estimating below or above it; each
    /// yes/no fact missing, yes or no; business users missing, just under or at 10 000; before and after the
    /// threshold took force.
    /// </summary>
    internal static IEnumerable<(Facts, DateOnly)> GpaiCases()
    {
        Func<Facts, Facts>[] computes = [f => f, f => f.With("training_compute", 1e24), f => f.With("training_compute", 1e25), f => f.With("training_compute", 3e25)];
        Func<Facts, Facts>[] parts =
        [
            f => f,
            f => f.With("pretraining_compute", 2e25),
            f => f.With("pretraining_compute", 8e24).With("synthetic_data_compute", 1e24).With("finetuning_compute", 0.9e24),
            f => f.With("pretraining_compute", 8e24).With("synthetic_data_compute", 1e24).With("finetuning_compute", 2e24),
        ];
        Func<Facts, Facts>[] estimates =
        [
            f => f,
            f => f.With("parameters", 4e11),
            f => f.With("parameters", 1e11).With("training_tokens", 1e13),
            f => f.With("parameters", 4e11).With("training_tokens", 15e12),
        ];
        Func<Facts, Facts>[] users = [f => f, f => f.With("business_users_eu", 9_999), f => f.With("business_users_eu", 10_000)];
        foreach (var compute in computes)
        {
            foreach (var part in parts)
            {
                foreach (var estimate in estimates)
                {
                    foreach (var user in users)
                    {
                        foreach (var yesNo in YesNos(["high_impact_capabilities_assessed", "rebuttal_accepted", "designated_by_commission"]))
                        {
                            var facts = yesNo(user(estimate(part(compute(Built.GeneralPurpose)))));
                            yield return (facts, new DateOnly(2025, 8, 1));
                            yield return (facts, Built.Today);
                        }
                    }
                }
            }
        }
    }

    /// <summary>Every assignment of missing, yes and no to the facts named.</summary>
    private static IEnumerable<Func<Facts, Facts>> YesNos(IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            yield return f => f;
            yield break;
        }

        foreach (var rest in YesNos(names.Skip(1).ToList()))
        {
            yield return rest;
            yield return f => rest(f).With(names[0], true);
            yield return f => rest(f).With(names[0], false);
        }
    }

    /// <summary>A case of the shapes rules: each fact missing or one of a few values around what the rules compare it with.</summary>
    internal static Facts ShapesFacts(Random random)
    {
        var facts = Built.GeneralPurpose;
        foreach (var (name, values) in new (string, double[])[]
        {
            ("parameters", [1e11, 4e11]),
            ("training_tokens", [1e13, 15e12]),
            ("base_compute", [5e23, 2e25]),
            ("extra_compute", [0, 1e24, 5e25]),
            ("pretraining_compute", [1e24, 2e25, 2e26]),
            ("total_compute", [1e24, 1e25, 3e25, 2e26]),
        })
        {
            if (random.Next(3) > 0)
            {
                facts = facts.With(name, values[random.Next(values.Length)]);
            }
        }

        foreach (var name in new[] { "assessed", "designated", "open_weights", "rebutted" })
        {
            facts = random.Next(3) switch
            {
                0 => facts,
                1 => facts.With(name, true),
                _ => facts.With(name, false),
            };
        }

        DateOnly[] dates = [new(2025, 8, 1), new(2025, 8, 2), new(2026, 3, 1)];
        if (random.Next(3) > 0)
        {
            facts = facts.With("release_date", dates[random.Next(dates.Length)]);
        }

        string[][] sets = [[], ["text"], ["text", "image"], ["video"], ["image", "text", "video"]];
        return random.Next(3) > 0 ? facts.With("modalities", sets[random.Next(sets.Length)]) : facts;
    }

    private static string Ways(Verdict verdict) => string.Join(", ", verdict.How.Select(way => way.ToString().ToLowerInvariant()));
}
