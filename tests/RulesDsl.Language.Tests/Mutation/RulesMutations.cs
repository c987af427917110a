namespace RulesDsl.Language.Tests.Mutation;

/// <summary>
/// Corrupted copies of a rules file, to check that what reads rules files copes with typos. Each variant makes one
/// corruption of the whitespace-separated tokens: it deletes one, duplicates one or swaps two, chosen by a Random
/// seeded with the variant's seed (1, 2, …), so a variant is reproduced from its seed alone. Whitespace is left as it
/// was; a swap of two equal tokens leaves the text unchanged.
/// </summary>
internal static class RulesMutations
{
    public static IEnumerable<(int Seed, string Text)> Variants(string text, int count)
    {
        var tokens = Tokens(text);
        for (var seed = 1; seed <= count; seed++)
        {
            yield return (seed, tokens.Count == 0 ? text : Mutate(text, tokens, new Random(seed)));
        }
    }

    private static string Mutate(string text, List<Range> tokens, Random random)
    {
        var token = tokens[random.Next(tokens.Count)];
        switch (random.Next(3))
        {
            case 0:
                return string.Concat(text.AsSpan(..token.Start), text.AsSpan(token.End..));
            case 1:
                return string.Concat(text[..token.End], " ", text[token], text[token.End..]);
            default:
                var other = tokens[random.Next(tokens.Count)];
                var (first, second) = token.Start.Value <= other.Start.Value ? (token, other) : (other, token);
                return first.Equals(second)
                    ? text
                    : string.Concat(text[..first.Start], text[second], text[first.End..second.Start], text[first], text[second.End..]);
        }
    }

    private static List<Range> Tokens(string text)
    {
        var tokens = new List<Range>();
        for (var start = 0; start < text.Length;)
        {
            if (char.IsWhiteSpace(text[start]))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            tokens.Add(start..end);
            start = end;
        }

        return tokens;
    }
}
