namespace RulesDsl.Runtime.Tests;

/// <summary>
/// The evaluation finds the exceptions to a rule by the plan's index, not by looking through every rule evaluated: at 16
/// times the rules, a classification takes well under 16² times the processor time (tests/Shared/Growth.cs). Looking
/// through them took 2.4 ms a classification at 1,000 rules and 7.4 ms at 2,000.
/// </summary>
public class OverrideScalingTests
{
    private const int Cases = 20;

    [Test]
    public void Classifying_takes_work_in_proportion_to_the_rules()
    {
        var growth = Growth.Of(Input, Classify, size: 128);

        growth.Time.ShouldBeLessThan(Growth.Bound, growth.Measured);
        growth.Allocated.ShouldBeLessThan(Growth.Bound, growth.Measured);
    }

    [Test]
    public void An_exception_that_applies_overrides_only_the_rule_it_names()
    {
        var classifier = new Thresholds(10);
        var untraced = new ClassifyOptions(new DateOnly(2026, 11, 23), Trace: false);

        var above = classifier.Conclude("above", Facts.None.With("f0", 1e24).With("f7", 2e25), untraced);
        var below = classifier.Conclude("above", Facts.None.With("f0", 1e24).With("f7", 1e24), untraced);
        var unknown = classifier.Conclude("above", Facts.None.With("f3", 1e24), untraced);

        above.Outcome.ShouldBe(Truth.Yes);
        above.DecidingRule.ShouldBe("r7");
        below.Outcome.ShouldBe(Truth.No);
        below.DecidingRule.ShouldBe("below");
        unknown.Outcome.ShouldBe(Truth.Unknown);
        unknown.MissingFacts.ShouldBe(["f0", "f1", "f2", "f4", "f5", "f6", "f7", "f8", "f9"]);
    }

    private static (Thresholds Classifier, Facts[] Cases) Input(int rules)
    {
        var random = new Random(rules);
        var cases = Enumerable.Range(0, Cases).Select(_ => ThresholdRules.Case(random, rules, Facts.None, (facts, name, quantity) => facts.With(name, quantity), (facts, name, yes) => facts.With(name, yes))).ToArray();
        return (new Thresholds(rules), cases);
    }

    private static int Classify((Thresholds Classifier, Facts[] Cases) input)
    {
        var options = new ClassifyOptions(new DateOnly(2026, 11, 23), Trace: false);
        return input.Cases.Sum(facts => (int)input.Classifier.Classify(facts, options).Outcome);
    }

    /// <summary>
    /// The rules of tests/Shared/ThresholdRules.cs described as generated code describes them, with no code of its own
    /// to decide them: the runtime evaluates every classification.
    /// </summary>
    private sealed class Thresholds(int rules) : Classifier
    {
        private const int Above = 0, Covered = 1;

        private static readonly Citation Art51Para2 = new("art_51__para_2", "Article 51(2)");

        private static readonly Quantity Threshold = Quantity.Of(1e25);

        protected override RuleSetDefinition Describe()
        {
            var facts = new List<FactDefinition> { new("designated_by_commission", FactKind.YesNo, null, [], []) };
            var described = new List<RuleDefinition>
            {
                new("below", RuleKind.Rule, Above, false, e => Logic.Not(e.Compare(Comparator.GreaterThan, e.Quantity(1), Threshold, "FLOP")), null, null, [Art51Para2], 1),
            };
            for (var i = 0; i < rules; i++)
            {
                var fact = facts.Count;
                facts.Add(new($"f{i}", FactKind.Quantity, "FLOP", [], [Art51Para2]));
                Func<Evaluation, Truth>? unless = null;
                if (i % 7 == 3)
                {
                    var rebuttal = facts.Count;
                    facts.Add(new($"g{i}", FactKind.YesNo, null, [], []));
                    unless = e => e.YesNo(rebuttal);
                }

                described.Add(new($"r{i}", RuleKind.Rule, Above, true, e => e.Compare(Comparator.GreaterThan, e.Quantity(fact), Threshold, "FLOP"), unless, "below", [Art51Para2], i + 2));
            }

            described.Add(new("covered_route", RuleKind.Rule, Covered, true, e => Logic.Or(e.Conclusion(Above), e.YesNo(0)), null, null, [], rules + 2));
            return new("Thresholds", "eu-ai-act", "en", "rules/thresholds.rules", facts, [], [],
                [new ConclusionDefinition("above", null, []), new ConclusionDefinition("covered", null, [])], described, Covered);
        }
    }
}
