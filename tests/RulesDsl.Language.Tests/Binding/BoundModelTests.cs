using System.Numerics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Syntax;
using static RulesDsl.Language.Tests.Binding.BindingTestSupport;

namespace RulesDsl.Language.Tests.Binding;

public sealed class BoundModelTests
{
    private static readonly QuantityType Flop = new(QuantityUnit.Flop);

    private BindResult result = null!;

    [OneTimeSetUp]
    public void BindSmallFile()
    {
        result = new RulesFileBuilder()
            .Enum("modality", ["text", "image"])
            .Fact("training_compute", "FLOP")
            .Fact("pretraining_compute", "FLOP")
            .Fact("parameters", "count")
            .Fact("training_tokens", "tokens")
            .Fact("modalities", "set of modality")
            .Fact("rebutted", "yes/no")
            .Parameter("compute_threshold", "FLOP", [(X.Number("10^25", "FLOP"), "2025-08-02"), (X.Number("2e25", "FLOP"), "2027-01-01")])
            // Declared before the derivation, tried after it.
            .Estimate("training_compute", X.Number("6").Times(X.Name("parameters")).Times(X.Name("training_tokens")).InParentheses().As("FLOP"))
            .Derive("training_compute", X.Name("pretraining_compute"))
            .Conclusion("high", means: "^capgi")
            .Presumption("compute_presumption", "high", X.Name("training_compute").GreaterThan(X.Name("compute_threshold")))
            .Rule("rebuttal", "high", X.Name("rebutted"), exceptionTo: "compute_presumption", not: true)
            .Verdict("high")
            .Example(
                "above the threshold",
                [("training_compute", X.Number("3e25", "FLOP")), ("modalities", X.Set("text"))],
                "high",
                ExpectedValue.Yes,
                by: "compute_presumption")
            .Bind();
    }

    [Test]
    public void The_file_checks_clean()
    {
        result.ShouldBeClean();
    }

    [Test]
    public void Facts_have_their_types_and_units()
    {
        result.RuleSet.Facts.Select(f => (f.Symbol.Name, f.Symbol.Type.ToString())).ShouldBe(
        [
            ("training_compute", "FLOP"), ("pretraining_compute", "FLOP"), ("parameters", "count"), ("training_tokens", "tokens"),
            ("modalities", "set of modality"), ("rebutted", "yes/no"),
        ]);
        result.RuleSet.Facts[0].Symbol.Type.ShouldBe(Flop);
        result.RuleSet.Facts[4].Symbol.Type.ShouldBeOfType<SetType>().Enumeration.Values.ShouldBe(["text", "image"]);
    }

    [Test]
    public void A_fact_falls_back_on_its_derivation_then_its_estimate()
    {
        var fallbacks = result.RuleSet.Facts[0].Fallbacks;

        fallbacks.Select(f => f.IsEstimate).ShouldBe([false, true]);
        fallbacks[0].From.ShouldBeOfType<BoundFactReference>().Fact.Name.ShouldBe("pretraining_compute");
        result.RuleSet.Facts.Skip(1).ShouldAllBe(f => f.Fallbacks.IsEmpty);
    }

    [Test]
    public void An_estimate_reads_a_product_of_count_and_tokens_as_flop()
    {
        var conversion = result.RuleSet.Facts[0].Fallbacks[1].From.ShouldBeOfType<BoundConversion>();

        conversion.Type.ShouldBe(Flop);
        conversion.Operand.Type.ShouldBe(new QuantityType(QuantityUnit.Count.Times(QuantityUnit.Tokens)));
        conversion.Operand.Type.ToString().ShouldBe("count×tokens");
        var product = conversion.Operand.ShouldBeOfType<BoundArithmetic>();
        product.Operator.ShouldBe(ArithmeticOperator.Multiply);
        product.Left.Type.ShouldBe(new QuantityType(QuantityUnit.Count));
    }

