using RulesDsl.Compiler.Loading;
using RulesDsl.Workspace;

namespace RulesDsl.Workspace.Tests;

/// <summary>The shipped corpus and rules in a workspace: one date from one clock, one list of diagnostics, and snapshots that reuse the linked corpus.</summary>
public class RulesWorkspaceTests : OnShippedCopy
{
    private const string ThresholdLine = "value 10^25 FLOP from 2025-08-02";

    /// <summary>A day the threshold of Article 51(2) is in force on.</summary>
    private static readonly DateOnly InForce = new(2026, 11, 23);

    [Test]
    public void Without_a_date_the_rules_are_checked_as_of_today_by_the_clock_it_is_given()
    {
        var before = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(new DateOnly(2025, 8, 1)));
        var after = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce));

        before.AsOf.ShouldBe(new DateOnly(2025, 8, 1));
        // The shipped rules apply from 2 August 2025 (Article 113, point (b)): the day before, no parameter needs a value.
        before.RulesDiagnostics.ShouldNotContain(d => d.IsError);
        after.AsOf.ShouldBe(InForce);
        after.RulesDiagnostics.ShouldNotContain(d => d.Id == "RD0107");
    }

    [Test]
    public void A_date_given_wins_over_the_clock()
    {
        var workspace = RulesWorkspace.Open(Copy.Folder, Rules, new DateOnly(2024, 5, 10), new FixedClock(InForce));

        workspace.AsOf.ShouldBe(new DateOnly(2024, 5, 10));
        workspace.WithAsOf(null).AsOf.ShouldBe(InForce);
    }

    [Test]
    public void A_rules_only_change_rechecks_the_rules_against_the_same_linked_corpus()
    {
        var first = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce));
        var linked = first.Graph;
        first.HasErrors.ShouldBeFalse();

        Copy.Edit(ModelsFile, "when training_compute greater", "when training_compte greater");
        var second = first.WithChanges([ModelsFile]);

        second.Graph.ShouldBeSameAs(linked);
        second.Corpus.ShouldBeSameAs(first.Corpus);
        second.RulesDiagnostics.ShouldContain(d => d.Id == "RD0101" && d.Message.Contains("'training_compte'", StringComparison.Ordinal));
        first.RulesDiagnostics.ShouldNotContain(d => d.Id == "RD0101");
        second.WithAsOf(new DateOnly(2025, 1, 1)).Graph.ShouldBeSameAs(linked);
    }

    [Test]
    public void A_corpus_change_reads_and_links_the_corpus_again()
    {
        var first = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce));
        var linked = first.Graph;
        const string act = "eu-ai-act/en/oj.md";
        Copy.Edit(act, "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");

        var second = first.WithChanges([Path.Combine(Copy.Folder, act)]);

        second.Graph.ShouldNotBeSameAs(linked);
        second.Corpus.ShouldNotBeSameAs(first.Corpus);
        second.RulesDiagnostics.ShouldContain(d => d.Id == "RD0127" && d.Message.Contains("Article 51(2)", StringComparison.Ordinal));
        first.RulesDiagnostics.ShouldNotContain(d => d.Id == "RD0127");
    }

    [Test]
    public void Every_diagnostic_is_in_one_list_the_readers_the_linkers_then_the_rules()
    {
        File.WriteAllText(Path.Combine(Copy.Folder, "eu-ai-act", "anchors.yaml"), "nl/a3.md: [unclosed\n");
        Copy.Edit(ModelsFile, "when training_compute greater", "when training_compte greater");
        var workspace = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce));

        workspace.Diagnostics.ShouldBe([.. workspace.Corpus.Diagnostics, .. workspace.Graph.Diagnostics, .. workspace.RulesDiagnostics]);
        workspace.Diagnostics.ShouldContain(d => d.Id == "RD0101");
        workspace.Graph.Diagnostics.ShouldNotBeEmpty();
        workspace.CheckDiagnostics.ShouldBe([.. workspace.Diagnostics.Where(d => d.IsError && !workspace.RulesDiagnostics.Contains(d)), .. workspace.RulesDiagnostics]);
        workspace.HasErrors.ShouldBeTrue();
    }

    [Test]
    public void The_shipped_rules_load_as_a_classifier_and_rules_with_errors_load_none()
    {
        var workspace = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce));

        var load = workspace.Load(new ClassifierLoader());
        try
        {
            load.Succeeded.ShouldBeTrue();
            // One classifier a rules file with a verdict (Article 51 and Article 52), none for the declarations they share.
            load.Loaded.Length.ShouldBe(2);
            load.Loaded.ShouldAllBe(loaded => loaded.Loaded.Manifest.Language == "en");
            load.Loaded.ShouldAllBe(loaded => ReferenceEquals(loaded.Graph, workspace.Graph));
        }
        finally
        {
            foreach (var loaded in load.Loaded)
            {
                loaded.Dispose();
            }
        }

        Copy.Edit(ModelsFile, "when training_compute greater", "when training_compte greater");
        var broken = workspace.WithRulesChanged().Load(new ClassifierLoader());

        broken.Succeeded.ShouldBeFalse();
        broken.Loaded.ShouldBeEmpty();
        broken.Errors.ShouldContain(d => d.Id == "RD0101");
    }

    [Test]
    public void A_refused_cache_entry_is_a_warning_of_the_load_which_still_succeeds()
    {
        var workspace = RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(InForce));
        var cache = new ClassifierCache(Path.Combine(Copy.Folder, ".cache"));
        workspace.Load(new ClassifierLoader(cache)).Loaded.ToList().ForEach(l => l.Dispose());
        // A truncated write, or someone else's file: an empty dll under every key.
        Directory.GetFiles(cache.Folder, "*.dll").ToList().ForEach(dll => File.WriteAllBytes(dll, []));

        var load = workspace.Load(new ClassifierLoader(cache));
        try
        {
            load.Succeeded.ShouldBeTrue();
            load.CacheWarnings.Length.ShouldBe(2);
            load.CacheWarnings.ShouldAllBe(d => d.Id == "RD0340" && !d.IsError);
            load.Loaded.ShouldAllBe(loaded => !loaded.Loaded.FromCache);
        }
        finally
        {
            load.Loaded.ToList().ForEach(l => l.Dispose());
        }
    }

    [Test]
    public void A_workspace_of_the_corpus_alone_checks_no_rules()
    {
        var workspace = RulesWorkspace.Open(Copy.Folder, null, null, new FixedClock(InForce));

        workspace.Rules.ShouldBeEmpty();
        workspace.RulesDiagnostics.ShouldBeEmpty();
        workspace.Diagnostics.ShouldBe([.. workspace.Corpus.Diagnostics, .. workspace.Graph.Diagnostics]);
    }
}
