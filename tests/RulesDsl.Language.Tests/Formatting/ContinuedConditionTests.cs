using RulesDsl.Language.Formatting;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Formatting;

/// <summary>
/// A <c>when</c>, <c>unless</c> or <c>from</c> that goes on over lines indented deeper than its clause, on the shipped
/// rules: Article 3, point (63) in three lines, and the sum of recital 111 in two.
/// </summary>
public class ContinuedConditionTests
{
    private const string OneLine =
        "  when significant_generality and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n";

    private const string ThreeLines =
        "  when significant_generality\n    and integrable_downstream\n    and (placed_on_market or not research_development_or_prototyping)\n";

    private const string SumOneLine = "  from pretraining_compute + synthetic_data_compute + finetuning_compute\n";

    private const string SumTwoLines = "  from pretraining_compute + synthetic_data_compute\n    + finetuning_compute\n";

    private static readonly Shipped Models = Shipped.Read("gpai-models.rules");

    private static Shipped Edited(Shipped file, string from, string to)
    {
        file.Text.ShouldContain(from);
        return file with { Text = file.Text.Replace(from, to, StringComparison.Ordinal) };
    }

    [Test]
    public void Article_3_63_over_three_lines_reads_as_on_one()
    {
        var continued = Parsed.Text(Edited(Models, OneLine, ThreeLines).Text);

        continued.Diagnostics.ShouldBeEmpty();
        continued.File.ShouldBeSameTreeAs(Parsed.Text(Models.Text).File);
    }

    [Test]
    public void The_sum_of_recital_111_over_two_lines_reads_as_on_one()
    {
        var continued = Parsed.Text(Edited(Models, SumOneLine, SumTwoLines).Text);

        continued.Diagnostics.ShouldBeEmpty();
        continued.File.ShouldBeSameTreeAs(Parsed.Text(Models.Text).File);
    }

    [Test]
    public void The_continued_shipped_rules_check_as_the_shipped_ones()
    {
        var edited = Edited(Models, OneLine, ThreeLines);

        Against.Check(edited.Text, edited.Path).Diagnostics.Select(d => d.ToString())
            .ShouldBe(Against.Check(Models.Text, Models.Path).Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>The rule of Article 3, point (63) alone, with its condition as <paramref name="when"/> writes it.</summary>
    private static string GeneralPurpose(string when) =>
        $"rules \"Article 3, point (63)\"\n\nrule general_purpose\n  concludes general_purpose_ai_model\n{when}  cites Article 3, point (63)\n";

    [Test]
    public void Fmt_keeps_the_line_breaks_before_the_operators_and_the_trailing_comment()
    {
        var text = GeneralPurpose(ThreeLines.Replace("prototyping)\n", "prototyping) # Article 3, point (63)\n", StringComparison.Ordinal));
        var sum = "rules \"Recital 111\"\n\nderive training_compute\n" + SumTwoLines + "  cites recital 111 sentence 6\n";

        RulesFormatter.Format(Parsed.Text(text).File).ShouldBe(text);
        RulesFormatter.Format(Parsed.Text(sum).File).ShouldBe(sum);
        RulesFormatter.Format(Parsed.Text(GeneralPurpose(OneLine)).File).ShouldBe(GeneralPurpose(OneLine));
    }

    [Test]
    public void Fmt_indents_a_continuation_two_deeper_and_joins_a_break_inside_brackets()
    {
        var written = GeneralPurpose("  when significant_generality\n          and integrable_downstream and (placed_on_market\n      or not research_development_or_prototyping)\n");

        var formatted = RulesFormatter.Format(Parsed.Text(written).File);

        formatted.ShouldBe(GeneralPurpose("  when significant_generality\n    and integrable_downstream and (placed_on_market or not research_development_or_prototyping)\n"));
        RulesFormatter.Format(Parsed.Text(formatted).File).ShouldBe(formatted);
    }

    [Test]
    public void A_line_indented_as_the_clause_does_not_continue_it()
    {
        var text = Edited(Models, OneLine, "  when significant_generality\n  and integrable_downstream\n").Text;

        var error = Parsed.Text(text).Diagnostics.ShouldHaveSingleItem();

        error.Id.ShouldBe("RD0100");
        text.Split('\n')[error.Position.Line - 1].ShouldBe("  and integrable_downstream");
    }

    [Test]
    public void An_unless_continues_as_a_when_does()
    {
        var (_, rule) = Parsed.One<RuleDeclaration>("rule r\n  concludes c\n  when a\n  unless b\n      or c\n  cites Article 3, point (63)\n");

        rule.Unless.ShouldBeOfType<BinaryExpression>().Operator.ShouldBe(BinaryOperator.Or);
        rule.Cites.ShouldHaveSingleItem().Text.ShouldBe("Article 3, point (63)");
    }
}
