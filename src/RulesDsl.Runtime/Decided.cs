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
/// code generated for classifying without trace carries them in registers. <see cref="Words"/> gives the runtime's
/// shared word lists, so a verdict says them exactly as the evaluation does.
/// </summary>
public readonly record struct How(int Packed)
{
    private const int Bits = 3, Mask = (1 << Bits) - 1;

    // Four ways of three bits: every sequence packs below this.
    private const int Sequences = 1 << 4 * Bits;

    // The words of each sequence, looked up once; racing threads find the same shared list.
    private static readonly IReadOnlyList<string>?[] Known = new IReadOnlyList<string>?[Sequences];

    public static How None => default;

    public IReadOnlyList<string> Words => Known[Packed] ??= Spell(Packed);

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

    private static IReadOnlyList<string> Spell(int packed)
    {
        var ways = Ways.None;
        for (var rest = packed; rest != 0; rest >>= Bits)
        {
            ways = ways.Then(Word((Way)(rest & Mask)));
        }

        return ways.Words;
    }

    private static string Word(Way way) => way switch
    {
        Way.Met => Ways.Met,
        Way.Presumed => Ways.Presumed,
        Way.Estimated => Ways.Estimated,
        _ => Ways.Rebutted,
    };
}

/// <summary>
/// A conclusion as code generated for classifying without trace decides it: the outcome, the index of the deciding
/// rule in <see cref="RuleSetDefinition.Rules"/> (-1 for none), how, and the missing facts as a bit per fact index.
/// </summary>
public readonly record struct Decided(Truth Outcome, int Rule, How How, ulong Missing);
