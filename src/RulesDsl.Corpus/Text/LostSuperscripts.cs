using System.Text.RegularExpressions;

namespace RulesDsl.Corpus.Text;

/// <summary>A power of ten whose exponent lost its superscript when the Official Journal was converted to text.</summary>
/// <param name="Meant">What the text means, as a power of ten: <c>10^25</c>.</param>
public sealed record LostSuperscript(int Start, string Written, string Meant);

/// <summary>Finds "greater than 1025" where the law writes 10²⁵, so readers and explanations can say what was meant.</summary>
public static partial class LostSuperscripts
{
    public static IEnumerable<LostSuperscript> Find(string text) =>
        Pattern().Matches(text).Select(m => new LostSuperscript(m.Index, m.Value, $"10^{m.Groups["exp"].Value}"));

    // Years (19xx, 20xx), grouped numbers ("10 000") and the numbers of acts ("(EU) 2019/1020", "No 1025/2012") are
    // not matched.
    [GeneratedRegex(@"(?<![\d.,/])\b10(?<exp>1[3-9]|[2-8][0-9])\b(?![.,/]\d)")]
    private static partial Regex Pattern();
}
