using RulesDsl.Diagnostics;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>The clauses of a declaration come in any order, as docs/language.md says: the keywords rule, not the lines.</summary>
public class ClauseOrderTests
{
    private const string Header = "rules \"Order\"\nact eu-ai-act\n";

    [Test]
    public void A_rule_reads_the_same_with_its_clauses_in_any_order()
    {
        var canonical = Parsed.Text(Header + "rule r\n  concludes c\n  when a\n  unless b\n  exception to s\n  cites Article 51(1)\n");
        var shuffled = Parsed.Text(Header + "rule r\n  cites Article 51(1)\n  exception to s\n  unless b\n  when a\n  concludes c\n");

        shuffled.Diagnostics.ShouldBeEmpty();
        shuffled.File.Declarations.ShouldHaveSingleItem();
        RulesFormatter.Format(shuffled.File with { Text = "" }).ShouldBe(RulesFormatter.Format(canonical.File with { Text = "" }));
    }

    [Test]
    public void The_shipped_rules_with_every_cites_line_first_check_the_same()
    {
        var rules = Checking.Shipped.Read("gpai-systemic-risk.rules");
        var lines = rules.Text.Split('\n').ToList();
        // Move each cites line up to just after its declaration's first line.
        var moved = new List<string>();
        var head = -1;
        foreach (var line in lines)
        {
            if (line.StartsWith("  cites ", StringComparison.Ordinal) && head >= 0)
            {
                moved.Insert(head + 1, line);
                continue;
            }

            if (line.Length > 0 && char.IsAsciiLetterLower(line[0]))
            {
                head = moved.Count;
            }

            moved.Add(line);
        }

        var text = string.Join('\n', moved);
        text.ShouldNotBe(rules.Text);

        var reordered = Checking.Against.Check(text, rules.Path);
        var original = Checking.Against.Check(rules.Text, rules.Path);

        reordered.Diagnostics.ShouldBeEmpty();
        RulesFormatter.Format(reordered.Syntax).ShouldBe(rules.Text);
        reordered.RuleSet.Rules.Select(r => (r.Name, r.Syntax.Cites.Length)).ShouldBe(original.RuleSet.Rules.Select(r => (r.Name, r.Syntax.Cites.Length)));
    }

    [TestCase("rule r\n  concludes c\n  when a\n  when b\n  cites Article 51(1)\n", 6, "when", "rule")]
    [TestCase("verdict v\n  cites Article 51\n  cites Article 52\n", 5, "cites", "verdict")]
    [TestCase("conclusion c\n  means ^capgi\n  means ^sysrisk\n  cites Article 51\n", 5, "means", "conclusion")]
    [TestCase("example \"e\"\n  expect c = yes\n  given a = yes\n  expect c = no\n", 6, "expect", "example")]
    public void A_clause_written_twice_is_reported_at_the_second(string declaration, int line, string keyword, string kind)
    {
        var result = Parsed.Text(Header + declaration);

        var twice = result.Diagnostics.ShouldHaveSingleItem();
        twice.Id.ShouldBe("RD0175");
        twice.Severity.ShouldBe(DiagnosticSeverity.Error);
        (twice.Position.Line, twice.Position.Column, twice.Length).ShouldBe((line, 3, keyword.Length));
        twice.Message.ShouldBe($"the {kind} has a second '{keyword}' clause; it takes one");
        result.File.Declarations.ShouldHaveSingleItem();
    }

    [Test]
    public void Values_of_a_parameter_and_givens_of_an_example_may_come_many_times_anywhere()
    {
        var result = Parsed.Text(Header + "parameter p: FLOP\n  value 10^25 FLOP from 2025-08-02\n  cites Article 51(2)\n  value 10^26 FLOP from 2027-01-01\n\nexample \"e\"\n  given a = yes\n  expect c = yes\n  given b = no\n");

        result.Diagnostics.ShouldBeEmpty();
        result.File.Declarations.OfType<Syntax.ParameterDeclaration>().Single().Values.Select(v => v.From.Year).ShouldBe([2025, 2027]);
        result.File.Declarations.OfType<Syntax.ExampleDeclaration>().Single().Givens.Select(g => g.Fact.Text).ShouldBe(["a", "b"]);
    }

    [Test]
    public void A_required_clause_missing_is_named_at_the_end_of_the_declaration()
    {
        var result = Parsed.Text(Header + "rule r\n  cites Article 51(1)\n  when a\n");

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("expected 'concludes', found the end of the line");
    }
}
