using RulesDsl.Explain.Rendering;

namespace RulesDsl.Cli.Commands;

/// <summary>The formats <c>--explain</c> offers and the renderers this build has for them.</summary>
internal static class ExplanationFormats
{
    public const string None = "none";

    public static readonly string[] Names = [None, "tree", "md", "html", "json"];

    /// <summary>The renderer of a format, or null when this build has none for it.</summary>
    public static IExplanationRenderer? For(string format) => format switch
    {
        "json" => new JsonExplanation(),
        _ => null,
    };

    /// <summary>The formats a renderer exists for, to say so when another is asked for.</summary>
    public static IEnumerable<string> Available => Names.Where(n => n == None || For(n) is not null);
}
