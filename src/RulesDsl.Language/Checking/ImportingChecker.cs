using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Citing;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Reviews;
using RulesDsl.Language.Syntax;
using RulesDsl.Linking.Model;

namespace RulesDsl.Language.Checking;

/// <summary>
/// Checks a rules file with the files it imports: each import is read from the importing file's folder, checked on its
/// own (with its own imports) once, and its rule set handed to the binder of the importing file. A missing file, a
/// file that imports itself (directly or through others) and a file of another act or language are reported at the
/// <c>import</c> line; the diagnostics of an imported file are the importing file's too, at their own positions.
/// </summary>
internal sealed class ImportingChecker(LinkGraph graph, DateOnly asOf)
{
    private readonly Dictionary<string, CheckedRules> checkedFiles = new(StringComparer.Ordinal);

    // The files being checked, outermost first: an import of one of them closes a circle.
    private readonly List<(string FullPath, string Shown)> open = [];

    public CheckedRules Check(ParseResult parsed, ReviewRecord? review)
    {
        var file = parsed.File;
        open.Add((Path.GetFullPath(file.Path), file.Path));
        var diagnostics = new List<Diagnostic>(parsed.Diagnostics);
        var imports = ImmutableArray.CreateBuilder<ImportedRules>();
        var citations = ImmutableDictionary.CreateBuilder<CitationSyntax, ResolvedCitation>();
        var terms = ImmutableDictionary.CreateBuilder<TermSyntax, ProvisionId>();
        foreach (var import in file.Imports)
        {
            if (Import(file, import, diagnostics) is { } imported)
            {
                imports.Add(new ImportedRules(import, imported.RuleSet));
                citations.AddRange(imported.Corpus.Citations.Where(c => !citations.ContainsKey(c.Key)));
                terms.AddRange(imported.Corpus.Terms.Where(t => !terms.ContainsKey(t.Key)));
                diagnostics.AddRange(imported.Diagnostics);
            }
        }

        open.RemoveAt(open.Count - 1);
        var bound = Binder.Bind(file, asOf, imports.ToImmutable());
        var importedParameters = new ImportedParameterCitations(
            [.. imports.SelectMany(import => import.RuleSet.Parameters).Select(parameter => parameter.Syntax)], citations.ToImmutable());
        var corpus = CorpusChecks.Check(file, graph, asOf, importedParameters);
        var stale = review is null ? [] : StaleCitations.Check(file, corpus, graph.Corpus, review);
        // The citations and terms of the imported declarations resolve as in their own files, for the generator.
        var withImports = corpus with { Citations = corpus.Citations.SetItems(citations), Terms = corpus.Terms.SetItems(terms) };
        return new CheckedRules(file, bound.RuleSet, withImports, Ordered(file, diagnostics.Concat(bound.Diagnostics).Concat(corpus.Diagnostics).Concat(stale)));
    }

    /// <summary>The diagnostics of a file checked, each once: the file's own first, then those of each file it imports.</summary>
    public static ImmutableArray<Diagnostic> Ordered(RulesFile file, IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics.Distinct()
            .OrderBy(d => d.Position.File == file.Path ? 0 : 1)
            .ThenBy(d => d.Position.File, StringComparer.Ordinal)
            .ThenBy(d => d.Position.Line)
            .ThenBy(d => d.Position.Column)
            .ThenBy(d => d.Id, StringComparer.Ordinal),
    ];

    /// <returns>The imported file checked, or null when it cannot be (reported).</returns>
    private CheckedRules? Import(RulesFile importer, ImportSyntax import, List<Diagnostic> diagnostics)
    {
        var source = new SourceText(importer.Path, importer.Text);
        var at = source.PositionOf(import.File.Span.Start);
        var length = import.File.Span.Length;
        var shown = Relative(importer.Path, import.File.Text);
        var fullPath = Path.GetFullPath(shown);
        var opened = open.FindIndex(f => f.FullPath == fullPath);
        if (opened >= 0)
        {
            var cycle = string.Join(" → ", open.Skip(opened).Select(f => f.Shown).Append(shown));
            diagnostics.Add(LanguageDiagnostics.ImportCycle(at, length, cycle));
            return null;
        }

        if (!checkedFiles.TryGetValue(fullPath, out var imported))
        {
            if (!File.Exists(fullPath))
            {
                diagnostics.Add(LanguageDiagnostics.ImportNotFound(at, length, shown));
                return null;
            }

            if (RulesChecker.Read(fullPath, shown, diagnostics) is not { } text)
            {
                return null;
            }

            imported = Check(RulesParser.Parse(shown, text), null);
            checkedFiles[fullPath] = imported;
        }

        var mismatch = Mismatch("act", importer.Header.Act?.Text, imported.Syntax.Header.Act?.Text)
            ?? Mismatch("language", importer.Header.Language?.Text ?? "en", imported.Syntax.Header.Language?.Text ?? "en");
        if (mismatch is { } found)
        {
            diagnostics.Add(LanguageDiagnostics.ImportOtherAct(at, length, shown, found.What, found.Theirs, found.Ours));
            return null;
        }

        return imported;
    }

    private static (string What, string Theirs, string Ours)? Mismatch(string what, string? ours, string? theirs) =>
        string.Equals(ours, theirs, StringComparison.Ordinal) ? null : (what, theirs ?? "(none)", ours ?? "(none)");

    /// <summary>The imported file's path as diagnostics show it: the importer's folder joined with the path written, <c>.</c> and <c>..</c> resolved.</summary>
    private static string Relative(string importer, string written)
    {
        var folder = importer.Replace('\\', '/');
        var slash = folder.LastIndexOf('/');
        return Shown(slash < 0 ? written : folder[..slash] + "/" + written);
    }

    /// <summary>
    /// A path as diagnostics show it, with <c>/</c>, <c>.</c> and <c>..</c> resolved: a file checked and the same file
    /// imported by another are shown alike (<c>./rules/a.rules</c> and <c>rules/b.rules</c> importing it as
    /// <c>rules/a.rules</c>), so that what is said of it is said once.
    /// </summary>
    public static string Shown(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/'))
        {
            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != "." && (part.Length > 0 || parts.Count == 0))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
