using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Formatting;
using RulesDsl.Language.Parsing;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// <c>import</c>: a file uses the facts, parameters, enumerations, conclusions, derivations and rules another declares,
/// on the shipped rules (gpai-systemic-risk.rules imports gpai-models.rules) and on files written for the test.
/// </summary>
public class ImportTests
{
    private const string Header = "act eu-ai-act\nlanguage en\n";

    private const string Shared = """
        declarations "Shared compute"
        act eu-ai-act
        language en

        fact training_compute: FLOP
          cites Article 51(2)

        parameter compute_threshold: FLOP
          value 10^25 FLOP from 2025-08-02
          cites Article 51(2); Article 51(3)

        conclusion high_impact_capabilities
          cites Article 51(1), point (a)

        presumption compute_presumption
          presumes high_impact_capabilities
          when training_compute greater than compute_threshold
          cites Article 51(2)

        """;

    private const string Importing = """
        rules "Systemic risk"
        act eu-ai-act
        language en
        import "shared/compute.rules"

        conclusion systemic_risk
          cites Article 51(1)

        rule high_impact_route
          concludes systemic_risk
          when high_impact_capabilities
          cites Article 51(1), point (a)

        verdict systemic_risk
          cites Article 51(1)

        example "above the threshold"
          given training_compute = 3e25 FLOP
          expect systemic_risk = yes by high_impact_route

        """;

    [Test]
    public void The_shipped_rules_share_the_compute_threshold_and_check_clean()
    {
        var rules = Shipped.Read("gpai-systemic-risk.rules");

        var result = Against.Check(rules.Text, rules.Path);

        result.Diagnostics.ShouldBeEmpty();
        result.RuleSet.Parameters.Select(p => p.Name).ShouldBe(["compute_threshold", "business_users_threshold"]);
        result.RuleSet.FileOf(result.RuleSet.Parameters[0].Syntax).Path.ShouldEndWith("rules/gpai-models.rules");
        result.RuleSet.Rules.Select(r => r.Name).ShouldContain("compute_presumption");
        result.RuleSet.Facts.Single(f => f.Symbol.Name == "training_compute").Fallbacks.Length.ShouldBe(2);
        result.RuleSet.Imported.ShouldHaveSingleItem().Header.IsDeclarations.ShouldBeTrue();
    }

    [Test]
    public void A_file_uses_what_it_imports_from_a_relative_path()
    {
        using var folder = new TempCorpus();
        folder.Write("shared/compute.rules", Shared);
        var path = folder.Write("risk.rules", Importing);

        var result = Against.Check(Importing, path);

        result.Diagnostics.ShouldBeEmpty();
        result.RuleSet.Facts.Select(f => f.Symbol.Name).ShouldBe(["training_compute"]);
        result.RuleSet.Examples.ShouldHaveSingleItem().Givens.ShouldHaveSingleItem().Fact.Name.ShouldBe("training_compute");
        result.Corpus.Citations.Keys.ShouldContain(c => c.Text == "Article 51(3)");
    }

    [Test]
    public void A_missing_file_is_reported_at_its_path()
    {
        using var folder = new TempCorpus();
        var path = folder.Write("risk.rules", Importing);

        var result = Against.Check(Importing, path);

        var missing = result.Diagnostics.First();
        missing.Id.ShouldBe("RD0170");
        missing.Severity.ShouldBe(DiagnosticSeverity.Error);
        (missing.Position.Line, missing.Position.Column, missing.Length).ShouldBe((4, 9, "shared/compute.rules".Length));
        missing.Message.ShouldEndWith("/shared/compute.rules' to import");
    }

    [Test]
    public void A_circle_of_imports_is_reported_once_with_the_circle()
    {
        using var folder = new TempCorpus();
        var a = folder.Write("a.rules", "declarations \"A\"\n" + Header + "import \"b.rules\"\n");
        folder.Write("b.rules", "declarations \"B\"\n" + Header + "import \"a.rules\"\n");

        var result = Against.Check(File.ReadAllText(a), a);

        var cycle = result.Diagnostics.ShouldHaveSingleItem();
        cycle.Id.ShouldBe("RD0171");
        cycle.Position.File.ShouldEndWith("/b.rules");
        (cycle.Position.Line, cycle.Position.Column).ShouldBe((4, 9));
        cycle.Message.ShouldMatch(@"^the files import themselves: .*/a\.rules → .*/b\.rules → .*/a\.rules$");
    }

    [Test]
    public void A_name_declared_in_the_file_and_in_an_import_is_reported_where_the_file_declares_it()
    {
        using var folder = new TempCorpus();
        folder.Write("shared/compute.rules", Shared);
        var text = Importing.Replace("verdict systemic_risk", "parameter compute_threshold: FLOP\n  value 10^26 FLOP from 2025-08-02\n  cites Article 51(2)\n\nverdict systemic_risk", StringComparison.Ordinal);
        var path = folder.Write("risk.rules", text);

        var result = Against.Check(text, path);

        var twice = result.Diagnostics.Single(d => d.Id == "RD0172");
        twice.Position.File.ShouldBe(path.Replace('\\', '/'));
        twice.Position.Line.ShouldBe(14);
        twice.Message.ShouldMatch(@"^'compute_threshold' is declared in two files: here and at .*/shared/compute\.rules\(8,11\)$");
    }

