using System.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Rendering;

/// <summary>
/// An explanation as a tree for the terminal: the verdict, then every step (● on the deciding path, listed first) with
/// its citations and quotes, the facts that would decide an unknown verdict, and the other conclusions. ANSI colours
/// only when <see cref="RenderOptions.Colour"/> asks for them.
/// </summary>
public sealed class TreeExplanation(RenderOptions options) : IExplanationRenderer
{
    // Quotes wrap here, so that a terminal of ordinary width shows them as paragraphs.
    private const int Width = 100;

    public string Format => "tree";

    public void Render(Explanation explanation, TextWriter output)
    {
        var writer = new Writer(explanation, Vocabulary.For(explanation.Language), options.Colour, output);
        writer.Write();
    }

    private sealed class Writer(Explanation explanation, Vocabulary words, bool colour, TextWriter output)
    {
        private readonly QuotedOnce quoted = new();

        public void Write()
        {
            output.WriteLine(Paint(Reading.Title(explanation, words), "1"));
            foreach (var (label, value) in Reading.Facts(explanation, words))
            {
                output.WriteLine(TerminalText.Escape($"  {label}: {value}"));
            }

            Section($"{words[Phrase.Steps]} (● {words[Phrase.Deciding]})");
            Step(explanation.Root, "", "", "");

            if (explanation.Missing.Length > 0)
            {
                Section(words[Phrase.MissingFacts]);
                foreach (var fact in explanation.Missing)
                {
                    output.WriteLine($"- {Paint(fact.Label, "1")}");
                    Citations(fact.Citations, "  ");
                }
            }

            if (explanation.Unread is { } unread)
            {
                Section(words[Phrase.Unread]);
                foreach (var fact in unread)
                {
                    output.WriteLine(TerminalText.Escape($"- {fact.Label}: {fact.Value}"));
                }
            }

            if (explanation.Others.Length > 0)
            {
                Section(words[Phrase.Other]);
                foreach (var other in explanation.Others)
                {
                    Step(other, "", "", "");
                }
            }
        }

        private void Section(string heading)
        {
            output.WriteLine();
            output.WriteLine(Paint(heading, "1;4"));
        }

        /// <summary>A step, its citations under it, then its steps: <paramref name="below"/> continues the lines above.</summary>
        private void Step(ExplanationStep step, string lead, string connector, string below)
        {
            var marker = step.Deciding ? "● " : "○ ";
            var outcome = OutcomeColour(step.Outcome);
            var head = Paint(step.Label, step.Deciding ? "1" : "") + ": " + Paint(step.Outcome, outcome)
                + (Reading.Status(step) is { } status ? " — " + TerminalText.Escape(status) : "");
            output.WriteLine(lead + connector + marker + head);
            var children = Reading.Ordered(step.Steps).ToList();
            var under = below + (children.Count > 0 ? "│ " : "  ") + "  ";
            if (step.Repeated == true)
            {
                output.WriteLine($"{under}({words[Phrase.ShownAbove]})");
            }

            foreach (var condition in step.Conditions ?? [])
            {
                output.WriteLine(TerminalText.Escape($"{under}⊢ {condition}"));
            }

            foreach (var list in step.Lists ?? [])
            {
                output.WriteLine(TerminalText.Escape($"{under}⊢ {list}"));
            }

            Citations(step.Citations, under);
            for (var i = 0; i < children.Count; i++)
            {
                var last = i == children.Count - 1;
                Step(children[i], below, last ? "└─" : "├─", below + (last ? "  " : "│ "));
            }
        }

        private void Citations(IEnumerable<ExplainedCitation> citations, string indent)
        {
            foreach (var citation in citations)
            {
                output.WriteLine($"{indent}§ {Paint(citation.Label, "36")} · {TerminalText.Escape(Reading.Standing(citation, words))}");
                if (citation.Quote is not { } quote)
                {
                    output.WriteLine($"{indent}  ({words[Phrase.NotQuoted]})");
                }
                else if (!quoted.First(quote, citation))
                {
                    output.WriteLine($"{indent}  ({words[Phrase.QuotedAbove]})");
                }
                else
                {
                    foreach (var line in Wrap($"“{quote.Text}”", Width - indent.Length - 2))
                    {
                        output.WriteLine(TerminalText.Escape($"{indent}  {line}"));
                    }

                    foreach (var (note, _) in Reading.Notes(quote, explanation.Language, words))
                    {
                        output.WriteLine($"{indent}  {Paint($"({note})", "33")}");
                    }
                }
            }
        }

        private string OutcomeColour(string outcome) =>
            outcome == words[Truth.Yes] ? "32" : outcome == words[Truth.No] ? "31" : outcome == words[Truth.Unknown] ? "33" : "";

        /// <summary>Text of the inputs with its control characters escaped, in colour when asked: the only escape sequences written are these.</summary>
        private string Paint(string text, string code) =>
            colour && code.Length > 0 ? $"\u001b[{code}m{TerminalText.Escape(text)}\u001b[0m" : TerminalText.Escape(text);

        /// <summary>Text cut into lines of at most <paramref name="width"/> characters at spaces, keeping its own line breaks.</summary>
        private static IEnumerable<string> Wrap(string text, int width)
        {
            width = Math.Max(width, 40);
            foreach (var paragraph in text.Split('\n'))
            {
                var line = new StringBuilder();
                foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (line.Length > 0 && line.Length + 1 + word.Length > width)
                    {
                        yield return line.ToString();
                        line.Clear();
                    }

                    line.Append(line.Length > 0 ? " " : "").Append(word);
                }

                yield return line.ToString();
            }
        }
    }
}
