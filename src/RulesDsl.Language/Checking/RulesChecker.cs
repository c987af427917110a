using System.Collections.Immutable;
using System.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Citing;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Reviews;
using RulesDsl.Language.Syntax;
using RulesDsl.Linking.Model;

namespace RulesDsl.Language.Checking;

/// <summary>One rules file checked: its tree, its bound rule set, what the corpus says of it, and every diagnostic in file order.</summary>
public sealed record CheckedRules(RulesFile Syntax, BoundRuleSet RuleSet, CorpusBinding Corpus, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The front end in one call: parse, bind, and check against the linked corpus.</summary>
public static class RulesChecker
{
    public const string Extension = ".rules";

    /// <param name="review">What the drafter last reviewed; each cited clause changed since is warned of.</param>
    public static CheckedRules Check(string path, string text, LinkGraph graph, DateOnly asOf, ReviewRecord? review = null) =>
        RuleSetChecks.Check([new ImportingChecker(graph, asOf).Check(RulesParser.Parse(path, text), review)], wholeFolder: false, asOf)[0];

    /// <summary>
    /// Checks every <c>.rules</c> file of a folder (or one file), each against the review record beside it if there is
    /// one; a folder with none is an error.
    /// </summary>
    public static (ImmutableArray<CheckedRules> Files, ImmutableArray<Diagnostic> Diagnostics) CheckAll(string path, LinkGraph graph, DateOnly asOf)
    {
        var files = Files(path);
        if (files.Count == 0)
        {
            return ([], [LanguageDiagnostics.NoRulesFiles(new SourcePosition(path.Replace('\\', '/'), 1, 1))]);
        }

        var checkedFiles = new List<CheckedRules>();
        var unreadable = new List<Diagnostic>();
        foreach (var file in files)
        {
            var shown = ImportingChecker.Shown(file);
            if (Read(file, shown, unreadable) is { } text)
            {
                checkedFiles.Add(new ImportingChecker(graph, asOf).Check(RulesParser.Parse(shown, text), ReviewRecord.Read(file, unreadable)));
            }
        }

        // A fact of a file that others import is used if any of them reads it; a file imported by several is checked
        // with each, and its diagnostics are reported once.
        var whole = RuleSetChecks.Check(checkedFiles, wholeFolder: !File.Exists(path), asOf);
        return ([.. whole], [.. unreadable.Concat(whole.SelectMany(f => f.Diagnostics)).Distinct()]);
    }

    /// <summary>The <c>.rules</c> files a path names: the file itself, or those of the folder and below, in name order.</summary>
    public static IReadOnlyList<string> Files(string path) =>
        File.Exists(path)
            ? [path]
            : Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*" + Extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : [];

    /// <summary>A rules file as text, or the reason it cannot be: not UTF-8, binary, unreadable.</summary>
    public static string? Read(string file, string shown, ICollection<Diagnostic> diagnostics)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            if (bytes.Contains((byte)0))
            {
                diagnostics.Add(LanguageDiagnostics.UnreadableRulesFile(new SourcePosition(shown, 1, 1), "it holds a NUL byte and looks binary"));
                return null;
            }

            var text = new UTF8Encoding(false, true).GetString(bytes);
            // Windows (CR LF) and old Mac (CR) line ends read as line feeds.
            return text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(LanguageDiagnostics.UnreadableRulesFile(new SourcePosition(shown, 1, 1), "it is not UTF-8 text"));
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(LanguageDiagnostics.UnreadableRulesFile(new SourcePosition(shown, 1, 1), e.Message));
            return null;
        }
    }
}
