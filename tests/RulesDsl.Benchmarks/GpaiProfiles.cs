using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Benchmarks;

/// <summary>The shipped GPAI rules, checked against the embedded corpus in a workspace and loaded as a classifier.</summary>
internal static class GpaiRules
{
    public const string Path = "rules/gpai-systemic-risk.rules";

    /// <summary>A day the threshold of Article 51(2) is in force on, so that runs do not depend on today.</summary>
    public static readonly DateOnly AsOf = new(2026, 11, 23);

    /// <summary>The embedded corpus in a workspace as of <see cref="AsOf"/>, read and linked (in the caller's setup).</summary>
    public static RulesWorkspace Workspace()
    {
        var workspace = RulesWorkspace.Open(RepoPaths.Corpus, null, AsOf, new FixedClock(AsOf));
        _ = workspace.Graph;
        return workspace;
    }

    public static string Text() => File.ReadAllText(System.IO.Path.Combine(RepoPaths.Root, Path));

    /// <summary>
    /// The rules checked where they lie, so that their import of gpai-models.rules is found whatever folder
    /// BenchmarkDotNet runs its process in (a relative path left every benchmark of these rules with RD0170).
    /// </summary>
    public static CheckedRules Check(string text, RulesWorkspace workspace) =>
        workspace.Check(System.IO.Path.Combine(RepoPaths.Root, Path), text);

    public static LoadedClassifier Load(string text, RulesWorkspace workspace)
    {
        var result = new ClassifierLoader(cache: null).Load(Check(text, workspace), workspace.Graph);
        return result.Classifier
            ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError)));
    }
}

/// <summary>
/// The 64 model profiles the GPAI rules are benchmarked on (<see cref="PerVerdict"/>), and the check that two ways of
/// classifying them agree, so that what is compared does the same work.
/// </summary>
internal static class GpaiProfiles
{
    public const int Count = 64;

    /// <summary>
    /// One profile of the 64: a general-purpose AI model (with two exceptions), training compute given, derived from its three parts, estimated from parameters × tokens
    /// (with the parts half given), or unknown; below, at, above and far above 10^25 FLOP; high-impact capabilities
    /// assessed or not, a rebuttal accepted or rejected, a designation; each of these sometimes missing.
    /// </summary>
    public static Facts Profile(int index)
    {
        double[] sizes = [1e24, 1e25, 3e25, 2e26];
        var size = sizes[index / 4 % 4];
        var facts = (index % 4) switch
        {
            0 => Facts.None.With("training_compute", size),
            1 => Facts.None.With("pretraining_compute", size * 0.8).With("synthetic_data_compute", size * 0.05).With("finetuning_compute", size * 0.15),
            2 => Facts.None.With("pretraining_compute", size * 0.8).With("parameters", size / 6 / 15e12).With("training_tokens", 15e12),
            _ => Facts.None.With("parameters", 7e10),
        };
        facts = facts.With("modalities", index % 3 == 0 ? ["text"] : ["text", "image"]).With("business_users_eu", 1000 * index);

        // A general-purpose AI model (Article 3(63)), but for one profile in 16 that is not and one whose scope is not told.
        facts = (index % 16) switch
        {
            5 => facts.With("significant_generality", false).With("integrable_downstream", true).With("placed_on_market", true),
            11 => facts.With("significant_generality", true).With("placed_on_market", true),
            _ => facts.With("significant_generality", true).With("integrable_downstream", true).With("placed_on_market", true),
        };
        facts = (index / 16) switch
        {
            1 => facts.With("high_impact_capabilities_assessed", false),
            2 => facts.With("high_impact_capabilities_assessed", true),
            _ => facts,
        };
        facts = (index / 2 % 3) switch
        {
            1 => facts.With("rebuttal_accepted", false),
            2 => facts.With("rebuttal_accepted", true),
            _ => facts,
        };
        return (index / 5 % 4) switch
        {
            1 or 2 => facts.With("designated_by_commission", false),
            3 => facts.With("designated_by_commission", true),
            _ => facts,
        };
    }

    public static void Agree(int index, Facts facts, Verdict expected, Verdict actual)
    {
        if (expected.Outcome != actual.Outcome || expected.DecidingRule != actual.DecidingRule
            || (expected.Applicability.Status, expected.Applicability.Scope) != (actual.Applicability.Status, actual.Applicability.Scope)
            || !expected.How.SequenceEqual(actual.How) || !expected.MissingFacts.SequenceEqual(actual.MissingFacts))
        {
            throw new InvalidOperationException(
                $"profile {index} ({string.Join(", ", facts.Names.Select(n => $"{n}={facts.Get(n)}"))}): hand-written " +
                $"{Describe(expected)}, compiled {Describe(actual)}");
        }
    }

    private static string Describe(Verdict verdict) =>
        $"{verdict.Outcome} by {verdict.DecidingRule ?? "-"} [{string.Join(", ", verdict.How)}] missing [{string.Join(", ", verdict.MissingFacts)}] {verdict.Applicability.Status}";
}
