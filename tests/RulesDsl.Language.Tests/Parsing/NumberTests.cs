using System.Numerics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>Numbers as the law writes them, kept as written, with exact values normalized to no trailing zeros.</summary>
public class NumberTests
{
    [TestCase("10^25", "en", 1, 25)]
    [TestCase("10^0", "en", 1, 0)]
    [TestCase("10^-3", "en", 1, -3)]
    [TestCase("1e25", "en", 1, 25)]
    [TestCase("3e25", "en", 3, 25)]
    [TestCase("15e12", "en", 15, 12)]
    [TestCase("2E-3", "en", 2, -3)]
    [TestCase("0", "en", 0, 0)]
    [TestCase("7", "en", 7, 0)]
    [TestCase("100", "en", 1, 2)]
    [TestCase("10 000", "en", 1, 4)]
    [TestCase("10 000", "nl", 1, 4)]
    [TestCase("400 000 000 000", "en", 4, 11)]
    [TestCase("5 000 000", "de", 5, 6)]
    [TestCase("10,000", "en", 1, 4)]
    [TestCase("10.000", "nl", 1, 4)]
    [TestCase("10.000", "de", 1, 4)]
    [TestCase("10.000", "fr", 1, 4)]
    [TestCase("10.000", "en", 1, 1)]
    [TestCase("10,000", "nl", 1, 1)]
    [TestCase("2.5", "en", 25, -1)]
    [TestCase("2,5", "nl", 25, -1)]
    [TestCase("0.25", "en", 25, -2)]
    [TestCase("1,234,567.89", "en", 123456789, -2)]
    [TestCase("1.234.567,89", "de", 123456789, -2)]
    [TestCase("10 000,5", "fr", 100005, -1)]
    [TestCase("1.5e3", "en", 15, 2)]
    [TestCase("1,5e3", "nl", 15, 2)]
    [TestCase("1,000", "pt", 1, 0)]
    [TestCase("2.5", "ga", 25, -1)]
    [TestCase("10,000", "ga", 1, 4)]
    [TestCase("2.5", "mt", 25, -1)]
    [TestCase("1,234,567.89", "mt", 123456789, -2)]
    [TestCase("2,5", "pl", 25, -1)]
    [TestCase("2.5", "xx", 25, -1)]
    public void Number_value(string written, string language, long significand, int exponent)
    {
        var (file, value) = Parsed.Value(written, language);

        var number = value.ShouldBeOfType<NumberLiteral>();
        (number.Text, number.Significand, number.Exponent, number.Unit).ShouldBe((written, new BigInteger(significand), exponent, null));
        file.At(number).ShouldBe(written);
    }

    [TestCase("FLOP")]
    [TestCase("tokens")]
    [TestCase("EUR")]
    [TestCase("count")]
    public void Number_with_its_unit(string unit)
    {
        var (file, value) = Parsed.Value($"5 000 000 {unit}");

        var number = value.ShouldBeOfType<NumberLiteral>();
        (number.Text, number.Significand, number.Exponent).ShouldBe(("5 000 000", new BigInteger(5), 6));
        number.Unit.ShouldNotBeNull().Text.ShouldBe(unit);
        file.At(number.Unit).ShouldBe(unit);
        file.At(number).ShouldBe($"5 000 000 {unit}");
    }

    [Test]
    public void Equal_numbers_written_differently_have_equal_values()
    {
        string[] written = ["10^25", "1e25", "10e24", "10 000 000 000 000 000 000 000 000"];

        written.Select(text => Parsed.Value(text).Value.ShouldBeOfType<NumberLiteral>())
            .Select(number => (number.Significand, number.Exponent))
            .Distinct()
            .ShouldHaveSingleItem()
            .ShouldBe((BigInteger.One, 25));
    }

    [Test]
    public void Long_numbers_are_exact()
    {
        var number = Parsed.Value("123456789012345678901234567890123").Value.ShouldBeOfType<NumberLiteral>();

        (number.Significand, number.Exponent).ShouldBe((BigInteger.Parse("123456789012345678901234567890123"), 0));
    }

    [Test]
    public void A_space_groups_only_three_digits_after_one_to_three()
    {
        var (file, parameter) = Parsed.One<ParameterDeclaration>("parameter p: count\n  value 1 000 from 2025-08-02\n  value 100 from 2026-01-01\n");

        parameter.Values.Select(value => file.At(value.Value)).ShouldBe(["1 000", "100"]);
    }

    [TestCase("2.5", "nl", 14, "expected the end of the line, found '.5'")]
    [TestCase("2,5", "en", 14, "expected the end of the line, found ','")]
    [TestCase("2,5", "ga", 14, "expected the end of the line, found ','")]
    [TestCase("10 00", "en", 16, "expected the end of the line, found '00'")]
    [TestCase("1e1234567890", "en", 15, "expected an exponent (at most 9 digits), found '1234567890'")]
    [TestCase("10^", "en", 16, "expected an exponent (at most 9 digits), found the end of the line")]
    public void A_number_the_language_does_not_write_is_an_error(string written, string language, int column, string message)
    {
        var result = Parsed.Text($"rules \"t\"\nlanguage {language}\nexample \"e\"\n  given x = {written}\n  expect c = yes\n");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0100");
        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Message).ShouldBe((4, column, message));
        result.File.Declarations.ShouldBeEmpty();
    }
}
