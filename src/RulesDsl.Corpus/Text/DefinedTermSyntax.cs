using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RulesDsl.Corpus.Text;

/// <summary>
/// The term a definition defines, as the Official Journal writes it in each language: quoted first (‘deployer’ means …,
/// “systeemrisico”: …, „KI-System“ …, « déployeur » …), or, where a language keeps a foreign term as an alias, the
/// term unquoted and the alias quoted before the colon (Dutch Article 3, point 67: zwevendekommabewerking of
/// “floating-point operation (FLOP)”: …).
/// </summary>
public static partial class DefinedTermSyntax
{
    /// <summary>The terms a definition's text defines, the main one first; empty when it defines none.</summary>
    public static ImmutableArray<string> Terms(string definition)
    {
        if (Quoted().Match(definition) is { Success: true } quoted)
        {
            return [quoted.Groups["term"].Value];
        }

        if (UnquotedWithAlias().Match(definition) is { Success: true } aliased)
        {
            return [aliased.Groups["term"].Value, aliased.Groups["alias"].Value];
        }

        return [];
    }

    public static bool IsDefinition(string text) => !Terms(text).IsEmpty;

    // Each opening quote with its own closing one, so that an apostrophe inside a term ("système d’IA") stays in it; a
    // quote that closes only at the end of the text is inserted text, not a term (Article 110: ‘(68) Regulation …’.),
    // though a term may end the text before the colon that opens its points (Dutch Article 3, point 46).
    [GeneratedRegex(@"^\s*(?:‘(?<term>[^’]+?)’(?!\p{L})|“(?<term>[^”]+?)”|„(?<term>[^“”]+?)[“”]|«\s*(?<term>[^»]+?)\s*»|""(?<term>[^""]+?)""|'(?<term>[^']+?)'(?!\p{L}))(?![\s.;,]*$)")]
    private static partial Regex Quoted();

    // A few words, a one-word connector ("of", "oder", "ou", "o"), the alias in quotes, then the colon that opens the
    // definition.
    [GeneratedRegex(@"^\s*(?<term>[^\s‘'“""„«:]+(?:\s[^\s‘'“""„«:]+){0,4}?)\s+\p{L}{1,4}\s+(?:“(?<alias>[^”]+?)”|‘(?<alias>[^’]+?)’|„(?<alias>[^“”]+?)[“”]|«\s*(?<alias>[^»]+?)\s*»)\s*:")]
    private static partial Regex UnquotedWithAlias();
}
