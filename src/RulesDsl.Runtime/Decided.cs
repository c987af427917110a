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

/// <summary>
/// What a condition read, as generated code keeps it: the facts it found missing (a bit per fact index), whether any
/// value read rests on an estimate, and the marks of the conclusions it rests on. It follows the evaluation's frame read
/// for read, so that both say the same of every case.
/// </summary>
public struct Reads
{
    public ulong Missing;

    public bool Estimated;

    public How How;

    public Quantity Read(Quantity value, int fact)
    {
        Estimated |= value.IsEstimated;
        Lacks(value.IsKnown, fact);
        return value;
    }

    public Truth Read(Truth value, int fact)
    {
        Lacks(value != Truth.Unknown, fact);
        return value;
    }

    public DateValue Read(DateValue value, int fact)
    {
        Lacks(value.IsKnown, fact);
        return value;
    }

    public SetValue Read(SetValue value, int fact)
    {
        Lacks(value.IsKnown, fact);
        return value;
    }

    /// <summary>A conclusion read: what it lacks counts here; a yes passes on its presumption and estimate marks.</summary>
    public Truth Read(Decided conclusion)
    {
        Missing |= conclusion.Missing;
        if (conclusion.Outcome == Truth.Yes)
        {
            How = How.WithMarksOf(conclusion.How);
            Estimated |= conclusion.How.Contains(Way.Estimated);
        }

        return conclusion.Outcome;
    }

    /// <summary>A condition read inside this one (a rule, its exception, a derivation): an estimate it touched counts here, what it lacks does not.</summary>
    public void Within(Reads inner) => Estimated |= inner.Estimated;

    private void Lacks(bool known, int fact)
    {
        if (!known)
        {
            Missing |= 1UL << fact;
        }
    }
}

/// <summary>
/// The rules of one conclusion weighed in file order, as generated code does without trace: a rule an applying
/// exception overrides is passed over, the first rule that applies decides unless an exception to another rule
/// applies later, and with none deciding an unknown condition leaves the conclusion unknown.
/// </summary>
public struct Decider
{
    private int rule;
    private bool exception;
    private Truth outcome;
    private How how;
    private bool unknown;
    private bool rebutted;
    private ulong missing;

    public Decider() => rule = -1;

    public static bool Applies(Truth when, Truth unless) => when == Truth.Yes && unless != Truth.Yes;

    /// <param name="rule">The rule's index in <see cref="RuleSetDefinition.Rules"/>.</param>
    /// <param name="overridden">Whether an exception to this rule applies.</param>
    /// <param name="read">What its condition read.</param>
    public void Weigh(int rule, bool value, bool presumption, bool isException, bool overridden, Truth when, Truth unless, Reads read)
    {
        rebutted |= when == Truth.Yes && unless == Truth.Yes;
        if (overridden)
        {
            return;
        }

        if (Applies(when, unless) && (this.rule < 0 || (!exception && isException)))
        {
            this.rule = rule;
            exception = isException;
            outcome = Logic.Of(value);
            how = How.None.Then(presumption ? Way.Presumed : Way.Met).WithMarksOf(read.How);
            if (read.Estimated)
            {
                how = how.Then(Way.Estimated);
            }
        }
        else if (when == Truth.Unknown && unless != Truth.Yes)
        {
            unknown = true;
            missing |= read.Missing;
        }
    }

    public readonly Decided Decision =>
        rule >= 0 ? new Decided(outcome, rule, how, 0)
        : unknown ? new Decided(Truth.Unknown, -1, How.None, missing)
        : new Decided(Truth.No, -1, rebutted ? How.None.Then(Way.Rebutted) : How.None, 0);
}
