using System.Text;

namespace RulesDsl.Corpus.Text;

/// <summary>Roman numerals as the Official Journal numbers annexes (XIII) and some points (iv).</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>The numeral of 1 to 89, upper case ("XIII") or lower case ("xiii").</summary>
    public static string Of(int value, bool upper = true)
    {
        var numeral = new StringBuilder();
        foreach (var (step, letters) in Numerals)
        {
            for (; value >= step; value -= step)
            {
                numeral.Append(letters);
            }
        }

        return upper ? numeral.ToString() : numeral.ToString().ToLowerInvariant();
    }
}
