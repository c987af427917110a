using System.Collections.Immutable;
using RulesDsl.Corpus.Model;
using RulesDsl.Corpus.Text;

namespace RulesDsl.Linking.Terms;

/// <summary>
/// A defined term in one language: the provision that defines it, the term as written there (or, for a language whose
/// definitions the corpus lacks, as its links label it), and every other form the sources have shown.
/// </summary>
/// <param name="FromDefinition">True when the term was read from a definition in this language; false when it was
/// learned from the labels of links to the definition.</param>
public sealed record DefinedTerm(ProvisionId Definition, string Language, string Term, ImmutableArray<string> Forms, bool FromDefinition);

/// <summary>The defined terms of a corpus, per language, read from its definitions and from the links to them.</summary>
public sealed class Glossary
{
    internal Glossary(ImmutableArray<DefinedTerm> terms) => Terms = terms;

    public ImmutableArray<DefinedTerm> Terms { get; }

    public IEnumerable<DefinedTerm> InLanguage(string language) => Terms.Where(t => t.Language == language);

    public DefinedTerm? Find(ProvisionId definition, string language) =>
        Terms.FirstOrDefault(t => t.Definition == definition && t.Language == language);

    /// <param name="definitions">The definitions of the corpus (Article 3 points), any language.</param>
    /// <param name="linkLabels">The words of resolved links to definitions: (definition, language, link text, surface text).</param>
    public static Glossary Build(IEnumerable<Provision> definitions, IEnumerable<(ProvisionId Definition, string Language, string LinkText, string Surface)> linkLabels)
    {
        var terms = new Dictionary<(ProvisionId, string), (string Term, bool FromDefinition, HashSet<string> Forms)>();
        foreach (var definition in definitions)
        {
            if (DefinedTermSyntax.Terms(definition.Text) is [var term, .. var aliases])
            {
                terms[(definition.Id, definition.Language)] = (term, true, [term, .. aliases]);
            }
        }

        foreach (var group in linkLabels.GroupBy(l => (l.Definition, l.Language)))
        {
            if (!terms.TryGetValue(group.Key, out var entry))
            {
                // No definition in this language: the term is what its links most often say.
                var label = group.GroupBy(l => l.LinkText).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                entry = (label, false, []);
                terms[group.Key] = entry;
            }

            foreach (var (_, _, text, surface) in group)
            {
                entry.Forms.Add(text);
                entry.Forms.Add(surface);
            }
        }

        return new Glossary([.. terms
            .OrderBy(t => t.Key.Item2, StringComparer.Ordinal)
            .ThenBy(t => t.Key.Item1.Value, StringComparer.Ordinal)
            .Select(t => new DefinedTerm(t.Key.Item1, t.Key.Item2, t.Value.Term, [.. t.Value.Forms.Order(StringComparer.Ordinal)], t.Value.FromDefinition))]);
    }
}
