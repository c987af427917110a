namespace RulesDsl.Runtime;

/// <summary>A way a conclusion can be reached.</summary>
public enum Way : byte
{
    Met = 1,
    Presumed = 2,
    Estimated = 3,
    Rebutted = 4,
}

/// <summary>
/// The ways a conclusion was reached, each once, in the order first met, packed in an int (three bits a way) so that
/// code generated for classifying without trace and the evaluation alike carry them in registers. <see cref="Ways"/>
/// gives each sequence as one shared list, so verdicts allocate none for it.
/// </summary>
public readonly record struct How(int Packed)
{
    private const int Bits = 3, Mask = (1 << Bits) - 1;

    // Four ways of three bits: every sequence packs below this.
    private const int Sequences = 1 << 4 * Bits;

    // Each sequence as a list, made once; racing threads may each make one, and the copies are equal.
    private static readonly IReadOnlyList<Way>?[] Known = new IReadOnlyList<Way>?[Sequences];

    public static How None => default;

    /// <summary>How of one way.</summary>
    public static How Of(Way way) => new((int)way);

    public IReadOnlyList<Way> Ways => Known[Packed] ??= Unpack(Packed);

    public bool Contains(Way way)
    {
        for (var rest = Packed; rest != 0; rest >>= Bits)
        {
            if ((Way)(rest & Mask) == way)
            {
                return true;
            }
        }

        return false;
    }

    public How Then(Way way)
    {
        if (Contains(way))
        {
            return this;
        }

        var shift = 0;
        while (Packed >> shift != 0)
        {
            shift += Bits;
        }

        return new How(Packed | (int)way << shift);
    }

    /// <summary>These ways, then the presumption and estimate marks of others, in their order.</summary>
    public How WithMarksOf(How others)
    {
        var how = this;
        for (var rest = others.Packed; rest != 0; rest >>= Bits)
        {
            if ((Way)(rest & Mask) is Way.Presumed or Way.Estimated)
            {
                how = how.Then((Way)(rest & Mask));
            }
        }

        return how;
    }

    private static IReadOnlyList<Way> Unpack(int packed)
    {
        var ways = new List<Way>();
        for (var rest = packed; rest != 0; rest >>= Bits)
        {
            ways.Add((Way)(rest & Mask));
        }

        return ways.AsReadOnly();
    }
}

/// <summary>
/// A conclusion as code generated for classifying without trace decides it: the outcome, the index of the deciding
/// rule in <see cref="RuleSetDefinition.Rules"/> (-1 for none), how, and the missing facts as a bit per fact index.
/// </summary>
public readonly record struct Decided(Truth Outcome, int Rule, How How, ulong Missing)
{
    /// <summary>A conclusion decided in a rule set of more than 64 facts, its missing facts in words of bits.</summary>
    public Decided(Truth outcome, int rule, How how, ulong[]? missingWords)
        : this(outcome, rule, how, 0UL) => MissingWords = missingWords;

    /// <summary>
    /// In a rule set of more than 64 facts, the missing facts instead of <see cref="Missing"/>: fact i is bit i % 64 of
    /// word i / 64 (<see cref="FactWords"/>); null when none is missing.
    /// </summary>
    public ulong[]? MissingWords { get; }
}

/// <summary>
/// The missing facts of a rule set of more than 64 facts, as generated code collects them: words of bits made at the
/// first fact missing, so that deciding without one allocates nothing.
/// </summary>
public static class FactWords
{
    /// <summary>Adds a fact to <paramref name="words"/>, made of <paramref name="count"/> words if there are none yet.</summary>
    public static void Add(ref ulong[]? words, int count, int fact)
    {
        words ??= new ulong[count];
        words[fact >> 6] |= 1UL << fact;
    }

    /// <summary>Adds the facts of <paramref name="other"/> to <paramref name="words"/>.</summary>
    public static void Add(ref ulong[]? words, ulong[]? other)
    {
        if (other is null)
        {
            return;
        }

        words ??= new ulong[other.Length];
        for (var word = 0; word < other.Length; word++)
        {
            words[word] |= other[word];
        }
    }
}
