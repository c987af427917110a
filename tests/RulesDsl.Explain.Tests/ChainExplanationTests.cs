using System.Text;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// A chain of conclusions, each decided by three rules that read the one before: the trace holds each conclusion once
/// under every rule reading it, so a walk of it as a tree, or an explanation that repeated it, would grow as 3^n.
/// Classifying and explaining it grows with the chain; the work at n and 2n is compared, never a time.
/// </summary>
public class ChainExplanationTests
{
    private static string Chain(int length)
    {
        var text = new StringBuilder("rules \"Chain\"\nact eu-ai-act\nlanguage en\n\nfact f0: yes/no\n  cites Article 51(1)\n");
        for (var i = 1; i <= length; i++)
        {
            var previous = i == 1 ? "f0" : $"c{i - 1}";
            text.Append($"\nconclusion c{i}\n  cites Article 51(1)\n");
            foreach (var (rule, when) in new[] { ("a", previous), ("b", $"not {previous}"), ("c", previous) })
            {
                text.Append($"\nrule r{i}{rule}\n  concludes c{i}\n  when {when}\n  cites Article 51(1)\n");
            }
        }

        return text.Append($"\nverdict c{length}\n  cites Article 51(1)\n").ToString();
    }

    private static (int Steps, int Json) Explained(int length)
    {
        var rules = Built.Check(Chain(length));
        rules.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        using var loaded = Built.Load(rules);
        var classification = Classification.Run(loaded.Classifier, Facts.None.With("f0", true), Built.Traced);
        classification.Verdict.Outcome.ShouldBe(Truth.Yes);
        var explanation = new Explainer(Built.Corpus).Explain(classification, loaded.Classifier.Definition, new ExplainOptions("en"));
        using var json = new StringWriter();
        // Compact: indentation grows with the depth of the chain itself, whatever is repeated or not.
        new JsonExplanation(indented: false).Render(explanation, json);
        return (classification.Verdict.Trace!.Steps().Count(), json.ToString().Length);
    }

    [Test]
    public void A_chain_twice_as_long_is_explained_with_about_twice_the_steps_and_text()
    {
        var (steps, json) = Explained(20);
        var (doubledSteps, doubledJson) = Explained(40);

        ((double)doubledSteps / steps).ShouldBeLessThan(2.5);
        ((double)doubledJson / json).ShouldBeLessThan(2.5);
    }
}
