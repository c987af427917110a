using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Formatting;

/// <summary>The canonical layout of docs/language.md, and formatting then parsing gives back the same tree.</summary>
public class FormatterTests
{
    private static IEnumerable<string> RulesFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "rules"), "*.rules").Select(Path.GetFileName)!;

    [Test]
    public void Canonical_layout()
    {
        var file = Parsed.Text("""
            # a comment, dropped
            rules "Layout"
            act eu-ai-act
            language nl


            enum modality
            values text,image ,  audio
            cites Annex XIII, punt d)
            fact modalities:set of modality
                cites Annex XIII, punt d)
            fact training_compute :  FLOP
            parameter threshold: FLOP   # the threshold
              value 10^25   FLOP   from 2025-08-02
              value 1.000.000 FLOP from 2026-01-01
            estimate training_compute
              from (6*parameters *  training_tokens)   as  FLOP
              cites overweging 111 zin 6 ;Annex XIII, punt c)
            conclusion systemic_risk
              means   "systeemrisico"
            presumption p
              presumes   not systemic_risk
              when training_compute > threshold and not (modalities contains image or x <= 2,5)
              unless a >= b
              exception   to   r
              cites artikel 51, lid 2 sentence 1
            verdict systemic_risk
            example "e"
              given modalities =   {text,image}
              given flag = yes
              expect systemic_risk = unknown
            """);

        file.Diagnostics.ShouldBeEmpty();
        var formatted = RulesFormatter.Format(file.File);
        RulesParser.Parse("formatted.rules", formatted).File.ShouldBeSameTreeAs(file.File);
        formatted.ShouldBe("""
            rules "Layout"
            act eu-ai-act
            language nl

            enum modality
              values text, image, audio
              cites Annex XIII, punt d)

            fact modalities: set of modality
              cites Annex XIII, punt d)

            fact training_compute: FLOP

            parameter threshold: FLOP
              value 10^25 FLOP from 2025-08-02
              value 1.000.000 FLOP from 2026-01-01

            estimate training_compute
              from (6 × parameters × training_tokens) as FLOP
              cites overweging 111 zin 6; Annex XIII, punt c)

            conclusion systemic_risk
              means "systeemrisico"

            presumption p
              presumes not systemic_risk
              when training_compute greater than threshold and not (modalities contains image or x at most 2,5)
              unless a at least b
              exception to r
              cites artikel 51, lid 2 sentence 1

            verdict systemic_risk

            example "e"
              given modalities = {text, image}
              given flag = yes
              expect systemic_risk = unknown

            """);
    }

    [TestCaseSource(nameof(RulesFiles))]
    public void Every_rules_file_formats_to_a_file_with_the_same_tree(string name)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", name));
        var original = RulesParser.Parse(name, text);
        original.Diagnostics.ShouldBeEmpty();

        var formatted = RulesFormatter.Format(original.File);
        var reparsed = RulesParser.Parse(name, formatted);

        reparsed.Diagnostics.ShouldBeEmpty();
        reparsed.File.ShouldBeSameTreeAs(original.File);
        RulesFormatter.Format(reparsed.File).ShouldBe(formatted);
    }

    [Test]
    public void The_rules_folder_has_files()
    {
        RulesFiles().ShouldContain("gpai-systemic-risk.rules");
    }

    [Test]
    public void Formatting_drops_comments_and_keeps_everything_else()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules"));

        var formatted = RulesFormatter.Format(RulesParser.Parse("gpai.rules", text).File);

        formatted.ShouldNotContain("#");
        formatted.ShouldStartWith("rules \"General-purpose AI models with systemic risk\"\nact eu-ai-act\nlanguage en\n\nenum modality\n");
        formatted.ShouldContain("\n\nestimate training_compute\n  from (6 × parameters × training_tokens) as FLOP\n  cites Annex XIII, point (c)\n\n");
        formatted.ShouldContain("\n  cites Article 51(2); recital 111 sentence 6\n");
        formatted.ShouldContain("\n  given parameters = 400 000 000 000\n");
        formatted.ShouldEndWith("\n  expect high_impact_on_internal_market = yes by reach_presumption\n");
    }

    [Test]
    public void A_file_without_header_formats_with_an_empty_title()
    {
        var result = Parsed.Text("verdict v\n");

        RulesFormatter.Format(result.File).ShouldBe("rules \"\"\n\nverdict v\n");
    }

    [Test]
    public void A_tree_built_in_code_gets_the_parentheses_its_meaning_needs()
    {
        static NameExpression Name(string text) => new(new Name(text, default));
        static BinaryExpression Binary(Expression left, BinaryOperator op, Expression right) => new(left, op, right, default);
        var condition = new NotExpression(
            Binary(
                Binary(Binary(Name("a"), BinaryOperator.Add, Name("b")), BinaryOperator.Multiply, Binary(Name("c"), BinaryOperator.Subtract, Name("d"))),
                BinaryOperator.GreaterThan,
                Binary(Name("e"), BinaryOperator.Subtract, Binary(Name("f"), BinaryOperator.Subtract, Name("g")))),
            default);
        var rule = new RuleDeclaration(
            new Name("r", default), false, new Name("c", default), false,
            Binary(condition, BinaryOperator.And, Binary(Name("x"), BinaryOperator.Or, Name("y"))),
            new ConversionExpression(Binary(Name("p"), BinaryOperator.Multiply, Name("q")), new TypeSyntax(TypeKind.Flop, null, default), default),
            null, [], default);
        var file = new RulesFile("built.rules", "", new Header("Built", null, null, default), [rule]);

        var formatted = RulesFormatter.Format(file);

        formatted.ShouldContain("  when not (a + b) × (c - d) greater than e - (f - g) and (x or y)\n  unless (p × q) as FLOP\n");
        var reparsed = RulesParser.Parse("built.rules", formatted);
        reparsed.Diagnostics.ShouldBeEmpty();
        var when = reparsed.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<RuleDeclaration>().When;
        Parsed.Shape(when).ShouldBe("[[not [[([a Add b]) Multiply ([c Subtract d])] GreaterThan [e Subtract ([f Subtract g])]]] And ([x Or y])]");
    }
}
