namespace RulesDsl.Runtime;

/// <summary>
/// A verdict as a value, for classifying without trace and allocating nothing: the outcome, the deciding rule's index in
/// <see cref="RuleSetDefinition.Rules"/> (-1 for none), how, the missing facts of an unknown outcome as a bit per fact
/// index, and whether the law applied. The classifier names them (<see cref="ITypedClassifier.ToVerdict"/>). A rule set of
/// more than 64 facts carries its missing facts in <see cref="MissingWords"/> instead, 64 a word (it has no typed slots).
/// </summary>
public readonly record struct VerdictValue(Truth Outcome, int Rule, How How, ulong Missing, ApplicabilityStatus Applicability, ulong[]? MissingWords = null);

/// <summary>A classifier that also takes its facts in typed slots, one per fact, and answers without allocating.</summary>
public interface ITypedClassifier : IClassifier
{
    /// <summary>Empty slots for this classifier's facts, to fill and classify over and over (one per thread).</summary>
    FactSlots NewSlots();

    /// <summary>The verdict a value stands for, as <see cref="IClassifier.Classify"/> gives it without trace.</summary>
    Verdict ToVerdict(VerdictValue value, DateOnly asOf);
}

/// <summary>
/// A case's facts in slots of their own type, set by fact index (<see cref="RuleSetDefinition.Facts"/>), so that a reader
/// goes from its input to the classifier with no dictionary between. Reusable: <see cref="Clear"/> empties every slot.
/// Not for two threads at once.
/// </summary>
public abstract class FactSlots
{
    public abstract void Clear();

    /// <summary>Every slot as <paramref name="facts"/> gives it; a fact not given leaves its slot empty.</summary>
    public abstract void Read(Facts facts);

    /// <summary>A quantity fact, given exactly, as <see cref="Facts.With(string, Quantity)"/> takes it.</summary>
    public abstract void Set(int fact, Quantity value);

    public abstract void Set(int fact, bool value);

    public abstract void Set(int fact, DateOnly value);

    public abstract void Set(int fact, IReadOnlySet<string> value);

    /// <summary>The verdict without trace, as a value: nothing allocated.</summary>
    public abstract VerdictValue Decide(DateOnly asOf);

    /// <summary>The verdict as <see cref="IClassifier.Classify"/> gives it for the same facts.</summary>
    public abstract Verdict Classify(ClassifyOptions options);
}

