using System.Globalization;
using RulesDsl.Corpus.Model;

namespace RulesDsl.Linking.Reports;

/// <summary>
/// Orders ids as the act prints them: recitals, then articles, then annexes; numbers by value (recital 9 before 10,
/// Annex IX before XIII), a parent before its parts. Ids are otherwise compared ordinally, so the order is total.
/// </summary>
internal sealed class ProvisionOrder : IComparer<ProvisionId>
{
    public static ProvisionOrder Instance { get; } = new();

    public int Compare(ProvisionId? x, ProvisionId? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var (left, right) = (x.Segments, y.Segments);
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var (a, b) = (Key(left[i]), Key(right[i]));
            var order = Rank(left[i].Level).CompareTo(Rank(right[i].Level));
            order = order != 0 ? order : a.Number.Length.CompareTo(b.Number.Length);
            order = order != 0 ? order : string.CompareOrdinal(a.Number, b.Number);
            order = order != 0 ? order : string.CompareOrdinal(a.Suffix, b.Suffix);
            if (order != 0)
            {
                return order;
            }
        }

        return left.Length != right.Length ? left.Length.CompareTo(right.Length) : string.CompareOrdinal(x.Value, y.Value);
    }

    private static int Rank(ProvisionLevel level) => level switch
    {
        ProvisionLevel.Recital => 0,
        ProvisionLevel.Article => 1,
        ProvisionLevel.Annex => 2,
        ProvisionLevel.Paragraph => 3,
        _ => 4,
    };

    /// <summary>The number a label starts with, in digits without leading zeros (Roman numerals of an annex converted),
    /// then its suffix: "10a" is ("10", "a"), "XIII" is ("13", ""), a lettered point "b" is ("", "b"). Numbers compare by
    /// length, then digit by digit, so no label is too long to order.</summary>
    private static (string Number, string Suffix) Key(IdSegment segment)
    {
        var label = segment.Label;
        if (segment.Level == ProvisionLevel.Annex)
        {
            var roman = label.TakeWhile(c => "IVXLC".Contains(c, StringComparison.Ordinal)).Count();
            return (Roman(label[..roman]).ToString(CultureInfo.InvariantCulture), label[roman..]);
        }

        var digits = label.TakeWhile(char.IsAsciiDigit).Count();
        return (label[..digits].TrimStart('0'), label[digits..]);
    }

    private static int Roman(string numeral)
    {
        var total = 0;
        for (var i = 0; i < numeral.Length; i++)
        {
            var value = Digit(numeral[i]);
            total += i + 1 < numeral.Length && Digit(numeral[i + 1]) > value ? -value : value;
        }

        return total;

        static int Digit(char c) => c switch
        {
            'I' => 1,
            'V' => 5,
            'X' => 10,
            'L' => 50,
            _ => 100,
        };
    }
}
