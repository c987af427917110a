using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Formex;

/// <summary>
/// Imports an act from Formex 4 XML, the Publications Office's format of the Official Journal: the act file (root
/// ACT), its annex files (root ANNEX), the package description (root DOC, listing the parts and their order) and the
/// table of contents (root PUBLICATION), given as loose files or as a zip of them.
/// </summary>
public static class FormexImporter
{
    /// <summary>True for a Formex file (named *.fmx.xml, or XML naming the Formex schema) or a zip holding some.</summary>
    public static bool IsFormex(string path, byte[] bytes)
    {
        if (path.EndsWith(".fmx.xml", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (FormexPackage.IsZip(bytes))
        {
            return FormexPackage.HoldsFormex(bytes);
        }

        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 2048)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("formex.publications.europa.eu/schema", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The act the files hold, or null when they hold no act that could be read. Every problem is reported in
    /// <paramref name="diagnostics"/>; a missing annex or an unreadable extra file leaves the rest imported.
    /// </summary>
    /// <param name="act">The act's name in the corpus ("eu-ai-act").</param>
    public static ImportedAct? Import(IReadOnlyList<(string Path, byte[] Bytes)> files, string act, List<Diagnostic> diagnostics)
    {
        var documents = new List<FormexDocument>();
        var sources = ImmutableArray.CreateBuilder<ImportedSource>();
        foreach (var (path, bytes) in FormexPackage.Expand(files, diagnostics))
        {
            if (FormexXml.Load(path, bytes, diagnostics)?.Root is not { } root)
            {
                continue;
            }

            if (!FormexDocument.Kinds.Contains(root.Name.LocalName) || root.Name.Namespace != XNamespace.None)
            {
                diagnostics.Add(FormexDiagnostics.UnknownDocument(FormexDocument.PositionOf(path, root), root.Name.ToString()));
                continue;
            }

            documents.Add(new FormexDocument(path, root));
            sources.Add(new ImportedSource(path, Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        var main = documents.FirstOrDefault(d => d.Kind == "ACT");
        if (main is null)
        {
            diagnostics.Add(FormexDiagnostics.NoAct(new SourcePosition(files.Count > 0 ? files[0].Path : "", 1, 1)));
            return null;
        }

        var description = documents.FirstOrDefault(d => d.Kind == "DOC");
        var contents = documents.FirstOrDefault(d => d.Kind == "PUBLICATION");
        var annexes = InPackageOrder(documents.Where(d => d.Kind == "ANNEX").ToList(), description, main, diagnostics);
        var reader = new FormexActReader(diagnostics);
        var body = reader.ReadAct(main, annexes);
        return new ImportedAct(
            act,
            Language(main, description),
            PublicationDate(description, contents),
            Title(main),
            description?.Root.Element("BIB.DOC")?.Element("NO.ELI")?.Attribute("ID")?.Value,
            sources.ToImmutable(),
            reader.Frame,
            body,
            reader.Notes,
            []);
    }

    /// <summary>
    /// The annexes in the order the package description lists them; a listed part that is missing is reported.
    /// Without a description, or for annexes it does not list, the order of the file names (their OJ page and sequence).
    /// </summary>
    private static List<FormexDocument> InPackageOrder(List<FormexDocument> annexes, FormexDocument? description, FormexDocument main, List<Diagnostic> diagnostics)
    {
        var byName = annexes.GroupBy(a => a.FileName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var ordered = new List<FormexDocument>();
        foreach (var reference in description?.Root.Element("FMX")?.Descendants("REF.PHYS") ?? [])
        {
            var file = reference.Attribute("FILE")?.Value ?? "";
            if (byName.Remove(file, out var annex))
            {
                ordered.Add(annex);
            }
            else if (!file.Equals(main.FileName, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(FormexDiagnostics.MissingPart(FormexDocument.PositionOf(description!.Path, reference), file));
            }
        }

        ordered.AddRange(byName.Values.OrderBy(a => a.FileName, StringComparer.Ordinal));
        return ordered;
    }

    private static string Language(FormexDocument main, FormexDocument? description) =>
        (main.Root.Element("BIB.INSTANCE")?.Element("LG.DOC")?.Value
            ?? description?.Root.Descendants("LG.DOC").FirstOrDefault()?.Value
            ?? "").Trim().ToLowerInvariant();

    /// <summary>The date of the Official Journal the act was published in: the version of the text.</summary>
    private static DateOnly? PublicationDate(FormexDocument? description, FormexDocument? contents)
    {
        var iso = description?.Root.Element("PUBLICATION.REF")?.Element("DATE")?.Attribute("ISO")?.Value
            ?? contents?.Root.Element("OJ")?.Element("BIB.OJ")?.Element("DATE")?.Attribute("ISO")?.Value;
        return DateOnly.TryParseExact(iso, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    /// <summary>The act's title as one line, in the case it is written in (not the upper case the OJ prints it in).</summary>
    private static string? Title(FormexDocument main)
    {
        var lines = main.Root.Element("TITLE")?.Element("TI")?.Elements("P")
            .Select(p => FormexActReader.PlainText(p))
            .Where(line => line.Length > 0)
            .ToList();
        return lines is { Count: > 0 } ? string.Join(" ", lines) : null;
    }
}

/// <summary>One Formex file read: its path as given (a zip's entries as "package.zip/entry") and its root element.</summary>
internal sealed record FormexDocument(string Path, XElement Root)
{
    /// <summary>The document types the importer reads.</summary>
    public static readonly FrozenSet<string> Kinds = new[] { "ACT", "ANNEX", "DOC", "PUBLICATION" }.ToFrozenSet(StringComparer.Ordinal);

    public string Kind => Root.Name.LocalName;

    public string FileName => System.IO.Path.GetFileName(Path);

    public static SourcePosition PositionOf(string path, XObject node) =>
        node is IXmlLineInfo info && info.HasLineInfo()
            ? new SourcePosition(path, info.LineNumber, info.LinePosition)
            : new SourcePosition(path, 1, 1);
}
