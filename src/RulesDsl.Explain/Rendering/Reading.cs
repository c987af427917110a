using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;

namespace RulesDsl.Explain.Rendering;

/// <summary>What the tree, Markdown and HTML renderers say alike, so that the three read the same.</summary>
internal static class Reading
{
    /// <summary>The deciding steps first, the others after them, each group in the rules' order.</summary>
    public static IEnumerable<ExplanationStep> Ordered(IEnumerable<ExplanationStep> steps) => steps.OrderBy(s => !s.Deciding);

    public static string Title(Explanation explanation, Vocabulary words) =>
        $"{words[Phrase.Verdict]}: {explanation.ConclusionLabel} — {explanation.OutcomeLabel}";

    /// <summary>How the verdict came about, as label and value pairs under the title.</summary>
    public static IEnumerable<(string Label, string Value)> Facts(Explanation explanation, Vocabulary words)
    {
        if (explanation.How.Length > 0)
        {
            yield return (words[Phrase.How], string.Join(", ", explanation.How));
        }

        if ((explanation.DecidingRuleLabel ?? explanation.DecidingRule) is { } rule)
        {
            yield return (words[Phrase.DecidedBy], rule);
        }

        yield return (words[Phrase.AsOf], words.Date(explanation.AsOf));
        if (explanation.Applicability is { } applicability)
        {
            yield return (words[Phrase.Applicability], applicability.Label);
        }

        yield return (words[Phrase.RuleSet], explanation.RuleSet);
    }

    /// <summary>How a step went, unless that says no more than its outcome ("unknown — unknown").</summary>
    public static string? Status(ExplanationStep step) =>
        string.IsNullOrEmpty(step.Status) || step.Status == step.Outcome ? null : step.Status;

    /// <summary>A step in one line: "label: outcome — status".</summary>
    public static string Head(ExplanationStep step) =>
        Status(step) is { } status ? $"{step.Label}: {step.Outcome} — {status}" : $"{step.Label}: {step.Outcome}";

    /// <summary>What a citation is besides its label: binding, explanatory or a criterion, and the version quoted.</summary>
    public static string Standing(ExplainedCitation citation, Vocabulary words)
    {
        var authority = citation.Authority switch
        {
            Authority.Binding => words[Phrase.Binding],
            Authority.Explanatory => words[Phrase.Explanatory],
            Authority.Draft => words[Phrase.Draft],
            _ => words.Criterion(citation.CriterionFor ?? ""),
        };
        return citation.Quote?.Version is { } version ? $"{authority} · {words[Phrase.Version]} {words.Date(version)}" : authority;
    }

    /// <summary>The notes under a quote: that it is in another language than the reader's, and what a number whose
    /// superscript the source lost stands for.</summary>
    public static IEnumerable<(string Text, bool IsFallback)> Notes(Quote quote, string language, Vocabulary words)
    {
        if (quote.IsFallback)
        {
            yield return (words.Fallback(quote.Language, language), true);
        }

        foreach (var lost in quote.LostSuperscripts)
        {
            yield return (words.LostSuperscript(lost.Written, lost.Meant), false);
        }
    }

    /// <summary>A quote cut into plain text and defined terms, in order; a term overlapping the one before is left plain.</summary>
    public static IEnumerable<(string Text, TermSpan? Term)> Segments(Quote quote)
    {
        var at = 0;
        foreach (var term in quote.Terms.OrderBy(t => t.Start))
        {
            if (term.Start < at || term.Start + term.Length > quote.Text.Length)
            {
                continue;
            }

            if (term.Start > at)
            {
                yield return (quote.Text[at..term.Start], null);
            }

            yield return (quote.Text.Substring(term.Start, term.Length), term);
            at = term.Start + term.Length;
        }

        if (at < quote.Text.Length)
        {
            yield return (quote.Text[at..], null);
        }
    }
}

/// <summary>
/// Which quotes a text read from top to bottom has given already: the same clause is cited by several steps, and a reader
/// wants it once, then a pointer back.
/// </summary>
internal sealed class QuotedOnce
{
    private readonly HashSet<(string, string, string)> seen = [];

    public bool First(Quote quote, ExplainedCitation citation) =>
        seen.Add((citation.Provision, quote.Language, string.Join(',', quote.Sentences)));
}