/// <summary>
/// What a generated classifier with typed facts derives from: <typeparamref name="TFacts"/> is its struct of one
/// nullable slot per fact (a quantity as <see cref="Quantity"/>, yes/no as bool, a date as <see cref="DateOnly"/>, a set
/// as a set of its values), and it decides its conclusions over them in code of its own, as it does over <see cref="Facts"/>.
/// </summary>
public abstract class Classifier<TFacts> : Classifier, ITypedClassifier
    where TFacts : struct
{
    /// <summary>The verdict without trace over typed facts, as a value: nothing allocated.</summary>
    public VerdictValue Decide(in TFacts facts, DateOnly asOf)
    {
        var definition = Definition;
        if (definition.AppliesFrom is { } date && asOf < date.From)
        {
            return new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.NotYetApplicable);
        }

        // Outside the scope the verdict's own rules are not decided, as the evaluation does not evaluate them.
        var scope = definition.Scope >= 0 ? DecideTyped(definition.Scope, facts, asOf) : null;
        return scope?.Outcome == Truth.No
            ? new VerdictValue(Truth.Unknown, -1, How.None, 0, ApplicabilityStatus.OutsideScope)
            : Applicable(DecideTyped(definition.Verdict, facts, asOf).GetValueOrDefault(), scope, definition.AppliesFrom is not null);
    }

    /// <summary>The verdict over typed facts: without trace decided in generated code, with trace evaluated over <see cref="Facts"/>.</summary>
    public Verdict Classify(in TFacts facts, ClassifyOptions options) =>
        options.Trace ? Classify(ToFacts(facts), options) : ToVerdict(Decide(facts, options.AsOf), options.AsOf);

    public FactSlots NewSlots() => new Slots(this);

    /// <summary>The typed facts of <paramref name="facts"/>: each fact into its slot.</summary>
    public abstract TFacts Read(Facts facts);

    /// <summary>The facts of the typed slots that hold a value.</summary>
    public abstract Facts ToFacts(TFacts facts);

    /// <summary>Sets a quantity slot by fact index: an amount known exactly, as <see cref="Facts"/> takes it.</summary>
    public void Set(ref TFacts facts, int fact, Quantity value)
    {
        if (!value.IsKnown || value.IsEstimated)
        {
            throw new ArgumentException("a fact given is an amount known exactly", nameof(value));
        }

        SetQuantity(ref facts, Slot(fact, FactKind.Quantity), value);
    }

    public void Set(ref TFacts facts, int fact, bool value) => SetYesNo(ref facts, Slot(fact, FactKind.YesNo), value);

    public void Set(ref TFacts facts, int fact, DateOnly value) => SetDate(ref facts, Slot(fact, FactKind.Date), value);

    public void Set(ref TFacts facts, int fact, IReadOnlySet<string> value) => SetSet(ref facts, Slot(fact, FactKind.Set), value);

    protected abstract void SetQuantity(ref TFacts facts, int fact, Quantity value);

    protected abstract void SetYesNo(ref TFacts facts, int fact, bool value);

    protected abstract void SetDate(ref TFacts facts, int fact, DateOnly value);

    protected abstract void SetSet(ref TFacts facts, int fact, IReadOnlySet<string> value);

    /// <summary>
    /// A conclusion decided by code generated from the rules over typed facts, as <see cref="Classifier.Decide"/> decides
    /// it over <see cref="Facts"/>; null for no conclusion of the rule set.
    /// </summary>
    protected abstract Decided? DecideTyped(int conclusion, TFacts facts, DateOnly asOf);

    private int Slot(int fact, FactKind kind)
    {
        var facts = Definition.Facts;
        if ((uint)fact >= (uint)facts.Count || facts[fact].Kind != kind)
        {
            throw new ArgumentOutOfRangeException(nameof(fact), fact, $"the rule set has no {kind} fact of index {fact}");
        }

        return fact;
    }

    /// <summary>Typed facts in an object of their own, for callers that do not know their type.</summary>
    private sealed class Slots(Classifier<TFacts> classifier) : FactSlots
    {
        private TFacts facts;

        public override void Clear() => facts = default;

        public override void Read(Facts given) => facts = classifier.Read(given);

        public override void Set(int fact, Quantity value) => classifier.Set(ref facts, fact, value);

        public override void Set(int fact, bool value) => classifier.Set(ref facts, fact, value);

        public override void Set(int fact, DateOnly value) => classifier.Set(ref facts, fact, value);

        public override void Set(int fact, IReadOnlySet<string> value) => classifier.Set(ref facts, fact, value);

        public override VerdictValue Decide(DateOnly asOf) => classifier.Decide(facts, asOf);

        public override Verdict Classify(ClassifyOptions options) => classifier.Classify(facts, options);
    }
}

/// <summary>
/// A typed slot as the rules read it, for generated code: empty is unknown, as a fact <see cref="Facts"/> does not hold.
/// A quantity given is an amount known exactly, as <see cref="Facts"/> takes it.
/// </summary>
public static class Given
{
    public static Quantity Quantity(Quantity? slot)
    {
        if (slot is not { } value)
        {
            return Runtime.Quantity.Unknown;
        }

        return value.IsKnown && !value.IsEstimated ? value : NotExact();
    }

    public static Truth YesNo(bool? slot) => slot is { } yes ? Logic.Of(yes) : Truth.Unknown;

    public static DateValue Date(DateOnly? slot) => slot is { } date ? new DateValue(date, true) : default;

    public static SetValue Set(IReadOnlySet<string>? slot) => new(slot);

    // Thrown from a method of its own, so that the JIT inlines the read of every quantity slot into generated code.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Quantity NotExact() => throw new ArgumentException("a fact given is an amount known exactly", "slot");
}
