using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using RulesDsl.Diagnostics;
using RulesDsl.Import.Model;

namespace RulesDsl.Import.Html;

/// <summary>
/// Imports an act from EUR-Lex HTML: the OJ HTML alone (CONVEX, <c>oj-*</c> classes), the whole EUR-Lex page around
/// it, or the older Cellar XHTML (<c>doc-ti</c>, <c>ti-art</c> classes, no ids). The document is found inside the page;
/// what lies around it is set aside and reported.
/// </summary>
public static partial class HtmlImporter
{
    /// <summary>Imports the one HTML file of an act; <paramref name="act"/> may be empty, the run then names the act.</summary>
    public static ImportedAct? Import(IReadOnlyList<(string Path, byte[] Bytes)> files, string act, List<Diagnostic> diagnostics)
    {
        if (files is not [var (path, bytes)])
        {
            throw new ArgumentException("the HTML importer reads one file per act", nameof(files));
        }

        var html = Decode(bytes);
        if (!ClosingHtml().IsMatch(html))
        {
            diagnostics.Add(ImportDiagnostics.Truncated(EndOf(path, html)));
            return null;
        }

        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var title = document.QuerySelector(".oj-doc-ti, .doc-ti");
        if (title is null || document.Body is null)
        {
            diagnostics.Add(ImportDiagnostics.NotAnOjDocument(new SourcePosition(path, 1, 1)));
            return null;
        }

        var end = document.QuerySelector("hr.oj-doc-end");
        var isConvex = title.ClassList.Contains("oj-doc-ti");
        if (isConvex && end is null)
        {
            diagnostics.Add(ImportDiagnostics.Truncated(EndOf(path, html)));
            return null;
        }

        var root = end is null ? document.Body : CommonAncestor(title, end);
        var setAside = new List<SetAsidePart>();
        SetAsideAroundDocument(document, root, path, setAside);
        var source = new ImportedSource(path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        var reader = new OjDocumentReader(path, root, setAside, diagnostics);
        var read = isConvex ? reader.ReadConvex() : reader.ReadCellar();
        if (read is null)
        {
            return null;
        }

        if (Language(document) is not { } language)
        {
            diagnostics.Add(ImportDiagnostics.LanguageUnknown(new SourcePosition(path, 1, 1)));
            return null;
        }

        diagnostics.AddRange(setAside.Select(part => ImportDiagnostics.SetAside(part.Position, part.Reason)));
        return new ImportedAct(act, language, PublicationDate(document), read.Title, read.Eli, [source], read.Frame, read.Body, read.Notes, [.. setAside])
        {
            Journal = Journal(document),
        };
    }

    /// <summary>The text of the bytes, read as UTF-8 (what EUR-Lex serves), without a byte order mark.</summary>
    private static string Decode(byte[] bytes) =>
        new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes).TrimStart('\uFEFF');

    private static SourcePosition EndOf(string path, string text)
    {
        var line = 1 + text.Count(c => c == '\n');
        var column = 1 + text.Length - (text.LastIndexOf('\n') + 1);
        return new SourcePosition(path, line, column);
    }

    private static IElement CommonAncestor(IElement first, IElement second)
    {
        var ancestors = new HashSet<IElement>();
        for (var e = first; e is not null; e = e.ParentElement)
        {
            ancestors.Add(e);
        }

        var common = second;
        while (!ancestors.Contains(common))
        {
            common = common.ParentElement!;
        }

        return common;
    }

    /// <summary>
    /// The EUR-Lex page around the document (menus, search, cookie banner, scripts) and the HTML head are not part of the
    /// act: each is set aside as one part, before and after the document.
    /// </summary>
    private static void SetAsideAroundDocument(IDocument document, IElement root, string path, List<SetAsidePart> setAside)
    {
        if (document.Head is { } head)
        {
            setAside.Add(new SetAsidePart(PlainText(head), "the HTML head (page title, styles, scripts)", At(path, head)));
        }

        var before = new List<INode>();
        var after = new List<INode>();
        for (IElement? child = root; child is not null && child != document.Body; child = child.ParentElement)
        {
            var siblings = child.ParentElement!.ChildNodes;
            var index = siblings.Index(child);
            before.InsertRange(0, siblings.Take(index));
            after.AddRange(siblings.Skip(index + 1));
        }

        AddChrome(before, "the EUR-Lex page before the document (menus, search, notices, scripts)");
        AddChrome(after, "the EUR-Lex page after the document (links, footer, cookie consent, scripts)");

        void AddChrome(List<INode> nodes, string reason)
        {
            var text = string.Join(" ", nodes.Select(PlainText).Where(t => t.Length > 0));
            if (text.Length > 0 && nodes.OfType<IElement>().FirstOrDefault() is { } first)
            {
                setAside.Add(new SetAsidePart(text, reason, At(path, first)));
            }
        }
    }

    /// <summary>The words of a node without its scripts and styles, white space collapsed.</summary>
    internal static string PlainText(INode node)
    {
        var words = new StringBuilder();
        Collect(node);
        return Whitespace().Replace(words.ToString(), " ").Trim();

        void Collect(INode current)
        {
            switch (current)
            {
                case IText text:
                    words.Append(text.Data).Append(' ');
                    break;
                case IElement { LocalName: "script" or "style" or "noscript" }:
                    break;
                default:
                    foreach (var child in current.ChildNodes)
                    {
                        Collect(child);
                    }

                    break;
            }
        }
    }

    internal static SourcePosition At(string path, INode node)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (current is IElement { SourceReference: { } reference })
            {
                return new SourcePosition(path, reference.Position.Line, reference.Position.Column);
            }
        }

        return new SourcePosition(path, 1, 1);
    }

    /// <summary>The language from the OJ header ("NL"), else the page's lang attribute.</summary>
    private static string? Language(IDocument document)
    {
        var code = document.QuerySelector(".oj-hd-lg, .hd-lg")?.TextContent.Trim()
            ?? (document.DocumentElement as IHtmlElement)?.Language;
        return code is { Length: >= 2 } && code[..2].All(char.IsAsciiLetter) ? code[..2].ToLowerInvariant() : null;
    }

    /// <summary>The date of the OJ issue printed in the header ("12.7.2024").</summary>
    private static DateOnly? PublicationDate(IDocument document) =>
        DateOnly.TryParseExact(document.QuerySelector(".oj-hd-date, .hd-date")?.TextContent.Trim(), "d.M.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>"OJ L, 2024/1689, 12.7.2024" from the header: the series' letter ("L-serie", "L series"), the number, the date.</summary>
    private static string? Journal(IDocument document)
    {
        var series = document.QuerySelector(".oj-hd-coll, .hd-coll")?.TextContent.Trim();
        var number = document.QuerySelector(".oj-hd-uniq, .hd-uniq")?.TextContent.Trim();
        var date = document.QuerySelector(".oj-hd-date, .hd-date")?.TextContent.Trim();
        return series is { Length: > 0 } && number is not null && date is not null ? $"OJ {series[0]}, {number}, {date}" : null;
    }

    [GeneratedRegex(@"</html>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingHtml();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
