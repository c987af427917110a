using RulesDsl.Diagnostics;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;
using RulesDsl.Language.Tests.Checking;
using RulesDsl.Language.Tests.Parsing;

namespace RulesDsl.Language.Tests.Labels;

/// <summary><c>label LANG "…"</c>: read on the title and on declarations, checked, and printed by the formatter.</summary>
public class LabelTests
{
    private static readonly string Shipped = Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules");

    [Test]
    public void Labels_follow_the_first_line_of_a_fact_one_per_language()
    {
        var (file, fact) = Parsed.One<FactDeclaration>(
            "fact training_compute: FLOP\n  label en \"cumulative amount of computation used for training\"\n" +
            "  label nl \"cumulatieve hoeveelheid berekeningen die wordt gebruikt om het model te trainen\"\n  cites Article 51(2)\n");

        fact.Labels.Select(label => (label.Language.Text, label.Text)).ShouldBe([
            ("en", "cumulative amount of computation used for training"),
            ("nl", "cumulatieve hoeveelheid berekeningen die wordt gebruikt om het model te trainen"),
        ]);
        file.At(fact.Labels[1]).ShouldBe("label nl \"cumulatieve hoeveelheid berekeningen die wordt gebruikt om het model te trainen\"");
        fact.Cites.ShouldHaveSingleItem();
    }

    [Test]
    public void The_title_parameters_conclusions_rules_and_presumptions_take_labels()
    {
        var result = Parsed.Text(
            "rules \"Systemic risk\"\n  label nl \"Systeemrisico\"\nlanguage en\n\n" +
            "parameter compute_threshold: FLOP\n  label nl \"drempelwaarde\"\n  value 10^25 FLOP from 2025-08-02\n  cites Article 51(2)\n\n" +
            "conclusion systemic_risk\n  label nl \"AI-model voor algemene doeleinden met een systeemrisico\"\n  means ^sysrisk\n  cites Article 51(1)\n\n" +
            "rule designation_route\n  label nl \"aanwijzing\"\n  concludes systemic_risk\n  when designated\n  cites Article 52(4)\n\n" +
            "presumption p\n  label nl \"vermoeden\"\n  presumes systemic_risk\n  when x\n  cites Article 51(2)\n");

        result.Diagnostics.ShouldBeEmpty();
        result.File.Header.TitleLabels.ShouldHaveSingleItem().Text.ShouldBe("Systeemrisico");
        result.File.Declarations.Select(d => d.Labels.ShouldHaveSingleItem().Text)
            .ShouldBe(["drempelwaarde", "AI-model voor algemene doeleinden met een systeemrisico", "aanwijzing", "vermoeden"]);
        result.File.Declarations.OfType<ConclusionDeclaration>().Single().Means.ShouldNotBeNull().Anchor.ShouldBe("sysrisk");
    }

    [Test]
    public void A_label_without_quotes_is_a_syntax_error_at_the_label()
    {
        var result = Parsed.Text("rules \"T\"\nfact x: count\n  label nl rekenkracht\n  cites Article 51(2)\n");

        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe("RD0100");
        (error.Position.Line, error.Position.Column).ShouldBe((3, 12));
        error.Message.ShouldContain("a label in double quotes");
    }

    [Test]
    public void A_label_in_a_language_that_is_not_official_is_RD0160_at_the_code()
    {
        var diagnostic = Only("RD0160", "rules \"T\"\nfact x: count\n  label en \"x\"\n  label vls \"x\"\n  cites Article 51(2)\n");

        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Length).ShouldBe((4, 9, 3));
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Message.ShouldContain("'vls'");
    }

    [Test]
    public void Two_labels_in_one_language_is_RD0161_at_the_second_naming_the_first()
    {
        var diagnostic = Only("RD0161", "rules \"T\"\nlanguage nl\nfact x: count\n  label nl \"a\"\n  label nl \"b\"\n  cites artikel 51, lid 2\n");

        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((5, 3));
        diagnostic.Message.ShouldBe("'x' is already labelled in 'nl' at test.rules(4,3)");
    }

    [Test]
    public void Labels_without_one_in_the_file_language_is_RD0162_at_the_name()
    {
        var diagnostic = Only("RD0162", "rules \"T\"\nlanguage en\nfact training_compute: FLOP\n  label nl \"rekenkracht\"\n  cites Article 51(2)\n");

        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Length).ShouldBe((3, 6, "training_compute".Length));
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
        diagnostic.Message.ShouldContain("labelled in 'nl' but not in 'en'");
    }

    [Test]
    public void The_title_needs_no_label_in_the_file_language_it_is_written_in()
    {
        Check("rules \"Systemic risk\"\n  label nl \"Systeemrisico\"\nlanguage en\n").ShouldNotContain(d => d.Id.StartsWith("RD016", StringComparison.Ordinal));
    }

    [Test]
    public void An_empty_label_is_RD0163()
    {
        var diagnostic = Only("RD0163", "rules \"T\"\nfact x: count\n  label en \"  \"\n  cites Article 51(2)\n");

        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((3, 3));
    }

    [Test]
    public void The_formatter_prints_labels_after_the_first_line_as_written()
    {
        var text = "rules \"T\"\n  label nl \"Titel\"\nlanguage en\n\nfact x: count # a count\n  label en \"x in words\" # English\n  label nl \"x in woorden\"\n  cites Article 51(2)\n";

        RulesFormatter.Format(Parsed.Text(text).File).ShouldBe(text);
    }

    [Test]
    public void Every_declaration_of_the_shipped_rules_but_derivations_examples_and_the_verdict_has_a_Dutch_and_an_English_label()
    {
        var file = RulesParser.Parse(Shipped, File.ReadAllText(Shipped)).File;

        file.Header.TitleLabels.Select(label => label.Language.Text).ShouldContain("nl");
        var labelled = file.Declarations.Where(d => d is not (DerivationDeclaration or ExampleDeclaration or VerdictDeclaration)).ToList();
        labelled.ShouldNotBeEmpty();
        labelled.ShouldAllBe(d => d.Labels.Select(label => label.Language.Text).Order().SequenceEqual(new[] { "en", "nl" }));
        Against.Check(File.ReadAllText(Shipped), Shipped).Diagnostics.ShouldNotContain(d => d.Id.StartsWith("RD016", StringComparison.Ordinal));
    }

    private static IReadOnlyList<Diagnostic> Check(string text) => Against.Check(text, Parsed.Path).Diagnostics;

    private static Diagnostic Only(string id, string text) => Check(text).Where(d => d.Id == id).ShouldHaveSingleItem();
}