    [Test]
    public void The_same_name_from_two_imports_is_reported_at_the_second_import()
    {
        using var folder = new TempCorpus();
        folder.Write("shared/compute.rules", Shared);
        folder.Write("other.rules", "declarations \"Other\"\n" + Header + "fact training_compute: FLOP\n  cites Article 51(2)\n");
        var text = Importing.Replace("import \"shared/compute.rules\"", "import \"shared/compute.rules\"\nimport \"other.rules\"", StringComparison.Ordinal);
        var path = folder.Write("risk.rules", text);

        var result = Against.Check(text, path);

        var twice = result.Diagnostics.ShouldHaveSingleItem();
        twice.Id.ShouldBe("RD0172");
        (twice.Position.Line, twice.Position.Column).ShouldBe((5, 9));
    }

    [Test]
    public void A_file_imported_twice_through_others_is_taken_once()
    {
        using var folder = new TempCorpus();
        folder.Write("shared/compute.rules", Shared);
        folder.Write("shared/more.rules", "declarations \"More\"\n" + Header + "import \"compute.rules\"\n");
        var text = Importing.Replace("import \"shared/compute.rules\"", "import \"shared/compute.rules\"\nimport \"shared/more.rules\"", StringComparison.Ordinal);
        var path = folder.Write("risk.rules", text);

        var result = Against.Check(text, path);

        result.Diagnostics.ShouldBeEmpty();
        result.RuleSet.Parameters.ShouldHaveSingleItem();
        result.RuleSet.Imported.Length.ShouldBe(2);
    }

    [Test]
    public void A_file_of_another_language_cannot_be_imported()
    {
        using var folder = new TempCorpus();
        folder.Write("shared/compute.rules", Shared.Replace("language en", "language nl", StringComparison.Ordinal));
        var path = folder.Write("risk.rules", Importing);

        var result = Against.Check(Importing, path);

        var other = result.Diagnostics.First(d => d.Id == "RD0173");
        (other.Position.Line, other.Position.Column).ShouldBe((4, 9));
        other.Message.ShouldMatch(@"^'.*/shared/compute\.rules' is written for language 'nl', this file for 'en'$");
    }

    [Test]
    public void A_declarations_file_has_no_verdict_and_no_example()
    {
        var result = Against.Check("declarations \"Shared\"\n" + Header + "conclusion big\n  cites Article 51(1)\nverdict big\n  cites Article 51(1)\nexample \"x\"\n  expect big = yes\n");

        var misplaced = result.Diagnostics.Where(d => d.Id == "RD0174").ToList();
        misplaced.Select(d => d.Position.Line).ShouldBe([6, 8]);
        misplaced[0].Message.ShouldBe("a declarations file has no verdict: it is made to be imported");
    }

    [Test]
    public void An_error_in_an_imported_file_is_reported_in_that_file()
    {
        using var folder = new TempCorpus();
        folder.Write("shared/compute.rules", Shared.Replace("greater than compute_threshold", "greater than compute_treshold", StringComparison.Ordinal));
        var path = folder.Write("risk.rules", Importing);

        var result = Against.Check(Importing, path);

        var unknown = result.Diagnostics.ShouldHaveSingleItem();
        unknown.Id.ShouldBe("RD0101");
        unknown.Position.File.ShouldEndWith("/shared/compute.rules");
        unknown.Position.Line.ShouldBe(17);
    }

    [Test]
    public void Checking_a_folder_reports_what_an_imported_file_says_once()
    {
        using var folder = new TempCorpus();
        folder.Write("rules/shared/compute.rules", Shared.Replace("value 10^25", "value 10^26", StringComparison.Ordinal));
        folder.Write("rules/risk.rules", Importing);
        folder.Write("rules/second.rules", Importing.Replace("\"Systemic risk\"", "\"Second\"", StringComparison.Ordinal));

        var (files, diagnostics) = RulesChecker.CheckAll(Path.Combine(folder.Folder, "rules"), Against.Corpus, Against.Today);

        files.Length.ShouldBe(3);
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0113");
    }

    [Test]
    public void Imports_are_formatted_together_after_the_header()
    {
        var text = "# shared\ndeclarations \"Shared\"\nact eu-ai-act\nimport \"a.rules\"\nfact x: FLOP\n  cites Article 51(2)\nimport \"b.rules\" # second\n";

        var formatted = RulesFormatter.Format(RulesParser.Parse("x.rules", text).File);

        formatted.ShouldBe("# shared\ndeclarations \"Shared\"\nact eu-ai-act\n\nimport \"a.rules\"\nimport \"b.rules\" # second\n\nfact x: FLOP\n  cites Article 51(2)\n");
    }

    [Test]
    public void An_import_without_a_quoted_path_is_a_syntax_error()
    {
        var result = RulesParser.Parse("x.rules", "rules \"X\"\nimport shared.rules\n");

        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("expected the path of a rules file in double quotes, found 'shared.rules'");
    }
}
