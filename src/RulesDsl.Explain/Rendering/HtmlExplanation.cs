using System.Net;
using System.Text;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;

namespace RulesDsl.Explain.Rendering;

/// <summary>
/// An explanation as one self-contained HTML page: the verdict at the top, the deciding path expanded and first, the
/// other steps and conclusions folded, every citation a link to its clause in the linked corpus and every defined term
/// in a quote a link to its definition. Quotes carry their language (<c>lang</c>) and say when they are a fallback.
/// Inline style only, no scripts or fonts; it prints with every fold open. Every text is HTML-encoded.
/// </summary>
public sealed class HtmlExplanation(RenderOptions options) : IExplanationRenderer
{
    public string Format => "html";

    public void Render(Explanation explanation, TextWriter output)
    {
        var words = Vocabulary.For(explanation.Language);
        var html = new StringBuilder();
        var title = Reading.Title(explanation, words);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(explanation.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n").Append(Style.ReplaceLineEndings("\n")).Append("</style>\n</head>\n<body>\n");

        html.Append("<header class=\"verdict ").Append(Encode(explanation.Outcome)).Append("\">\n<p class=\"kicker\">").Append(Encode(words[Phrase.Verdict]))
            .Append("</p>\n<h1 id=\"verdict\">").Append(Encode(explanation.ConclusionLabel)).Append(": <span class=\"outcome\">")
            .Append(Encode(explanation.OutcomeLabel)).Append("</span></h1>\n<dl>\n");
        foreach (var (label, value) in Reading.Facts(explanation, words))
        {
            html.Append("<dt>").Append(Encode(label)).Append("</dt><dd>").Append(Encode(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n</header>\n<main>\n<section class=\"steps\">\n<h2>").Append(Encode(words[Phrase.Steps])).Append("</h2>\n")
            .Append("<p class=\"legend\"><span class=\"mark\">●</span> ").Append(Encode(words[Phrase.Deciding])).Append("</p>\n<ul class=\"tree\">\n");
        Step(html, explanation.Root, folded: false, explanation.Language, words);
        html.Append("</ul>\n</section>\n");

        if (explanation.Missing.Length > 0)
        {
            html.Append("<section class=\"missing\">\n<h2>").Append(Encode(words[Phrase.MissingFacts])).Append("</h2>\n<ul>\n");
            foreach (var fact in explanation.Missing)
            {
                html.Append("<li><p class=\"head\"><span class=\"label\">").Append(Encode(fact.Label)).Append("</span></p>\n");
                Citations(html, fact.Citations, explanation.Language, words);
                html.Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        if (explanation.Unread is { } unread)
        {
            html.Append("<section class=\"unread\">\n<h2>").Append(Encode(words[Phrase.Unread])).Append("</h2>\n<ul>\n");
            foreach (var fact in unread)
            {
                html.Append("<li><span class=\"label\">").Append(Encode(fact.Label)).Append("</span>: ").Append(Encode(fact.Value)).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        if (explanation.Others.Length > 0)
        {
            html.Append("<section class=\"others\">\n<h2>").Append(Encode(words[Phrase.Other])).Append("</h2>\n<ul class=\"tree\">\n");
            foreach (var other in explanation.Others)
            {
                // Another conclusion did not decide this verdict: folded, whatever its own path.
                Step(html, other with { Deciding = false }, folded: false, explanation.Language, words);
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    /// <summary>A step and those under it; a step off the deciding path is folded, unless a fold above holds it already.</summary>
    private void Step(StringBuilder html, ExplanationStep step, bool folded, string language, Vocabulary words)
    {
        var fold = !step.Deciding && !folded;
        html.Append("<li class=\"step ").Append(Encode(step.Kind.ToString().ToLowerInvariant())).Append(step.Deciding ? " deciding" : "").Append("\">\n");
        html.Append(fold ? "<details>\n<summary class=\"head\">" : "<p class=\"head\">");
        if (step.Deciding)
        {
            html.Append("<span class=\"mark\">●</span> ");
        }

        html.Append("<span class=\"label\">").Append(Encode(step.Label)).Append("</span>: <span class=\"outcome\">").Append(Encode(step.Outcome)).Append("</span>");
        if (Reading.Status(step) is { } status)
        {
            html.Append(" <span class=\"status\">— ").Append(Encode(status)).Append("</span>");
        }

        html.Append(fold ? "</summary>\n" : "</p>\n");
        if (step.Repeated == true)
        {
            html.Append("<p class=\"note\">").Append(Encode(words[Phrase.ShownAbove])).Append("</p>\n");
        }

        foreach (var condition in step.Conditions ?? [])
        {
            html.Append("<p class=\"condition\">⊢ ").Append(Encode(condition.ToString())).Append("</p>\n");
        }

        foreach (var list in step.Lists ?? [])
        {
            html.Append("<p class=\"condition list\">⊢ ").Append(Encode(list.ToString())).Append("</p>\n");
        }

        Citations(html, step.Citations, language, words);
        if (step.Steps.Length > 0)
        {
            html.Append("<ul>\n");
            foreach (var child in Reading.Ordered(step.Steps))
            {
                Step(html, child, folded || fold, language, words);
            }

            html.Append("</ul>\n");
        }

        html.Append(fold ? "</details>\n" : "").Append("</li>\n");
    }

    private void Citations(StringBuilder html, IEnumerable<ExplainedCitation> citations, string language, Vocabulary words)
    {
        var list = citations.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"citations\">\n");
        foreach (var citation in list)
        {
            html.Append("<li class=\"citation ").Append(citation.Authority.ToString().ToLowerInvariant()).Append("\"><p class=\"cite\">§ ");
            if (citation.Href is { } href)
            {
                html.Append("<a href=\"").Append(Encode(options.Link(href))).Append("\">").Append(Encode(citation.Label)).Append("</a>");
            }
            else
            {
                html.Append(Encode(citation.Label));
            }

            html.Append(" <span class=\"standing\">").Append(Encode(Reading.Standing(citation, words))).Append("</span></p>\n");
            if (citation.Quote is not { } quote)
            {
                html.Append("<p class=\"note\">").Append(Encode(words[Phrase.NotQuoted])).Append("</p>\n");
            }
            else
            {
                html.Append("<blockquote lang=\"").Append(Encode(quote.Language)).Append("\">");
                foreach (var (text, term) in Reading.Segments(quote))
                {
                    html.Append(term is null
                        ? Encode(text)
                        : $"<a class=\"term\" href=\"{Encode(options.Link(term.DefinitionHref))}\" title=\"{Encode(words[Phrase.Definition])}\">{Encode(text)}</a>");
                }

                html.Append("</blockquote>\n");
                foreach (var (note, isFallback) in Reading.Notes(quote, language, words))
                {
                    html.Append(isFallback ? "<p class=\"note fallback\">" : "<p class=\"note\">").Append(Encode(note)).Append("</p>\n");
                }
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body { font: 17px/1.55 Georgia, "Times New Roman", serif; color: #1b1b1b; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }
        header.verdict { border-left: 6px solid #777; padding: .4rem 1rem; background: #f6f6f6; }
        header.verdict.yes { border-color: #1d7a35; }
        header.verdict.no { border-color: #a51d2d; }
        header.verdict.unknown { border-color: #b07800; }
        .kicker, dl, .legend, .standing, .status, .note, summary { font: 14px/1.45 system-ui, sans-serif; }
        .kicker { margin: 0; color: #555; text-transform: uppercase; letter-spacing: .05em; }
        h1 { font-size: 1.6rem; margin: .2rem 0 .6rem; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; color: #333; }
        dd { margin: 0; }
        h2 { font: 600 1.05rem system-ui, sans-serif; color: #333; margin: 1.8rem 0 .4rem; border-bottom: 1px solid #ddd; }
        ul { list-style: none; padding-left: 1.2rem; }
        ul.tree { padding-left: 0; }
        li.step { border-left: 1px solid #ddd; padding-left: .8rem; margin: .4rem 0; }
        li.step.deciding { border-left: 3px solid #0b57a4; }
        .head { margin: .2rem 0; }
        .deciding > .head .label { font-weight: bold; }
        .mark { color: #0b57a4; }
        .status, .standing, .note { color: #555; }
        summary { cursor: pointer; color: #333; }
        ul.citations { padding-left: .4rem; }
        .cite { margin: .3rem 0 0; }
        blockquote { margin: .2rem 0 .4rem 1rem; padding-left: .8rem; border-left: 3px solid #c8c8c8; white-space: pre-line; }
        .explanatory blockquote { border-left-style: dashed; }
        .criterion blockquote { border-left-style: dotted; }
        .fallback { color: #8a4b00; }
        a { color: #0b57a4; }
        a.term { text-decoration: none; border-bottom: 1px dotted #0b57a4; }
        @media print {
          body { max-width: none; margin: 0; font-size: 11pt; }
          header.verdict { background: none; }
          a { color: inherit; }
          details > * { display: block; }
          details::details-content { content-visibility: visible; display: contents; }
          li.step, blockquote { break-inside: avoid; }
        }
        """;
}
