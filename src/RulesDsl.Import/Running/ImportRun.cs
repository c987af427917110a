using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using RulesDsl.Diagnostics;
using RulesDsl.Files;
using RulesDsl.Import.Formex;
using RulesDsl.Import.Html;
using RulesDsl.Import.Model;
using RulesDsl.Import.Writing;

namespace RulesDsl.Import.Running;

/// <summary>
/// An importer of one format: the files of one act (one HTML file; a Formex package's files or its zip), the act's
/// name (empty when the user gave none: the run then names it from its ELI), and where to report problems.
/// </summary>
public delegate ImportedAct? ActImporter(IReadOnlyList<(string Path, byte[] Bytes)> files, string act, List<Diagnostic> diagnostics);

/// <summary>
/// The importers a run dispatches to, by what a source holds: HTML (OJ, EUR-Lex page, Cellar XHTML) or Formex 4.
/// </summary>
public sealed record Importers(ActImporter Html, ActImporter Formex)
{
    public static Importers Default { get; } = new(HtmlImporter.Import, FormexImporter.Import);
}

/// <summary>An act written to the corpus, and the file it was written to.</summary>
public sealed record WrittenAct(ImportedAct Act, string File);

/// <summary>
/// <c>rulesdsl import</c>: sources read into acts, acts written as <c>&lt;out&gt;/&lt;lang&gt;/oj.md</c>, all or nothing
/// (<see cref="AllOrNothing"/>): on any error the output folder is exactly as it was.
/// </summary>
public static partial class ImportRun
{
    public static ImmutableArray<WrittenAct>? Run(IReadOnlyList<string> sources, string? act, string? outFolder, Importers importers, List<Diagnostic> diagnostics)
    {
        var read = ReadSources(sources, diagnostics);
        var acts = new List<ImportedAct>();
        var formex = new List<(string Path, byte[] Bytes)>();
        foreach (var (path, bytes) in read)
        {
            switch (Classify(bytes))
            {
                case SourceFormat.Html:
                    acts.AddRange(importers.Html([(path, bytes)], act ?? "", diagnostics) is { } html ? [html] : []);
                    break;
                case SourceFormat.XmlOrZip:
                    formex.Add((path, bytes));
                    break;
                default:
                    diagnostics.Add(ImportDiagnostics.UnknownFormat(new SourcePosition(path, 1, 1)));
                    break;
            }
        }

        // A Formex package is the act file with its annex files and description, named alike (L_202401689EN.000101,
        // L_202401689EN.012401, …), or one zip: each package is one act in one language.
        foreach (var package in formex.GroupBy(f => Path.GetFileName(f.Path).Split('.')[0], StringComparer.Ordinal))
        {
            acts.AddRange(importers.Formex([.. package], act ?? "", diagnostics) is { } imported ? [imported] : []);
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return null;
        }

        if (Targets(acts, act, outFolder, diagnostics) is not { } targets)
        {
            return null;
        }

        var files = targets.Select(t => (Path: t.File, Bytes: (ReadOnlyMemory<byte>)Utf8.GetBytes(CorpusMarkdownWriter.Write(t.Act)))).ToList();
        try
        {
            AllOrNothing.Write(files);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var failed = targets.FirstOrDefault(t => e.Message.Contains(Path.GetFullPath(t.File), StringComparison.Ordinal)) ?? targets[0];
            diagnostics.Add(ImportDiagnostics.OutputFailed(new SourcePosition(failed.File, 1, 1), e.Message));
            return null;
        }

        return targets;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The name an act takes from its ELI when the user gives none: <c>reg/2024/1689</c> is "reg-2024-1689".</summary>
    public static string? NameFromEli(string? eli) =>
        eli is not null && EliWork().Match(eli) is { Success: true } work ? work.Groups[1].Value.Replace('/', '-') : null;

    private static List<(string Path, byte[] Bytes)> ReadSources(IReadOnlyList<string> sources, List<Diagnostic> diagnostics)
    {
        var read = new List<(string, byte[])>();
        foreach (var source in sources)
        {
            var path = source.Replace('\\', '/');
            try
            {
                read.Add((path, File.ReadAllBytes(source)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                var reason = e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message;
                diagnostics.Add(ImportDiagnostics.Unreadable(new SourcePosition(path, 1, 1), reason));
            }
        }

        return read;
    }

    private enum SourceFormat
    {
        Unknown,
        Html,
        XmlOrZip,
    }

    /// <summary>What a source holds, told by its content, not its name: a zip package, an HTML page (or XHTML, an XML
    /// document whose root is html), or another XML document (Formex).</summary>
    private static SourceFormat Classify(byte[] bytes)
    {
        if (bytes is [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return SourceFormat.XmlOrZip;
        }

        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!head.StartsWith('<'))
        {
            return SourceFormat.Unknown;
        }

        return RootElement().Match(head) is { Success: true } root && root.Groups[1].Value.Equals("html", StringComparison.OrdinalIgnoreCase)
               || head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase)
            ? SourceFormat.Html
            : SourceFormat.XmlOrZip;
    }

    /// <summary>Each act's name and file; two sources of one act and language are an error, not a silent overwrite.</summary>
    private static ImmutableArray<WrittenAct>? Targets(List<ImportedAct> acts, string? act, string? outFolder, List<Diagnostic> diagnostics)
    {
        var targets = new List<WrittenAct>();
        var seen = new Dictionary<string, ImportedAct>(StringComparer.Ordinal);
        foreach (var imported in acts)
        {
            var at = new SourcePosition(imported.Sources[0].Path, 1, 1);
            var name = act ?? NameFromEli(imported.Eli);
            if (name is null)
            {
                diagnostics.Add(ImportDiagnostics.ActUnknown(at));
                continue;
            }

            var folder = outFolder ?? Path.Combine("corpus", name);
            var file = Path.Combine(folder, imported.Language, "oj.md").Replace('\\', '/');
            if (seen.TryGetValue(Path.GetFullPath(file), out var first))
            {
                diagnostics.Add(ImportDiagnostics.SameActTwice(at, name, imported.Language, first.Sources[0].Path));
                continue;
            }

            var named = imported with
            {
                Act = name,
                Sources = [.. imported.Sources.Select(s => s with { Path = SourceName(s.Path, folder) })],
            };
            seen[Path.GetFullPath(file)] = imported;
            targets.Add(new WrittenAct(named, file));
        }

        return diagnostics.Any(d => d.IsError) ? null : [.. targets];
    }

    /// <summary>A source as the corpus names it: its path from the act's folder when it lies inside it
    /// (<c>sources/nl/eurlex/aiact_nl.html</c>), else its file name, so the file never holds a machine's paths.</summary>
    private static string SourceName(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? Path.GetFileName(path)
            : relative.Replace('\\', '/');
    }

    [GeneratedRegex(@"<([A-Za-z][\w.:-]*)")]
    private static partial Regex RootElement();

    [GeneratedRegex(@"/eli/((?:reg|dir|dec|reg_impl|reg_del|dec_impl|dir_impl|dir_del)/[0-9]{4}/[0-9]+)")]
    private static partial Regex EliWork();
}
