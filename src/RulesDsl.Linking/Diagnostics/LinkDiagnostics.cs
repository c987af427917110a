using RulesDsl.Diagnostics;

namespace RulesDsl.Linking.Diagnostics;

/// <summary>Every diagnostic the linker can report (ids RD0050–RD0099), one factory each.</summary>
public static class LinkDiagnostics
{
    public static Diagnostic BrokenAnchor(SourcePosition at, string target, string file) => new(
        "RD0050", DiagnosticSeverity.Error, at,
        $"the link '{target}' names an anchor that {file} does not have; check the block id after '#^'");

    public static Diagnostic MissingFile(SourcePosition at, string target) => new(
        "RD0051", DiagnosticSeverity.Error, at,
        $"the link '{target}' points at a file the corpus does not hold, and no anchor map of the act names it");

    public static Diagnostic AmbiguousMention(SourcePosition at, string text, string candidates) => new(
        "RD0052", DiagnosticSeverity.Warning, at,
        $"'{text}' could be any of the defined terms {candidates}; it was not linked — add an explicit link");

    public static Diagnostic ExternalReference(SourcePosition at, string text, string id) => new(
        "RD0054", DiagnosticSeverity.Info, at,
        $"'{text}' refers to {id}, which the corpus does not hold; kept as an external reference");

    public static Diagnostic UnresolvedReference(SourcePosition at, string text) => new(
        "RD0055", DiagnosticSeverity.Warning, at,
        $"'{text}' is a reference the linker could not resolve to a provision");
}
