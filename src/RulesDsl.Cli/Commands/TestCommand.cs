using RulesDsl.Linking.Snapshots;
using System.CommandLine;
using RulesDsl.Compiler.Examples;
using RulesDsl.Diagnostics;
using RulesDsl.Explain.Batches;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// <c>rulesdsl test</c>: the examples of every rules file run through its compiled classifier, each with what it
/// expected and what it got; a failure is explained. <c>--coverage</c> lists what no example exercises.
/// </summary>
internal static class TestCommand
{
    /// <summary>The format a failing example is explained in.</summary>
    private const string FailureExplanation = "tree";

    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var rulesOption = CheckCommand.RulesOption();
        var corpusOption = CorpusCommand.CorpusOption();
        var asOfOption = new Option<string?>("--as-of") { Description = "Run the examples by the law in force on this date (YYYY-MM-DD); today by default." };
        var coverageOption = new Option<bool>("--coverage") { Description = "List the rules, the ways they go and the cited clauses no example exercises." };
        var command = new Command("test", "Run the examples of the rules files through the compiled classifiers; exit 1 if any fails.")
        {
            rulesOption, corpusOption, asOfOption, coverageOption,
        };
        command.SetAction(parse =>
        {
            if (!ProvisionArgument.TryReadDate(parse.GetValue(asOfOption), error, out var asOf))
            {
                return 2;
            }

            var workspace = RulesWorkspace.Open(parse.GetValue(corpusOption)!, parse.GetValue(rulesOption)!, asOf, clock, LinkedCorpusCache.Default);
            var all = RulesLoadReport.LoadAll(workspace, error);
            if (all is null)
            {
                return 1;
            }

            var failed = 0;
            var total = 0;
            foreach (var rules in all)
            {
                using (rules)
                {
                    var results = RunExamples(rules, workspace.AsOf, output);
                    total += results.Count;
                    failed += results.Count(r => !r.Passed);
                    if (parse.GetValue(coverageOption))
                    {
                        WriteCoverage(rules.Rules.Syntax.Path, ExampleCoverage.Of(rules.Loaded.Classifier.Definition, results), output);
                    }
                }
            }

            WriteTotals(total, failed, output);
            return failed > 0 ? 1 : 0;
        });
        return command;
    }

    /// <summary>Runs the examples of loaded rules, printing a line each and explaining each failure.</summary>
    public static IReadOnlyList<ExampleResult> RunExamples(LoadedRules rules, DateOnly day, TextWriter output)
    {
        var results = ExampleRunner.Run(rules.Rules.RuleSet, rules.Loaded.Classifier, new ClassifyOptions(day, Trace: true));
        Report(rules, results, day, output);
        return results;
    }

    public static void WriteTotals(int total, int failed, TextWriter output) =>
        output.WriteLine($"{total} {(total == 1 ? "example" : "examples")}: {total - failed} passed, {failed} failed");

    private static void Report(LoadedRules rules, IReadOnlyList<ExampleResult> results, DateOnly day, TextWriter output)
    {
        var explainer = new Explainer(rules.Graph);
        var language = rules.Loaded.Classifier.Definition.Language;
        foreach (var result in results)
        {
            var verdict = result.Verdict;
            var got = $"{verdict.Conclusion} = {(result.GotNotApplicable ? VerdictText.NotApplicable : VerdictText.Outcome(verdict.Outcome))}{(verdict.DecidingRule is { } rule ? $" by {rule}" : "")}";
            if (result.Passed)
            {
                output.WriteLine(TerminalText.Escape($"PASS {result.Position} \"{result.Title}\": {got}"));
                continue;
            }

            var expected = $"{result.Conclusion} = {(result.ExpectsNotApplicable ? VerdictText.NotApplicable : VerdictText.Outcome(result.Expected))}{(result.ExpectedRule is { } by ? $" by {by}" : "")}";
            var missing = verdict.MissingFacts.Count == 0 ? "" : $"; missing {string.Join(", ", verdict.MissingFacts)}";
            output.WriteLine(TerminalText.Escape($"FAIL {result.Position} \"{result.Title}\": expected {expected}, got {got}{missing}"));
            var explanation = explainer.Explain(new Classification(verdict, []), rules.Loaded.Classifier.Definition, new ExplainOptions(language));
            ExplanationFormats.For(FailureExplanation, toTerminal: false)!.Render(explanation, output);
        }
    }

    private static void WriteCoverage(string path, ExampleCoverage coverage, TextWriter output)
    {
        var rules = coverage.Branches.Select(b => b.Rule).Distinct().Count();
        output.WriteLine($"coverage of {path}: {rules - coverage.UnreachedRules.Count} of {rules} rules reached, "
            + $"{coverage.Branches.Count - coverage.UntakenBranches.Count} of {coverage.Branches.Count} branches taken, "
            + $"{coverage.Clauses.Count - coverage.UncitedClauses.Count} of {coverage.Clauses.Count} cited clauses read");
        coverage.UnreachedRules.ToList().ForEach(rule => output.WriteLine($"  rule no example reaches: {rule}"));
        coverage.UntakenBranches.Where(b => !coverage.UnreachedRules.Contains(b.Rule)).ToList().ForEach(branch => output.WriteLine($"  branch no example takes: {branch}"));
        coverage.UncitedClauses.ToList().ForEach(clause => output.WriteLine($"  clause no example reads: {clause.Written}"));
    }
}
