using RulesDsl.Language.Binding;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Labels;

/// <summary>Examples of a file in another language say yes and no in its words (<c>ja</c>, <c>nee</c>), from its data.</summary>
public class YesNoWordTests
{
    private const string DutchPath = "tests/Inputs/rules/gpai-systeemrisico.nl.rules";

    private static string DutchRules => File.ReadAllText(Path.Combine(RepoPaths.Root, DutchPath));

    [Test]
    public void The_Dutch_copy_of_the_shipped_rules_checks_clean_and_its_examples_bind_ja_and_nee()
    {
        var result = Against.Check(DutchRules, DutchPath);

        result.Diagnostics.ShouldBeEmpty();
        var examples = result.RuleSet.Examples;
        examples.Select(example => example.Value).ShouldBe([ExpectedValue.Yes, ExpectedValue.No, ExpectedValue.No, ExpectedValue.Yes, ExpectedValue.Unknown, ExpectedValue.Yes]);
        examples[0].Givens.Select(given => given.Value).OfType<BoundYesNo>().Select(value => value.Value).ShouldBe([false], "rebuttal_accepted = nee");
        examples[2].Givens.Select(given => given.Value).OfType<BoundYesNo>().Select(value => value.Value).ShouldBe([true, false], "ja, and the English no");
    }

    [TestCase("de", "ja", "nein", true)]
    [TestCase("de", "nein", "ja", false)]
    [TestCase("fr", "oui", "non", true)]
    [TestCase("nl", "nee", "ja", false)]
    public void A_given_and_an_expectation_take_the_file_language_words(string language, string given, string expected, bool value)
    {
        var (file, example) = Parsed.One<ExampleDeclaration>($"example \"e\"\n  given assessed = {given}\n  expect risk = {expected}\n", language);

        example.Givens.ShouldHaveSingleItem().Value.ShouldBeOfType<BooleanLiteral>().Value.ShouldBe(value);
        example.Value.ShouldBe(value ? ExpectedValue.No : ExpectedValue.Yes);
        RulesFormatter.Format(file).ShouldContain($"  given assessed = {given}\n  expect risk = {expected}\n");
    }

    [Test]
    public void Dutch_words_are_no_yes_or_no_in_an_English_file()
    {
        var diagnostics = Against.Check("rules \"T\"\nlanguage en\nfact assessed: yes/no\n  cites Article 51(1)\nconclusion risk\n  cites Article 51(1)\n" +
            "rule r\n  concludes risk\n  when assessed\n  cites Article 51(1)\nverdict risk\n  cites Article 51(1)\n" +
            "example \"e\"\n  given assessed = ja\n  expect risk = yes\n").Diagnostics;

        diagnostics.ShouldContain(d => d.IsError && d.Position.Line == 14);
        RulesParser.Parse("t.rules", "rules \"T\"\nexample \"e\"\n  expect risk = ja\n").Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0100");
    }
}
