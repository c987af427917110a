using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Explain.Rendering;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// Labels are the drafter's text and reach the reader's terminal in a tree explanation: a control character in one is
/// shown escaped, never sent to the terminal as a command (ESC [2J clears the screen).
/// </summary>
public class TerminalEscapeTests
{
    [Test]
    public void A_label_holding_an_escape_sequence_is_shown_escaped_in_the_tree()
    {
        // The rules text holds the control characters themselves, as a file could: the raw literal spells them out.
        var rules = Built.Check("""
            rules "Escapes"
            act eu-ai-act
            language en

            fact compute: FLOP
              label en "compute \u001b[2J cleared"
              cites Article 51(2)

            conclusion presumed
              label en "presumed \u0007 rung"
              cites Article 51(2)

            rule over
              concludes presumed
              when compute greater than 10^25 FLOP
              cites Article 51(2)

            verdict presumed
              cites Article 51(2)
            """.Replace("\\u001b", "\u001b", StringComparison.Ordinal).Replace("\\u0007", "\u0007", StringComparison.Ordinal));
        rules.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        using var loaded = Built.Load(rules);
        var classification = Classification.Run(loaded.Classifier, Facts.None.With("compute", 2e25), Built.Traced);
        var explanation = new Explainer(Built.Corpus).Explain(classification, loaded.Classifier.Definition, new ExplainOptions("en"));

        using var output = new StringWriter();
        new TreeExplanation(new RenderOptions()).Render(explanation, output);
        var tree = output.ToString();

        tree.ShouldNotContain("\u001b");
        tree.ShouldNotContain("\u0007");
        tree.ShouldContain("compute \\u001b[2J cleared", Case.Sensitive);
        tree.ShouldContain("presumed \\u0007 rung", Case.Sensitive);
    }
}