    [Test]
    public void Parameter_values_are_exact_and_sorted_by_date()
    {
        var parameter = result.RuleSet.Parameters.ShouldHaveSingleItem();

        parameter.Type.ShouldBe(Flop);
        parameter.Values.Select(v => v.From).ShouldBe([new DateOnly(2025, 8, 2), new DateOnly(2027, 1, 1)]);
        var first = parameter.Values[0].Value.ShouldBeOfType<BoundNumber>();
        (first.Significand, first.Exponent, first.Quantity).ShouldBe((BigInteger.One, 25, Flop));
    }

    [Test]
    public void Rules_know_their_kind_value_condition_and_priority()
    {
        var (presumption, rebuttal) = (result.RuleSet.Rules[0], result.RuleSet.Rules[1]);

        (presumption.Name, presumption.IsPresumption, presumption.Value, presumption.ExceptionTo).ShouldBe(
            ("compute_presumption", true, true, null));
        var condition = presumption.When.ShouldBeOfType<BoundComparison>();
        condition.Operator.ShouldBe(ComparisonOperator.GreaterThan);
        condition.Left.ShouldBeOfType<BoundFactReference>().Fact.Name.ShouldBe("training_compute");
        condition.Right.ShouldBeOfType<BoundParameterReference>().Parameter.Name.ShouldBe("compute_threshold");
        (rebuttal.IsPresumption, rebuttal.Value, rebuttal.ExceptionTo, rebuttal.Unless).ShouldBe((false, false, "compute_presumption", null));
        rebuttal.Conclusion.ShouldBeSameAs(presumption.Conclusion);
    }

    [Test]
    public void The_conclusion_keeps_its_term_and_the_verdict_names_it()
    {
        var conclusion = result.RuleSet.Conclusions.ShouldHaveSingleItem();

        conclusion.Means?.Anchor.ShouldBe("capgi");
        result.RuleSet.Verdict?.Conclusion.ShouldBeSameAs(conclusion);
    }

    [Test]
    public void An_example_gives_typed_values_and_names_the_deciding_rule()
    {
        var example = result.RuleSet.Examples.ShouldHaveSingleItem();

        example.Title.ShouldBe("above the threshold");
        example.Givens[0].Value.ShouldBeOfType<BoundNumber>().Type.ShouldBe(Flop);
        example.Givens[1].Value.ShouldBeOfType<BoundSet>().Values.ShouldBe(["text"]);
        (example.Expected.Name, example.Value, example.By?.Name).ShouldBe(("high", ExpectedValue.Yes, "compute_presumption"));
    }

    [Test]
    public void Bound_expressions_keep_the_spans_of_their_text()
    {
        var file = result.RuleSet.Syntax;
        var span = result.RuleSet.Rules[0].When.Span;

        file.Text.Substring(span.Start, span.Length).ShouldBe("training_compute greater than compute_threshold");
    }

    [Test]
    public void A_name_declared_twice_is_bound_as_first_declared()
    {
        var ruleSet = Valid().Fact("approved", "count").Bind().RuleSet;

        ruleSet.Facts.ShouldHaveSingleItem().Symbol.Type.ShouldBe(BoundType.YesNo);
    }

    [Test]
    public void Units_are_equal_when_their_factors_are()
    {
        QuantityUnit.Tokens.Times(QuantityUnit.Count).ShouldBe(QuantityUnit.Count.Times(QuantityUnit.Tokens));
        QuantityUnit.Count.Times(QuantityUnit.Tokens).GetHashCode().ShouldBe(QuantityUnit.Tokens.Times(QuantityUnit.Count).GetHashCode());
        QuantityUnit.Count.Times(QuantityUnit.Tokens).ShouldNotBe(QuantityUnit.Tokens);
        QuantityUnit.Flop.Times(QuantityUnit.Eur).IsProduct.ShouldBeTrue();
        QuantityUnit.Of(BaseUnit.Eur).ToString().ShouldBe("EUR");
    }
}
