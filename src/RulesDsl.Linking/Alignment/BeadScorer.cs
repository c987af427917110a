namespace RulesDsl.Linking.Alignment;

/// <summary>A bead by sentence index: left [LeftStart, LeftStart + LeftCount), right likewise.</summary>
internal readonly record struct Bead(int LeftStart, int LeftCount, int RightStart, int RightCount);

/// <summary>
/// The cost of one bead, in nats: -ln of its prior, -ln of the probability of its length ratio, and the anchors'
/// evidence for or against it.
/// </summary>
internal sealed class BeadScorer
{
    private readonly int[] _leftLengths;
    private readonly int[] _rightLengths;
    private readonly int[][] _leftAnchors;
    private readonly int[][] _rightAnchors;
    private readonly int[] _leftHolders;
    private readonly int[] _rightHolders;
    private readonly double[] _weights;
    private readonly double _ratio;
    private readonly AlignmentOptions _options;

    public BeadScorer(IReadOnlyList<SentenceFeatures> left, IReadOnlyList<SentenceFeatures> right, AlignmentOptions options)
    {
        _options = options;
        _leftLengths = [.. left.Select(s => s.Length)];
        _rightLengths = [.. right.Select(s => s.Length)];
        var totalLeft = _leftLengths.Sum(l => (double)l);
        var totalRight = _rightLengths.Sum(l => (double)l);
        _ratio = options.LengthRatio ?? (totalLeft > 0 && totalRight > 0 ? totalRight / totalLeft : 1);

        // Anchors become ordinal-sorted ids so that costs are summed in one order whatever the strings' hash codes.
        var ids = left.Concat(right)
            .SelectMany(s => s.Anchors)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select((anchor, id) => (anchor, id))
            .ToDictionary(p => p.anchor, p => p.id, StringComparer.Ordinal);
        _leftAnchors = [.. left.Select(s => Ids(s, ids))];
        _rightAnchors = [.. right.Select(s => Ids(s, ids))];
        _leftHolders = Holders(_leftAnchors, ids.Count);
        _rightHolders = Holders(_rightAnchors, ids.Count);

        // An anchor that few sentences hold says more than one the whole provision repeats: weigh it by its
        // self-information, ln(sentences / sentences holding it).
        var sentences = (double)(left.Count + right.Count);
        _weights = [.. Enumerable.Range(0, ids.Count).Select(id => Math.Log(sentences / (_leftHolders[id] + _rightHolders[id])))];
    }

    public double Cost(Bead bead) =>
        -Math.Log(Prior(bead.LeftCount, bead.RightCount))
        + LengthCost(bead)
        + AnchorCost(Union(_leftAnchors, bead.LeftStart, bead.LeftCount), Union(_rightAnchors, bead.RightStart, bead.RightCount));

    private double Prior(int leftCount, int rightCount) => (leftCount, rightCount) switch
    {
        (1, 1) => _options.PriorOneToOne,
        (1, 0) or (0, 1) => _options.PriorOneToNone,
        (2, 1) or (1, 2) => _options.PriorTwoToOne,
        (2, 2) => _options.PriorTwoToTwo,
        _ => throw new ArgumentOutOfRangeException(nameof(leftCount), (leftCount, rightCount), "not a bead shape"),
    };

    // Gale and Church: the right length is normal around the ratio × left length with variance s² × length, and a bead
    // costs -ln P(|Z| ≥ |z|). A sentence with no counterpart has no length ratio to judge, so only its prior counts;
    // scoring it as a ratio against zero would forbid omitting any long sentence.
    private double LengthCost(Bead bead)
    {
        if (bead.LeftCount == 0 || bead.RightCount == 0)
        {
            return 0;
        }

        double leftLength = Sum(_leftLengths, bead.LeftStart, bead.LeftCount);
        double rightLength = Sum(_rightLengths, bead.RightStart, bead.RightCount);
        var mean = (leftLength + (rightLength / _ratio)) / 2;
        if (mean <= 0)
        {
            return 0;
        }

        var z = Math.Abs((_ratio * leftLength) - rightLength) / Math.Sqrt(_options.LengthVariance * mean);
        return -LogErfc(z / Math.Sqrt(2));
    }

    private double AnchorCost(int[] left, int[] right)
    {
        var cost = 0.0;
        int a = 0, b = 0;
        while (a < left.Length || b < right.Length)
        {
            if (b == right.Length || (a < left.Length && left[a] < right[b]))
            {
                cost += Misplaced(left[a++], _rightHolders);
            }
            else if (a == left.Length || right[b] < left[a])
            {
                cost += Misplaced(right[b++], _leftHolders);
            }
            else
            {
                cost -= _options.SharedAnchorWeight * _weights[left[a]];
                a++;
                b++;
            }
        }

        return cost;
    }

    // Not in the bead's other side but held elsewhere on that side: evidence that the bead is cut wrong. An anchor the
    // other text never holds (a link one language writes and the other does not) says nothing.
    private double Misplaced(int id, int[] otherHolders) =>
        otherHolders[id] > 0 ? _options.MisplacedAnchorWeight * _weights[id] : 0;

    private static int[] Ids(SentenceFeatures sentence, Dictionary<string, int> ids) =>
        [.. sentence.Anchors.Select(a => ids[a]).Order()];

    private static int[] Holders(int[][] anchors, int count)
    {
        var holders = new int[count];
        foreach (var id in anchors.SelectMany(a => a))
        {
            holders[id]++;
        }

        return holders;
    }

    private static int[] Union(int[][] anchors, int start, int count) => count switch
    {
        0 => [],
        1 => anchors[start],
        _ => [.. anchors[start].Concat(anchors[start + 1]).Distinct().Order()],
    };

    private static int Sum(int[] lengths, int start, int count) => count == 1 ? lengths[start] : lengths[start] + lengths[start + 1];

    // ln erfc(x) for x ≥ 0 from the Chebyshev fit erfc(x) ≈ t·exp(-x² + P(t)), t = 1 / (1 + x/2), whose fractional
    // error stays below 1.2e-7 (Press et al., Numerical Recipes, §6.2); taking the log before exp keeps far tails finite.
    internal static double LogErfc(double x)
    {
        var t = 1 / (1 + (0.5 * x));
        var p = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        return Math.Log(t) - (x * x) + p;
    }
}
