using RulesDsl.Explain.Model;

namespace RulesDsl.Explain.Rendering;

/// <summary>Writes an explanation in one format. Renderers read the explanation only: they never evaluate.</summary>
public interface IExplanationRenderer
{
    /// <summary>The <c>--explain</c> name of the format: tree, md, html or json.</summary>
    string Format { get; }

    void Render(Explanation explanation, TextWriter output);
}
