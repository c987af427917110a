using RulesDsl.Corpus.Text;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// The text of the file each declaration of a rule set is written in, the rules file or one it imports, as
/// <see cref="BoundRuleSet.FileOf"/> finds it: each file's line table made once and each declaration found by lookup,
/// so that mapping thousands of rules to their lines costs no pass over the text per rule.
/// </summary>
internal sealed class DeclarationSources
{
    private readonly Dictionary<Declaration, SourceText> imported = new(ReferenceEqualityComparer.Instance);

    public DeclarationSources(BoundRuleSet set)
    {
        Rules = new SourceText(set.Syntax.Path, set.Syntax.Text);
        foreach (var file in set.Imported)
        {
            var text = new SourceText(file.Path, file.Text);
            foreach (var declaration in file.Declarations)
            {
                // The first file that holds a declaration is the one it is written in, as FileOf takes it.
                imported.TryAdd(declaration, text);
            }
        }
    }

    /// <summary>The rules file itself.</summary>
    public SourceText Rules { get; }

    public SourceText Of(Declaration declaration) => imported.GetValueOrDefault(declaration) ?? Rules;

    /// <summary>Whether the declaration is written in a file the rules file imports.</summary>
    public bool IsImported(Declaration declaration) => imported.ContainsKey(declaration);
}
