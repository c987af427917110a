using System.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Tests.Catalogue;
using RulesDsl.Workspace;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>Each example file of docs/diagnostics.md triggers the id it documents, at a position inside the file.</summary>
public class DocumentedDiagnosticsTests
{
    private static IEnumerable<TestCaseData> Examples() =>
        DiagnosticsPage.Examples().Select(e => new TestCaseData(e.Id, e.Example).SetName($"{e.Id} is triggered by its documented example"));

    [TestCaseSource(nameof(Examples))]
    public void Triggers(string id, string example)
    {
        var result = Against.Check(example);

        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id == id);
        diagnostic.ShouldNotBeNull($"{id} not reported; got {string.Join("; ", result.Diagnostics)}");
        var lines = example.Split('\n');
        diagnostic.Position.Line.ShouldBeInRange(1, lines.Length);
        diagnostic.Position.Column.ShouldBeInRange(1, lines[diagnostic.Position.Line - 1].Length + 1);
    }

    [Test]
    public void Every_rules_language_id_but_the_file_level_ones_has_an_example()
    {
        var withExamples = DiagnosticsPage.Examples().Select(e => e.Id).ToHashSet();
        var headings = System.Text.RegularExpressions.Regex.Matches(DiagnosticsPage.Text, "^### (RD[0-9]{4})", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value);

        headings.Where(h => !withExamples.Contains(h)).ShouldBe(["RD0121", "RD0122", "RD0127", "RD0128", "RD0172", "RD0173"]);
    }

    [Test]
    public void RD0121_a_folder_without_rules_files()
    {
        using var folder = new TempCorpus();

        var (files, diagnostics) = RulesChecker.CheckAll(folder.Folder, Against.Corpus, Against.Today);

        files.ShouldBeEmpty();
        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0121");
    }

    [Test]
    public void RD0127_a_clause_cited_by_the_shipped_rules_edited_after_their_review()
    {
        using var corpus = new TempCorpus().CopyAll();
        corpus.Edit("eu-ai-act/en/oj.md", "at least 10 000 registered", "at least 15 000 registered");
        var shipped = Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules");

        var diagnostics = RulesWorkspace.Open(corpus.Folder, shipped, null, new FixedClock(Against.Today)).RulesDiagnostics;

        var stale = diagnostics.Where(d => d.Id == "RD0127").ToList();
        stale.Select(d => d.Message[..d.Message.IndexOf(',', StringComparison.Ordinal)]).ShouldBe([
            "fact 'business_users_eu' cites Annex XIII",
            "parameter 'business_users_threshold' cites Annex XIII",
            "conclusion 'high_impact_on_internal_market' cites Annex XIII",
            "presumption 'reach_presumption' cites Annex XIII",
        ]);
        stale.ShouldAllBe(d => d.Message.Contains("point (f), whose text has changed since the review of") && d.Severity == DiagnosticSeverity.Warning);
        Against.Workspace.WithRules(shipped).RulesDiagnostics.ShouldNotContain(d => d.Id == "RD0127");
    }

    [Test]
    public void RD0128_a_review_record_that_is_not_a_review_record()
    {
        using var folder = new TempCorpus();
        folder.Write("x.rules", File.ReadAllBytes(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules")));
        folder.Write("x.reviewed.json", "{\"rules\": \"x.rules\"}");

        var (files, diagnostics) = RulesChecker.CheckAll(folder.Folder, Against.Corpus, Against.Today);

        files.ShouldHaveSingleItem();
        var unreadable = diagnostics.Single(d => d.Id == "RD0128");
        unreadable.Position.File.ShouldEndWith("x.reviewed.json");
        unreadable.Message.ShouldContain("lacks 'rules', 'reviewedOn', or the ids");
        unreadable.IsError.ShouldBeTrue();
    }

    [Test]
    public void RD0122_a_rules_file_that_is_not_UTF8()
    {
        using var folder = new TempCorpus();
        folder.Write("x.rules", Encoding.Latin1.GetBytes("rules \"Catégorie\"\n"));
        folder.Write("ok.rules", File.ReadAllBytes(Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules")));

        var (files, diagnostics) = RulesChecker.CheckAll(folder.Folder, Against.Corpus, Against.Today);

        files.ShouldHaveSingleItem().Syntax.Path.ShouldEndWith("ok.rules");
        var unreadable = diagnostics.Single(d => d.Id == "RD0122");
        unreadable.Position.File.ShouldEndWith("x.rules");
        unreadable.IsError.ShouldBeTrue();
    }
}
