namespace RulesDsl.Linking.Alignment;

/// <summary>
/// The parameters of the sentence aligner. The length model and the priors are Gale and Church's (1993), measured on
/// English, French and German; the anchor weights are this project's, in the same unit (nats of cost).
/// </summary>
public sealed record AlignmentOptions
{
    public static AlignmentOptions Default { get; } = new();

    /// <summary>Characters of the right text expected per character of the left one (Dutch runs about a quarter longer
    /// than English). Null takes it from the two provisions' total lengths, which suits a provision translated whole;
    /// a sentence missing from one side skews that estimate by its share of the text, which the ratio of the whole act's
    /// two texts, passed here, would not.</summary>
    public double? LengthRatio { get; init; }

    /// <summary>Variance of the right length per character of left length (Gale and Church's s², 6.8).</summary>
    public double LengthVariance { get; init; } = 6.8;

    /// <summary>Prior probability of a 1:1 bead.</summary>
    public double PriorOneToOne { get; init; } = 0.89;

    /// <summary>Prior probability of a 1:0 bead, and again of a 0:1 bead.</summary>
    public double PriorOneToNone { get; init; } = 0.0099;

    /// <summary>Prior probability of a 2:1 bead, and again of a 1:2 bead.</summary>
    public double PriorTwoToOne { get; init; } = 0.089;

    /// <summary>Prior probability of a 2:2 bead.</summary>
    public double PriorTwoToTwo { get; init; } = 0.011;

    /// <summary>How much an anchor found on both sides of a bead lowers its cost, times the anchor's rarity.</summary>
    public double SharedAnchorWeight { get; init; } = 1.0;

    /// <summary>How much an anchor on one side of a bead raises its cost when the other side holds it in another bead,
    /// times the anchor's rarity.</summary>
    public double MisplacedAnchorWeight { get; init; } = 1.0;

    internal void Validate()
    {
        if (LengthRatio is { } ratio)
        {
            Positive(ratio, nameof(LengthRatio));
        }

        Positive(LengthVariance, nameof(LengthVariance));
        Probability(PriorOneToOne, nameof(PriorOneToOne));
        Probability(PriorOneToNone, nameof(PriorOneToNone));
        Probability(PriorTwoToOne, nameof(PriorTwoToOne));
        Probability(PriorTwoToTwo, nameof(PriorTwoToTwo));
        NotNegative(SharedAnchorWeight, nameof(SharedAnchorWeight));
        NotNegative(MisplacedAnchorWeight, nameof(MisplacedAnchorWeight));
    }

    private static void Positive(double value, string name)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be a positive number");
        }
    }

    private static void Probability(double value, string name)
    {
        if (!(value is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be a probability above 0");
        }
    }

    private static void NotNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "must be zero or more");
        }
    }
}
