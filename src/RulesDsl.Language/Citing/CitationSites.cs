using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Citing;

/// <summary>
/// One place a rules file rests on a provision: a resolved citation of a declaration, or the defined term a conclusion
/// means (<see cref="IsTerm"/>), with the provision (and sentence) it resolved to.
/// </summary>
public sealed record CitationSite(Declaration Declaration, string Written, TextSpan Span, ProvisionId Id, int? Sentence, bool IsTerm)
{
    public string Kind => DeclarationKinds.Of(Declaration);

    /// <summary>Whether a change to the text of <paramref name="changed"/> reaches this site: a change to a point
    /// reaches a citation of its paragraph, article or annex too.</summary>
    public bool Covers(ProvisionId changed) => changed.IsWithin(Id);
}

public static class CitationSites
{
    /// <summary>Every site of a file whose citation or term the corpus resolved, in file order.</summary>
    public static ImmutableArray<CitationSite> Of(RulesFile file, CorpusBinding binding) =>
    [
        .. file.Declarations.SelectMany(declaration => Sites(declaration, binding)).OrderBy(s => s.Span.Start),
    ];

    private static IEnumerable<CitationSite> Sites(Declaration declaration, CorpusBinding binding)
    {
        if (declaration is ConclusionDeclaration { Means: { } term } && binding.Terms.TryGetValue(term, out var definition))
        {
            yield return new CitationSite(declaration, term.Anchor is { } anchor ? $"^{anchor}" : $"\"{term.Term}\"", term.Span, definition, null, true);
        }

        foreach (var citation in declaration.AllCites)
        {
            if (binding.Citations.TryGetValue(citation, out var resolved))
            {
                var written = resolved.Sentence is { } sentence ? $"{citation.Text} sentence {sentence}" : citation.Text;
                yield return new CitationSite(declaration, written, citation.Span, resolved.Id, resolved.Sentence, false);
            }
        }
    }
}
