using System.Text.RegularExpressions;

namespace RulesDsl.Corpus.Reading;

/// <summary>
/// Where the OJ's own layout calls a footnote: "(n)" in the text, whose note follows the signature. In the imported
/// format calls are Markdown footnotes and need no guessing.
/// </summary>
internal static partial class NoteCalls
{
    /// <summary>
    /// Whether <paramref name="text"/> calls footnote <paramref name="number"/> as the OJ prints calls, "… Comité (1),":
    /// not after a word that cites ("punt (1)") nor in a run of citations ("Article 7(1) and (3)").
    /// </summary>
    public static bool Calls(string text, string number, IEnumerable<string> referenceWords) =>
        NoteCall(number).Matches(text).Any(call =>
        {
            var before = text[..call.Index].TrimEnd();
            return !referenceWords.Any(word => before.EndsWith(word, StringComparison.OrdinalIgnoreCase))
                && !CitedJustBefore().IsMatch(before[Math.Max(0, before.Length - 24)..]);
        });

    // A call is "(n)" (or "(^n)", its superscript kept) after a word, a punctuation mark or a number and a space
    // ("2016/679 (11)"), not "3(1)" or "(1)(a)", which cite.
    private static Regex NoteCall(string number) => new($@"(?<=[\p{{L}}\p{{P}}]|[\p{{L}}\p{{P}}\p{{N}}]\s)\(\^?{Regex.Escape(number)}\)(?![\p{{L}}\p{{N}}(])");

    // "7(1) and" before "(3)": the number is one more subdivision cited, not a footnote's call.
    [GeneratedRegex(@"[0-9]\([0-9a-z]+\)\S*(\s+\S+)?$")]
    private static partial Regex CitedJustBefore();
}
