using System.Text;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>Whatever the text, the parser returns a tree and diagnostics inside the file; it never throws or hangs.</summary>
public class RobustnessTests
{
    private const string Header = "rules \"t\"\nlanguage en\n";

    private static string Declarations(int count) =>
        Header + string.Concat(Enumerable.Range(0, count).Select(i => $"fact fact_{i}: count\n  cites Annex XIII, point (a)\n"));

    [Test]
    public void Random_characters([Range(1, 20)] int seed)
    {
        var random = new Random(seed);
        var text = new string([.. Enumerable.Range(0, random.Next(1, 3000)).Select(_ => (char)random.Next(0, 0x10000))]);

        Parsed.Text(text).ShouldBeWellFormed(text);
    }

    [Test]
    public void Random_bytes_read_as_text([Range(1, 20)] int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[random.Next(1, 3000)];
        random.NextBytes(bytes);
        var text = Encoding.UTF8.GetString(bytes);

        Parsed.Text(text).ShouldBeWellFormed(text);
    }

    [Test]
    public void Random_words_of_the_language([Range(1, 20)] int seed)
    {
        string[] words =
        [
            "rules", "act", "language", "enum", "fact", "parameter", "derive", "estimate", "conclusion", "rule", "presumption",
            "verdict", "example", "values", "value", "from", "cites", "means", "concludes", "presumes", "when", "unless",
            "exception", "to", "given", "expect", "by", "and", "or", "not", "contains", "as", "is", "greater", "than", "at",
            "least", "most", "yes", "no", "unknown", "x", "y", ":", ";", ",", "(", ")", "{", "}", "\"", "#", "^a", "=", ">",
            ">=", "×", "*", "+", "-", "10^25", "1e25", "10 000", "10,000", "2.5", "2025-08-02", "FLOP", "tokens", "count",
            "set", "of", "yes/no", "sentence", "6", "\n", "\n", "\n  ", "\r\n",
        ];
        var random = new Random(seed);
        var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 2000)).Select(_ => words[random.Next(words.Length)]));

        Parsed.Text(text).ShouldBeWellFormed(text);
    }

    [Test]
    public void Many_declarations_are_read()
    {
        var result = Parsed.Text(Declarations(20_000));

        result.Diagnostics.ShouldBeEmpty();
        result.File.Declarations.Count().ShouldBe(20_000);
    }

    [Test]
    public void Declarations_are_read_in_time_in_proportion_to_their_number()
    {
        var growth = Growth.Of(Declarations, Parsed.Text, size: 1_000);

        growth.Time.ShouldBeLessThan(Growth.Bound, growth.Measured);
        growth.Allocated.ShouldBeLessThan(Growth.Bound, growth.Measured);
    }

    [Test]
    public void A_long_example_is_read_without_recursion()
    {
        var text = Header + "example \"e\"\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"  given x_{i} = {i}\n")) + "  expect c = yes\n";

        var result = Parsed.Text(text);

        result.Diagnostics.ShouldBeEmpty();
        result.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<ExampleDeclaration>().Givens.Length.ShouldBe(50_000);
    }

    [Test]
    public void Expressions_may_nest_a_hundred_levels()
    {
        var text = Header + "rule r\n  concludes c\n  when " + string.Join(" and ", Enumerable.Range(0, 100).Select(i => $"x_{i}")) + "\n";

        Parsed.Text(text).Diagnostics.ShouldBeEmpty();
    }

    [TestCase(101)]
    [TestCase(100_000)]
    public void A_longer_chain_is_an_error_not_a_deep_tree(int operands)
    {
        var text = Header + "rule r\n  concludes c\n  when " + string.Join(" and ", Enumerable.Range(0, operands).Select(i => $"x_{i}")) + "\nverdict c\n";

        var result = Parsed.Text(text);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Message)
            .ShouldBe((5, 8, "expected an expression nested at most 100 levels deep, found 'x_0'"));
        result.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<VerdictDeclaration>();
    }

    [TestCase("(", ")")]
    [TestCase("not ", "")]
    public void Deep_nesting_is_an_error_not_a_stack_overflow(string open, string close)
    {
        const int depth = 200_000;
        var text = Header + "rule r\n  concludes c\n  when " + string.Concat(Enumerable.Repeat(open, depth)) + "x" + string.Concat(Enumerable.Repeat(close, depth)) + "\nverdict c\n";

        var result = Parsed.Text(text);

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldStartWith("expected an expression nested at most 100 levels deep");
        result.ShouldBeWellFormed(text);
        result.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<VerdictDeclaration>();
    }

    [Test]
    public void Huge_tokens()
    {
        var digits = new string('7', 200_000);
        var text = Header + $"example \"{new string('t', 1_000_000)}\"\n  given x = {digits}\n  expect c = yes\nfact {new string('n', 1_000_000)}: {new string('q', 1_000_000)}\n";

        var result = Parsed.Text(text);

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe($"expected a type, found '{new string('q', 40)}…'");
        var number = result.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<ExampleDeclaration>().Givens[0].Value.ShouldBeOfType<NumberLiteral>();
        number.Significand.ToString().ShouldBe(digits);
    }
}
