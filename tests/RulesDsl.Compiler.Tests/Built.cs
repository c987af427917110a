using RulesDsl.Compiler.Emit;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;
using RulesDsl.Language.Checking;
using RulesDsl.Linking.Model;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Compiler.Tests;

/// <summary>The embedded corpus in a workspace linked once, the shipped rules checked against it, and classifiers built from rules text.</summary>
internal static class Built
{
    public const string GpaiPath = "rules/gpai-systemic-risk.rules";

    /// <summary>
    /// The shipped rules in one file, as they were before they imported gpai-models.rules (tests/Inputs): the tests
    /// edit its threshold and map its lines, checked under <see cref="GpaiPath"/>.
    /// </summary>
    public static readonly string GpaiText = File.ReadAllText(RepoPaths.InInputs(GpaiPath));

    /// <summary>A day the threshold of Article 51(2) is in force on.</summary>
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly ClassifyOptions Traced = new(Today, Trace: true);

    /// <summary>A general-purpose AI model as Article 3, point (63) defines it, placed on the market: what the shipped rules
    /// classify; the facts of a case are added to these.</summary>
    public static readonly Facts GeneralPurpose = Facts.None
        .With("significant_generality", true).With("integrable_downstream", true).With("placed_on_market", true);

    private static readonly RulesWorkspace Workspace = RulesWorkspace.Open(RepoPaths.Corpus, null, null, new FixedClock(Today));

    private static readonly Lazy<CheckedRules> Rules = new(() => Check(GpaiText, GpaiPath));

    private static readonly Lazy<LoadedClassifier> Loaded = new(() => Load(Gpai));

    private static readonly Lazy<CheckedRules> NotificationRules =
        new(() => Check(File.ReadAllText(Path.Combine(RepoPaths.Root, NotificationPath)), NotificationPath));

    private static readonly Lazy<LoadedClassifier> NotificationLoaded = new(() => Load(Notification));

    public static LinkGraph Corpus => Workspace.Graph;

    public static CheckedRules Gpai => Rules.Value;

    /// <summary>The classifier of the shipped rules, compiled and loaded once for the tests that only classify.</summary>
    public static IClassifier GpaiClassifier => Loaded.Value.Classifier;

    /// <summary>The shipped rules of the notification duty and the reassessment (Article 52(1) and 52(5)), as shipped.</summary>
    public const string NotificationPath = "rules/gpai-notification.rules";

    public static CheckedRules Notification => NotificationRules.Value;

    /// <summary>The classifier of <see cref="NotificationPath"/>, compiled and loaded once.</summary>
    public static IClassifier NotificationClassifier => NotificationLoaded.Value.Classifier;

    public static CheckedRules Check(string text, string path = "rules/test.rules") => Workspace.Check(path, text);

    public static CompiledClassifier Compile(CheckedRules rules) => ClassifierCompiler.Compile(ClassifierGenerator.Generate(rules, Corpus), rules.Syntax.Text);

    public static LoadedClassifier Load(CheckedRules rules)
    {
        var result = new ClassifierLoader().Load(rules, Corpus);
        result.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return result.Classifier!;
    }
}
