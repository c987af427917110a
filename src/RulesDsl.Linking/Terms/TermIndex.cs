using System.Collections.Immutable;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Terms;

/// <summary>A defined term found in a text: where, and which definitions its words can stand for.</summary>
public sealed record TermMatch(int Start, int Length, ImmutableArray<ProvisionId> Definitions);

/// <summary>
/// Finds defined terms in running text, one language at a time: a trie over normalised words, walked from every word,
/// so that a text is read once (time linear in its length) and the longest term wins ("general-purpose AI model with
/// systemic risk" is the general-purpose AI model, then the systemic risk). Words are whole words: a term is never
/// found inside a longer word.
/// </summary>
public sealed class TermIndex
{
    private readonly Dictionary<string, Node> roots = new(StringComparer.Ordinal);

    public TermIndex(Glossary glossary)
    {
        foreach (var term in glossary.Terms)
        {
            var root = roots.TryGetValue(term.Language, out var existing) ? existing : roots[term.Language] = new Node();
            foreach (var form in term.Forms.Prepend(term.Term).SelectMany(f => TermInflector.Forms(f, term.Language)))
            {
                var node = root;
                foreach (var key in WordTokens.Keys(form))
                {
                    node = node.Children.TryGetValue(key, out var next) ? next : node.Children[key] = new Node();
                }

                if (node != root)
                {
                    node.Definitions.Add(term.Definition);
                }
            }
        }
    }

    /// <summary>The terms in <paramref name="text"/>, left to right, skipping the spans in <paramref name="taken"/>.</summary>
    public IReadOnlyList<TermMatch> Find(string text, string language, IReadOnlyList<(int Start, int End)> taken)
    {
        var matches = new List<TermMatch>();
        if (!roots.TryGetValue(language, out var root))
        {
            return matches;
        }

        var words = WordTokens.Split(text);
        var blocked = Blocked(words, taken);
        var i = 0;
        while (i < words.Count)
        {
            var (end, found) = (-1, (Node?)null);
            var node = root;
            for (var j = i; j < words.Count && !blocked[j] && node.Children.TryGetValue(words[j].Key, out node); j++)
            {
                if (node.Definitions.Count > 0)
                {
                    (end, found) = (j, node);
                }
            }

            if (found is null)
            {
                i++;
                continue;
            }

            var start = words[i].Start;
            matches.Add(new TermMatch(start, words[end].Start + words[end].Length - start, [.. found.Definitions.OrderBy(d => d.Value, StringComparer.Ordinal)]));
            i = end + 1;
        }

        return matches;
    }

    /// <summary>Which words overlap a taken span, in one pass over both (spans in any order).</summary>
    private static bool[] Blocked(List<WordToken> words, IReadOnlyList<(int Start, int End)> taken)
    {
        var blocked = new bool[words.Count];
        var spans = taken.OrderBy(s => s.Start).ToList();
        var s = 0;
        for (var w = 0; w < words.Count; w++)
        {
            while (s < spans.Count && spans[s].End <= words[w].Start)
            {
                s++;
            }

            blocked[w] = s < spans.Count && spans[s].Start < words[w].Start + words[w].Length;
        }

        return blocked;
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public HashSet<ProvisionId> Definitions { get; } = [];
    }
}
