using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>Conditions and arithmetic: words and symbols, precedence, and the span of every part.</summary>
public class ExpressionTests
{
    [TestCase("a greater than b", BinaryOperator.GreaterThan)]
    [TestCase("a > b", BinaryOperator.GreaterThan)]
    [TestCase("a at least b", BinaryOperator.AtLeast)]
    [TestCase("a >= b", BinaryOperator.AtLeast)]
    [TestCase("a less than b", BinaryOperator.LessThan)]
    [TestCase("a < b", BinaryOperator.LessThan)]
    [TestCase("a at most b", BinaryOperator.AtMost)]
    [TestCase("a <= b", BinaryOperator.AtMost)]
    [TestCase("a is b", BinaryOperator.Equals)]
    [TestCase("a = b", BinaryOperator.Equals)]
    public void Comparison_in_words_or_symbols(string condition, BinaryOperator op)
    {
        var (file, parsed) = Parsed.Condition(condition);

        var comparison = parsed.ShouldBeOfType<BinaryExpression>();
        comparison.Operator.ShouldBe(op);
        (file.At(comparison.Left), file.At(comparison.Right), file.At(comparison)).ShouldBe(("a", "b", condition));
    }

    [TestCase("a × b", "[a Multiply b]")]
    [TestCase("a * b", "[a Multiply b]")]
    [TestCase("a + b - c", "[[a Add b] Subtract c]")]
    [TestCase("a - b × c + d", "[[a Subtract [b Multiply c]] Add d]")]
    [TestCase("6 × a as FLOP", "[6 Multiply [a as Flop]]")]
    [TestCase("(6 × a) as tokens", "[([6 Multiply a]) as Tokens]")]
    [TestCase("a - (b - c)", "[a Subtract ([b Subtract c])]")]
    public void Arithmetic_precedence(string value, string shape)
    {
        var (file, parsed) = Parsed.Value(value);

        Parsed.Shape(parsed).ShouldBe(shape);
        file.At(parsed).ShouldBe(value);
    }

    [TestCase("a or b and c", "[a Or [b And c]]")]
    [TestCase("a and b or c", "[[a And b] Or c]")]
    [TestCase("not a and b", "[[not a] And b]")]
    [TestCase("not not a", "[not [not a]]")]
    [TestCase("not a greater than b", "[not [a GreaterThan b]]")]
    [TestCase("a + 1 greater than b × 2", "[[a Add 1] GreaterThan [b Multiply 2]]")]
    [TestCase("a or b or c", "[[a Or b] Or c]")]
    [TestCase("(a or b) and not (c at most 10^25 FLOP)", "[([a Or b]) And [not ([c AtMost 10^25 FLOP])]]")]
    [TestCase("modalities contains image and yes", "[[modalities contains image] And yes]")]
    [TestCase("training_compute greater than compute_threshold", "[training_compute GreaterThan compute_threshold]")]
    public void Condition_precedence(string condition, string shape)
    {
        var (file, parsed) = Parsed.Condition(condition);

        Parsed.Shape(parsed).ShouldBe(shape);
        file.At(parsed).ShouldBe(condition);
    }

    [Test]
    public void Every_part_of_a_condition_spans_its_text()
    {
        var (file, parsed) = Parsed.Condition("not (modalities contains image) or 3e25 FLOP at least (x × y) as FLOP");

        var or = parsed.ShouldBeOfType<BinaryExpression>();
        var not = or.Left.ShouldBeOfType<NotExpression>();
        file.At(not).ShouldBe("not (modalities contains image)");
        var contains = not.Operand.ShouldBeOfType<ParenthesizedExpression>().Inner.ShouldBeOfType<ContainsExpression>();
        (file.At(contains), file.At(contains.Set), file.At(contains.Value)).ShouldBe(("modalities contains image", "modalities", "image"));
        var atLeast = or.Right.ShouldBeOfType<BinaryExpression>();
        file.At(atLeast).ShouldBe("3e25 FLOP at least (x × y) as FLOP");
        var number = atLeast.Left.ShouldBeOfType<NumberLiteral>();
        (file.At(number), file.At(number.Unit.ShouldNotBeNull())).ShouldBe(("3e25 FLOP", "FLOP"));
        var conversion = atLeast.Right.ShouldBeOfType<ConversionExpression>();
        (file.At(conversion.Operand), file.At(conversion.Unit)).ShouldBe(("(x × y)", "FLOP"));
    }

    [TestCase("yes", true)]
    [TestCase("no", false)]
    public void Yes_and_no(string written, bool value)
    {
        var (file, parsed) = Parsed.Value(written);

        parsed.ShouldBeOfType<BooleanLiteral>().Value.ShouldBe(value);
        file.At(parsed).ShouldBe(written);
    }

    [Test]
    public void A_name_may_start_with_a_reserved_word()
    {
        var (_, parsed) = Parsed.Condition("notified and island or yesterday");

        Parsed.Shape(parsed).ShouldBe("[[notified And island] Or yesterday]");
    }
}
