using RulesDsl.Explain.Rendering;

namespace RulesDsl.Cli.Commands;

/// <summary>The formats <c>--explain</c> offers: none, or one of the explanation renderers.</summary>
internal static class ExplanationFormats
{
    public const string None = "none";

    public static readonly string[] Names = [None, .. ExplanationRenderers.Formats];

    /// <summary>The renderer of a format, or null for none. Colours only on a real terminal, never into a file or pipe.</summary>
    public static IExplanationRenderer? For(string format, bool toTerminal) =>
        format == None ? null : ExplanationRenderers.For(format, new RenderOptions(Colour: toTerminal));
}
