using RulesDsl.Diagnostics;

namespace RulesDsl.Import.Formex;

/// <summary>
/// Every diagnostic the Formex 4 importer can report, one factory each, so that an id is defined in one place.
/// Ids RD0320–RD0339 belong to the Formex importer; each is listed in docs/diagnostics.md.
/// </summary>
public static class FormexDiagnostics
{
    public static Diagnostic NotWellFormed(SourcePosition at, string problem) => new(
        "RD0320", DiagnosticSeverity.Error, at,
        $"the XML is not well-formed: {problem}; the file was not read");

    public static Diagnostic UnknownDocument(SourcePosition at, string root) => new(
        "RD0321", DiagnosticSeverity.Error, at,
        $"the root element <{root}> is not a Formex 4 document the importer reads (ACT, ANNEX, DOC, PUBLICATION); the file was not read");

    public static Diagnostic EncodingMismatch(SourcePosition at, string declared, string actual) => new(
        "RD0322", DiagnosticSeverity.Error, at,
        $"the XML declaration says encoding \"{declared}\" but the bytes are {actual}; the file was not read rather than guessed",
        Hint: "save the file as UTF-8 with encoding=\"UTF-8\", as the Publications Office publishes Formex");

    public static Diagnostic UnsafeZipEntry(SourcePosition at, string entry) => new(
        "RD0323", DiagnosticSeverity.Error, at,
        $"the zip entry '{entry}' has an absolute path or leaves the package folder; it was not read");

    public static Diagnostic MissingPart(SourcePosition at, string file) => new(
        "RD0324", DiagnosticSeverity.Error, at,
        $"the package description lists '{file}', which is not among the files given; the act is imported without it");

    public static Diagnostic ArticleWithoutId(SourcePosition at, string label) => new(
        "RD0325", DiagnosticSeverity.Error, at,
        $"the article '{label}' has no number an id can be made of (IDENTIFIER and TI.ART); it is left out");

    public static Diagnostic NoAct(SourcePosition at) => new(
        "RD0326", DiagnosticSeverity.Error, at,
        "the files hold no Formex ACT document (the main part of the package); nothing was imported");

    public static Diagnostic UnreadableZip(SourcePosition at, string problem) => new(
        "RD0327", DiagnosticSeverity.Error, at,
        $"the zip archive cannot be read: {problem}; nothing in it was read");

    public static Diagnostic DuplicateId(SourcePosition at, string id) => new(
        "RD0328", DiagnosticSeverity.Error, at,
        $"a second provision with the id {id}; the second is left out");

    public static Diagnostic DtdProhibited(SourcePosition at) => new(
        "RD0329", DiagnosticSeverity.Error, at,
        "the file declares a DTD; DTDs are not processed (they can expand entities or fetch files), so the file was not read",
        Hint: "Formex 4 files name their schema with xsi:noNamespaceSchemaLocation and need no DOCTYPE");

}
