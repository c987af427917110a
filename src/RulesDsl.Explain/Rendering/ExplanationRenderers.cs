namespace RulesDsl.Explain.Rendering;

/// <summary>How to render an explanation.</summary>
/// <param name="Colour">ANSI colours in the terminal tree; only for a real terminal, never for a file or a pipe.</param>
/// <param name="CorpusHref">Where the linked corpus (<c>rulesdsl link --format html</c>) is, relative to the page
/// written or absolute; citations and defined terms link into it.</param>
public sealed record RenderOptions(bool Colour = false, string CorpusHref = RenderOptions.DefaultCorpusHref)
{
    public const string DefaultCorpusHref = "corpus-html";

    /// <summary>A path of the linked corpus as a link from the page written.</summary>
    internal string Link(string href) => CorpusHref.Length == 0 ? href : CorpusHref.TrimEnd('/') + "/" + href;
}

/// <summary>The renderers by their <c>--explain</c> name.</summary>
public static class ExplanationRenderers
{
    public static IReadOnlyList<string> Formats { get; } = ["tree", "md", "html", "json"];

    /// <exception cref="ArgumentException">The format is none of <see cref="Formats"/>.</exception>
    public static IExplanationRenderer For(string format, RenderOptions options) => format switch
    {
        "tree" => new TreeExplanation(options),
        "md" => new MarkdownExplanation(options),
        "html" => new HtmlExplanation(options),
        "json" => new JsonExplanation(),
        _ => throw new ArgumentException($"unknown explanation format '{format}'; the formats are {string.Join(", ", Formats)}", nameof(format)),
    };
}
