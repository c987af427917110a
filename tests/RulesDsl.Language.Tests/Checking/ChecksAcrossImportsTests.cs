using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// The checks of what a declarations file declares, on copies of the shipped rules edited for the test
/// (gpai-models.rules, imported by gpai-systemic-risk.rules and gpai-notification.rules): each fires once, at its
/// place in the file that declares it, whether <c>check</c> is given the folder, one importing file or the
/// declarations file alone; a comparison with an imported parameter fires at the importing rule's operator.
/// </summary>
public class ChecksAcrossImportsTests
{
    private const string Models = "gpai-models.rules";
    private const string SystemicRisk = "gpai-systemic-risk.rules";
    private const string Notification = "gpai-notification.rules";

    // What `check` may be given: the folder, each importing file, the declarations file alone.
    private static readonly string?[] Paths = [null, SystemicRisk, Notification, Models];

    [Test]
    public void A_threshold_not_in_Article_51_2_is_RD0113_once_at_the_parameter_in_the_declarations_file()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(Models, "value 10^25 FLOP from 2025-08-02", "value 10^24 FLOP from 2025-08-02");

        foreach (var path in Paths)
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0113").ToList();

            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(Models, text, "10^24 FLOP from");
            found[0].Message.ShouldStartWith("10^24 is not written in Article 51(2); Article 51(3)");
        }
    }

    [Test]
    public void At_least_in_the_presumption_of_the_declarations_file_is_RD0129_once_at_its_operator()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(Models, "when training_compute greater than compute_threshold", "when training_compute at least compute_threshold");

        foreach (var path in Paths)
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0129").ToList();

            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(Models, text, "at least compute_threshold");
            found[0].Length.ShouldBe("at least".Length);
        }
    }

    [Test]
    public void An_importing_rule_comparing_with_the_imported_threshold_by_at_least_is_RD0129_at_its_own_operator()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(SystemicRisk, "rule designation_route\n",
            "presumption compute_again\n  presumes high_impact_on_internal_market\n  when training_compute at least compute_threshold\n  cites Annex XIII, point (f)\n\nrule designation_route\n");

        foreach (var path in new string?[] { null, SystemicRisk })
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0129").ToList();

            // The clause is the parameter's: Article 51(2) writes "greater than 10^25", though the rule cites Annex XIII.
            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(SystemicRisk, text, "at least compute_threshold");
            found[0].Message.ShouldBe("the rule compares with 10^25 by 'at least', but Article 51(2) writes \"greater than\" before it");
        }

        rules.Check(Models).ShouldNotContain(d => d.Id == "RD0129");
        rules.Check(Notification).ShouldNotContain(d => d.Id == "RD0129");
    }

    [Test]
    public void A_threshold_first_in_force_after_the_day_checked_is_RD0107_once_at_the_parameter_in_the_declarations_file()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(Models, "value 10^25 FLOP from 2025-08-02", "value 10^25 FLOP from 2026-12-01");

        foreach (var path in Paths)
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0107").ToList();

            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(Models, text, "compute_threshold: FLOP");
            found[0].Message.ShouldBe($"parameter 'compute_threshold' has no value in force on {Against.Today:yyyy-MM-dd}");
        }
    }

    [Test]
    public void Before_the_law_applies_only_the_declarations_file_checked_alone_needs_a_value()
    {
        using var rules = new EditedRules();
        var beforeChapterV = new DateOnly(2025, 3, 1);

        // The importing files' verdicts apply from 2 August 2025 (Article 113, point (b)): they read no parameter before.
        rules.Check(null, beforeChapterV).ShouldNotContain(d => d.Id == "RD0107");
        rules.Check(SystemicRisk, beforeChapterV).ShouldNotContain(d => d.Id == "RD0107");
        // Alone, no verdict says from when the law applies: the values are those in force on the day checked.
        rules.Check(Models, beforeChapterV).Where(d => d.Id == "RD0107").ShouldHaveSingleItem().Position.File.ShouldEndWith("/" + Models);
    }

    [Test]
    public void A_threshold_first_in_force_after_the_law_applies_is_RD0155_once_per_application_date()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(Models, "value 10^25 FLOP from 2025-08-02", "value 10^25 FLOP from 2025-09-01");

        foreach (var path in new string?[] { null, SystemicRisk, Notification })
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0155").ToList();

            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(Models, text, "compute_threshold: FLOP");
            found[0].Message.ShouldBe("parameter 'compute_threshold' has no value from 2025-08-02, when the law applies, until 2025-09-01");
        }

        rules.Check(Models).ShouldNotContain(d => d.Id == "RD0155");
    }

    [Test]
    public void A_declarations_fact_an_importer_reads_is_read_and_one_nobody_reads_is_RD0176_once_with_the_folder()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(Models, "# The value the law sets",
            "fact read_by_importer: yes/no\n  cites Article 52(4)\n\nfact read_by_nobody: yes/no\n  cites Article 52(4)\n\n# The value the law sets");
        rules.Edit(SystemicRisk, "  when designated_by_commission\n", "  when designated_by_commission and read_by_importer\n");

        var folder = rules.Check(null).Where(d => d.Id == "RD0176").ToList();

        folder.ShouldHaveSingleItem().Message.ShouldBe("no rule, derivation or estimate reads the fact 'read_by_nobody'");
        folder[0].ShouldBeAt(Models, text, "read_by_nobody: yes/no");
        // One file given: the declarations file's facts may be read by importers not given, so none is judged.
        rules.Check(Models).ShouldNotContain(d => d.Id == "RD0176");
        rules.Check(SystemicRisk).ShouldNotContain(d => d.Id == "RD0176");
        rules.Check(Notification).ShouldNotContain(d => d.Id == "RD0176");
    }

    [Test]
    public void An_unread_reason_keeps_a_declarations_fact_nobody_reads_from_RD0176()
    {
        using var rules = new EditedRules();
        rules.Edit(Models, "# The value the law sets",
            "fact read_by_nobody: yes/no\n  unread \"kept for the schema\"\n  cites Article 52(4)\n\n# The value the law sets");

        rules.Check(null).ShouldNotContain(d => d.Id == "RD0176");
    }

    [Test]
    public void A_fact_of_an_importing_file_nobody_reads_is_RD0176_in_that_file_with_the_folder_and_alone()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(SystemicRisk, "fact rebuttal_accepted: yes/no",
            "fact read_by_nobody: yes/no\n  cites Article 52(4)\n\nfact rebuttal_accepted: yes/no");

        foreach (var path in new string?[] { null, SystemicRisk })
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0176").ToList();

            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(SystemicRisk, text, "read_by_nobody: yes/no");
        }

        rules.Check(Notification).ShouldNotContain(d => d.Id == "RD0176");
    }

    [Test]
    public void A_declarations_conclusion_citing_no_definition_of_what_it_means_is_RD0180_once_where_it_is_declared()
    {
        using var rules = new EditedRules();
        var text = rules.Edit(Models, "  means \"general-purpose AI model\"\n  cites Article 3, point (63)\n",
            "  means \"general-purpose AI model\"\n  cites Article 51(1)\n");

        foreach (var path in Paths)
        {
            var found = rules.Check(path).Where(d => d.Id == "RD0180").ToList();

            found.ShouldHaveSingleItem(path ?? "the folder");
            found[0].ShouldBeAt(Models, text, "\"general-purpose AI model\"\n  cites Article 51(1)");
        }
    }

    [Test]
    public void A_folder_named_with_a_dot_reports_what_its_declarations_file_says_once()
    {
        using var rules = new EditedRules();
        rules.Edit(Models, "value 10^25 FLOP from 2025-08-02", "value 10^24 FLOP from 2025-08-02");

        // Checked as ./rules/gpai-models.rules and imported as rules/gpai-models.rules: one file, one path.
        var (_, diagnostics) = RulesChecker.CheckAll(Path.Combine(rules.Folder, "."), Against.Corpus, Against.Today);

        diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0113");
    }

    [Test]
    public void Each_checked_file_holding_the_declarations_file_carries_its_diagnostic()
    {
        using var rules = new EditedRules();
        rules.Edit(Models, "value 10^25 FLOP from 2025-08-02", "value 10^25 FLOP from 2026-12-01");

        var (files, _) = RulesChecker.CheckAll(rules.Folder, Against.Corpus, Against.Today);

        // An error in what a file imports stops its build: the summary of each file counts it.
        files.Length.ShouldBe(3);
        files.ShouldAllBe(file => file.HasErrors);
    }

    /// <summary>The shipped rules copied to a folder of their own, edited there.</summary>
    private sealed class EditedRules : IDisposable
    {
        private readonly TempCorpus temp = new();

        public EditedRules() => Folder = temp.CopyShippedRules();

        public string Folder { get; }

        /// <returns>The file's text after the edit.</returns>
        public string Edit(string file, string words, string replacement)
        {
            var path = Path.Combine(Folder, file);
            var text = File.ReadAllText(path);
            text.ShouldContain(words);
            var edited = text.Replace(words, replacement, StringComparison.Ordinal);
            File.WriteAllText(path, edited);
            return edited;
        }

        /// <param name="file">The file <c>check</c> is given; null for the folder.</param>
        public ImmutableArray<Diagnostic> Check(string? file, DateOnly? asOf = null) =>
            RulesChecker.CheckAll(file is null ? Folder : Path.Combine(Folder, file), Against.Corpus, asOf ?? Against.Today).Diagnostics;

        public void Dispose() => temp.Dispose();
    }
}

internal static class DiagnosticPlaces
{
    /// <summary>The diagnostic stands in <paramref name="file"/>, where <paramref name="words"/> start in its text.</summary>
    public static void ShouldBeAt(this Diagnostic diagnostic, string file, string text, string words)
    {
        var offset = text.IndexOf(words, StringComparison.Ordinal);
        offset.ShouldBeGreaterThanOrEqualTo(0);
        var before = text[..offset];
        var line = before.Count(c => c == '\n') + 1;
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        diagnostic.Position.File.ShouldEndWith("/" + file);
        (diagnostic.Position.Line, diagnostic.Position.Column).ShouldBe((line, column), diagnostic.ToString());
    }
}
