using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>RD0176: a fact no rule, derivation or estimate reads, in the rule set with its imports.</summary>
public class UnusedFactTests
{
    [Test]
    public void The_shipped_rules_check_without_a_warning()
    {
        var (files, diagnostics) = RulesChecker.CheckAll(Path.Combine(RepoPaths.Root, "rules"), Against.Corpus, Against.Today);

        files.Length.ShouldBeGreaterThanOrEqualTo(2);
        diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void Without_their_unread_reason_the_Annex_XIII_d_e_g_facts_are_warned_of()
    {
        var rules = Shipped.Read("gpai-systemic-risk.rules");
        var text = string.Join('\n', rules.Text.Split('\n').Where(line => !line.StartsWith("  unread ", StringComparison.Ordinal)));

        var warnings = Against.Check(text, rules.Path).Diagnostics;

        warnings.ShouldAllBe(d => d.Id == "RD0176" && d.Severity == DiagnosticSeverity.Warning);
        warnings.Select(d => d.Message).ShouldBe([
            "no rule, derivation or estimate reads the fact 'modalities'",
            "no rule, derivation or estimate reads the fact 'capability_benchmarks_high'",
            "no rule, derivation or estimate reads the fact 'end_users_eu'",
        ]);
        var first = text.Split('\n')[warnings[0].Position.Line - 1];
        first[(warnings[0].Position.Column - 1)..].ShouldStartWith("modalities: set of modality");
    }

    [Test]
    public void A_fact_of_a_declarations_file_is_read_through_the_files_that_import_it()
    {
        using var folder = new TempCorpus();
        var shared = folder.Write("rules/shared.rules", "declarations \"Shared\"\nact eu-ai-act\nfact training_compute: FLOP\n  cites Article 51(2)\n");
        folder.Write("rules/risk.rules", """
            rules "Risk"
            act eu-ai-act
            import "shared.rules"
            conclusion big
              cites Article 51(1)
            rule compute
              concludes big
              when training_compute greater than 10^25 FLOP
              cites Article 51(2)
            verdict big
              cites Article 51(1)
            """);

        var (_, together) = RulesChecker.CheckAll(Path.Combine(folder.Folder, "rules"), Against.Corpus, Against.Today);
        var alone = Against.Check(File.ReadAllText(shared), shared);

        together.ShouldNotContain(d => d.Id == "RD0176");
        // Alone, the files that import it are not given: its facts are judged only with the folder.
        alone.Diagnostics.ShouldBeEmpty();
    }
}
