using System.Text;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;

namespace RulesDsl.Explain.Rendering;

/// <summary>
/// An explanation in Markdown (CommonMark): the verdict as the title, the steps as nested lists (the deciding path first,
/// in bold), every citation a link to its clause in the linked corpus, quotes as block quotes with their defined terms
/// linked to the definitions, then the facts that would decide an unknown verdict and the other conclusions.
/// </summary>
public sealed class MarkdownExplanation(RenderOptions options) : IExplanationRenderer
{
    public string Format => "md";

    public void Render(Explanation explanation, TextWriter output)
    {
        var words = Vocabulary.For(explanation.Language);
        var quoted = new QuotedOnce();
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(Reading.Title(explanation, words))).Append("\n\n");
        foreach (var (label, value) in Reading.Facts(explanation, words))
        {
            md.Append("- ").Append(Escape(label)).Append(": ").Append(Escape(value)).Append('\n');
        }

        md.Append("\n## ").Append(Escape(words[Phrase.Steps])).Append("\n\n");
        md.Append("● ").Append(Escape(words[Phrase.Deciding])).Append("\n\n");
        Step(md, explanation.Root, 0, explanation.Language, words, quoted);

        if (explanation.Missing.Length > 0)
        {
            md.Append("\n## ").Append(Escape(words[Phrase.MissingFacts])).Append("\n\n");
            foreach (var fact in explanation.Missing)
            {
                md.Append("- ").Append(Escape(fact.Label)).Append('\n');
                Citations(md, fact.Citations, 1, explanation.Language, words, quoted);
            }
        }

        if (explanation.Unread is { } unread)
        {
            md.Append("\n## ").Append(Escape(words[Phrase.Unread])).Append("\n\n");
            foreach (var fact in unread)
            {
                md.Append("- ").Append(Escape(fact.Label)).Append(": ").Append(Escape(fact.Value)).Append('\n');
            }
        }

        if (explanation.Others.Length > 0)
        {
            md.Append("\n## ").Append(Escape(words[Phrase.Other])).Append("\n\n");
            foreach (var other in explanation.Others)
            {
                Step(md, other, 0, explanation.Language, words, quoted);
            }
        }

        output.Write(md.ToString());
    }

    private void Step(StringBuilder md, ExplanationStep step, int depth, string language, Vocabulary words, QuotedOnce quoted)
    {
        var head = Escape(Reading.Head(step));
        md.Append(Indent(depth)).Append("- ").Append(step.Deciding ? $"● **{head}**" : head).Append('\n');
        if (step.Repeated == true)
        {
            md.Append(Indent(depth + 1)).Append("- *").Append(Escape(words[Phrase.ShownAbove])).Append("*\n");
        }

        foreach (var condition in step.Conditions ?? [])
        {
            md.Append(Indent(depth + 1)).Append("- ⊢ ").Append(Escape(condition.ToString())).Append('\n');
        }

        foreach (var list in step.Lists ?? [])
        {
            md.Append(Indent(depth + 1)).Append("- ⊢ ").Append(Escape(list.ToString())).Append('\n');
        }

        Citations(md, step.Citations, depth + 1, language, words, quoted);
        foreach (var child in Reading.Ordered(step.Steps))
        {
            Step(md, child, depth + 1, language, words, quoted);
        }
    }

    private void Citations(StringBuilder md, IEnumerable<ExplainedCitation> citations, int depth, string language, Vocabulary words, QuotedOnce quoted)
    {
        foreach (var citation in citations)
        {
            var label = citation.Href is { } href ? $"[{Escape(citation.Label)}](<{options.Link(href)}>)" : Escape(citation.Label);
            md.Append(Indent(depth)).Append("- § ").Append(label).Append(" · ").Append(Escape(Reading.Standing(citation, words))).Append('\n');
            var inner = Indent(depth + 1);
            if (citation.Quote is not { } quote)
            {
                md.Append(inner).Append('*').Append(Escape(words[Phrase.NotQuoted])).Append("*\n");
                continue;
            }

            if (!quoted.First(quote, citation))
            {
                md.Append(inner).Append('*').Append(Escape(words[Phrase.QuotedAbove])).Append("*\n");
                continue;
            }

            md.Append('\n');
            // A quote of a whole clause has a line per point: each its own paragraph, as the clause prints them.
            md.Append(inner).Append("> ").Append(Quote(quote).Replace("\n", $"\n{inner}>\n{inner}> ", StringComparison.Ordinal)).Append('\n');

            foreach (var (note, _) in Reading.Notes(quote, language, words))
            {
                md.Append('\n').Append(inner).Append('*').Append(Escape(note)).Append("*\n");
            }

            md.Append('\n');
        }
    }

    /// <summary>A quote's text escaped, its defined terms linked to their definitions.</summary>
    private string Quote(Quote quote) =>
        string.Concat(Reading.Segments(quote).Select(s => s.Term is { } term
            ? $"[{Escape(s.Text)}](<{options.Link(term.DefinitionHref)}>)"
            : Escape(s.Text)));

    private static string Indent(int depth) => new(' ', depth * 2);

    /// <summary>Text taken literally: every character Markdown could read as markup is escaped.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
