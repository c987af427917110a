using System.Collections.Immutable;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>Collects the diagnostics of one file, each at the position and length of the span it is about.</summary>
internal sealed class DiagnosticSink(RulesFile file)
{
    private readonly SourceText source = new(file.Path, file.Text);
    private readonly List<(int Offset, Diagnostic Diagnostic)> diagnostics = [];

    public SourcePosition At(TextSpan span) => source.PositionOf(span.Start);

    public void Report(TextSpan span, Func<SourcePosition, int, Diagnostic> diagnostic) =>
        diagnostics.Add((span.Start, diagnostic(At(span), span.Length)));

    /// <summary>In file order; messages about one place stay in the order they were found.</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => [.. diagnostics.OrderBy(d => d.Offset).Select(d => d.Diagnostic)];
}
