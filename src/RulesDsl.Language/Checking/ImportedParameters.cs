using RulesDsl.Corpus.Text;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Binding;

namespace RulesDsl.Language.Checking;

/// <summary>
/// The values in force (RD0107, RD0155) of the parameters a file imports. Its binder checks the file's own parameters
/// against the day its verdict says the law applies from; a parameter it imports needs the same values, and is reported
/// where it is declared. A declarations file no checked file with a verdict imports (checked alone) has no such day: its
/// parameters need a value in force on the day checked, as those of a rules file that does not say.
/// </summary>
internal static class ImportedParameters
{
    public static IEnumerable<Diagnostic> Find(IReadOnlyList<CheckedRules> checkedFiles, DateOnly asOf)
    {
        var withVerdict = checkedFiles.Where(rules => !rules.Syntax.Header.IsDeclarations).ToList();
        var imported = withVerdict
            .SelectMany(rules => Imported(rules).Select(p => (p.File, p.Parameter, Applies: rules.RuleSet.Verdict?.AppliesFrom?.From.Value)));
        var importedByVerdicts = withVerdict.SelectMany(rules => rules.RuleSet.Imported).Select(file => Path.GetFullPath(file.Path)).ToHashSet();
        var alone = checkedFiles
            .SelectMany(rules => rules.RuleSet.Parameters.Select(parameter => (File: rules.RuleSet.FileOf(parameter.Syntax), Parameter: parameter.Syntax)))
            .Where(p => p.File.Header.IsDeclarations && !importedByVerdicts.Contains(Path.GetFullPath(p.File.Path)))
            .Select(p => (p.File, p.Parameter, Applies: (DateOnly?)null));
        return imported.Concat(alone)
            .Select(p => (p.File, p.Parameter, Missing: ValuesInForce.Missing(p.Parameter, asOf, p.Applies)))
            .Where(p => p.Missing is not null)
            .Select(p => p.Missing!(new SourceText(p.File.Path, p.File.Text).PositionOf(p.Parameter.Name.Span.Start), p.Parameter.Name.Span.Length));
    }

    private static IEnumerable<(Syntax.RulesFile File, Syntax.ParameterDeclaration Parameter)> Imported(CheckedRules rules) =>
        rules.RuleSet.Parameters
            .Select(parameter => (File: rules.RuleSet.FileOf(parameter.Syntax), Parameter: parameter.Syntax))
            .Where(p => !ReferenceEquals(p.File, rules.Syntax));
}
