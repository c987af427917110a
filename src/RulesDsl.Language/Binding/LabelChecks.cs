using System.Collections.Immutable;
using RulesDsl.Corpus.Languages;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>
/// The labels of a file, checked: each in an official language, one per language, not empty, and, where a declaration
/// has any, one in the file's own language, which is what readers of the languages without a label fall back to.
/// </summary>
internal static class LabelChecks
{
    public static void Report(RulesFile file, DiagnosticSink sink)
    {
        var own = file.Header.Language?.Text ?? ReaderLanguage.FirstFallback;
        // The title is itself in the file's language: its labels are for the other languages.
        Check("rules", file.Header.TitleLabels, null, own, sink);
        foreach (var declaration in file.Declarations)
        {
            Check(declaration.Name.Text, declaration.Labels, declaration.Name.Span, own, sink);
            if (declaration is EnumDeclaration enumeration)
            {
                CheckValues(enumeration, own, sink);
            }
        }
    }

    /// <summary>The labels of an enumeration's values: each of a value it has, then checked per value as a declaration's are.</summary>
    private static void CheckValues(EnumDeclaration enumeration, string own, DiagnosticSink sink)
    {
        var values = enumeration.Values.Select(value => value.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in enumeration.ValueLabels.Where(label => !values.Contains(label.Value.Text)))
        {
            sink.Report(unknown.Value.Span, (at, length) => LanguageDiagnostics.LabelOfUnknownValue(at, length, enumeration.Name.Text, unknown.Value.Text, enumeration.Values.Select(value => value.Text)));
        }

        foreach (var value in enumeration.ValueLabels.Where(label => values.Contains(label.Value.Text)).GroupBy(label => label.Value.Text, StringComparer.Ordinal))
        {
            Check(value.Key, [.. value.Select(label => label.Label)], value.First().Value.Span, own, sink);
        }
    }

    /// <param name="site">Where to report a missing label in the file's own language; null where none is needed.</param>
    private static void Check(string name, ImmutableArray<LabelSyntax> labels, TextSpan? site, string own, DiagnosticSink sink)
    {
        var first = new Dictionary<string, LabelSyntax>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var code = label.Language;
            if (!ReaderLanguage.TryGet(code.Text, out _))
            {
                sink.Report(code.Span, (at, length) => LanguageDiagnostics.LabelUnknownLanguage(at, length, code.Text));
            }
            else if (!first.TryAdd(code.Text, label))
            {
                var earlier = first[code.Text];
                sink.Report(label.Span, (at, length) => LanguageDiagnostics.LabelTwice(at, length, name, code.Text, sink.At(earlier.Span)));
            }

            if (string.IsNullOrWhiteSpace(label.Text))
            {
                sink.Report(label.Span, (at, length) => LanguageDiagnostics.LabelEmpty(at, length, name));
            }
        }

        // Only when the own language is a known one: an unknown header language is reported as RD0116 already.
        if (site is { } at && first.Count > 0 && !first.ContainsKey(own) && ReaderLanguage.TryGet(own, out _))
        {
            var given = string.Join(", ", first.Keys.Select(code => $"'{code}'"));
            sink.Report(at, (position, length) => LanguageDiagnostics.LabelOwnLanguageMissing(position, length, name, own, given));
        }
    }
}
