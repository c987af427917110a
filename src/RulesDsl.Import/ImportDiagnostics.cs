using RulesDsl.Diagnostics;

namespace RulesDsl.Import;

/// <summary>
/// Every diagnostic <c>rulesdsl import</c> reports, one factory each, so that an id is defined in one place.
/// Ids RD0300–RD0319 belong to the importers (docs/diagnostics.md).
/// </summary>
public static class ImportDiagnostics
{
    public static Diagnostic Unreadable(SourcePosition at, string reason) => new(
        "RD0300", DiagnosticSeverity.Error, at,
        $"the source could not be read: {reason}; nothing was imported");

    public static Diagnostic Truncated(SourcePosition at) => new(
        "RD0301", DiagnosticSeverity.Error, at,
        "the HTML ends before the end of the Official Journal document (no closing </html> or no end mark 'oj-doc-end'); the file looks truncated, download it again");

    public static Diagnostic NotAnOjDocument(SourcePosition at) => new(
        "RD0302", DiagnosticSeverity.Error, at,
        "this HTML page holds no Official Journal document (no 'oj-doc-ti' or 'doc-ti' title); give the EUR-Lex HTML of the act");

    public static Diagnostic SameActTwice(SourcePosition at, string act, string language, string first) => new(
        "RD0303", DiagnosticSeverity.Error, at,
        $"{act} in '{language}' is already imported from {first}; give one source per act and language");

    public static Diagnostic UnknownFormat(SourcePosition at) => new(
        "RD0304", DiagnosticSeverity.Error, at,
        "the source is neither HTML, XML nor a zip package; give the EUR-Lex HTML, the Cellar XHTML or the Formex 4 XML");

    public static Diagnostic LabelDisagrees(SourcePosition at, string label, string id) => new(
        "RD0306", DiagnosticSeverity.Info, at,
        $"the OJ prints '{label}' where the markup places {id}; the printed label is kept for display and the id follows the markup");

    public static Diagnostic SetAside(SourcePosition at, string reason) => new(
        "RD0307", DiagnosticSeverity.Info, at,
        $"set aside, not part of the document: {reason}");

    public static Diagnostic NoteMissing(SourcePosition at, string number) => new(
        "RD0308", DiagnosticSeverity.Warning, at,
        $"footnote ({number}) is called here but the document holds no text for it; the call is kept as printed");

    public static Diagnostic DuplicateId(SourcePosition at, string id) => new(
        "RD0309", DiagnosticSeverity.Error, at,
        $"the markup gives {id} to a second part of the act; ids must be unique, the act was not imported");

    public static Diagnostic OutputFailed(SourcePosition at, string reason) => new(
        "RD0310", DiagnosticSeverity.Error, at,
        $"the corpus file could not be written: {reason}; the output folder was left as it was");

    public static Diagnostic TextNotPlaced(SourcePosition at, string firstWords) => new(
        "RD0311", DiagnosticSeverity.Warning, at,
        $"text of the document in markup the importer does not know was set aside, not read as law: \"{firstWords}\"");

    public static Diagnostic ActUnknown(SourcePosition at) => new(
        "RD0312", DiagnosticSeverity.Error, at,
        "the act's name could not be told from the document (it names no ELI); give it with --act");

    public static Diagnostic LanguageUnknown(SourcePosition at) => new(
        "RD0313", DiagnosticSeverity.Error, at,
        "the document's language could not be told (no 'oj-hd-lg' header, no lang attribute)");
}
