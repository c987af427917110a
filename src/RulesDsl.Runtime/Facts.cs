using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace RulesDsl.Runtime;

/// <summary>The facts of one case, by name: quantities, yes/no, dates and sets. Facts not given are unknown.</summary>
public sealed class Facts
{
    private readonly ImmutableDictionary<string, object> values;

    private Facts(ImmutableDictionary<string, object> values) => this.values = values;

    public static Facts None { get; } = new(ImmutableDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal));

    public IEnumerable<string> Names => values.Keys.Order(StringComparer.Ordinal);

    /// <summary>A quantity given as a double: the decimal it is written as (its shortest round-trip digits), not its binary value.</summary>
    public Facts With(string name, double quantity) => With(name, Runtime.Quantity.Of(quantity));

    /// <summary>A quantity given exactly; a fact is an amount, never unknown nor a bound.</summary>
    public Facts With(string name, Quantity quantity) => quantity.IsKnown && !quantity.IsEstimated
        ? new(values.SetItem(name, quantity))
        : throw new ArgumentException("a fact given is an amount known exactly", nameof(quantity));

    public Facts With(string name, bool yes) => new(values.SetItem(name, yes));

    public Facts With(string name, DateOnly date) => new(values.SetItem(name, date));

    public Facts With(string name, IEnumerable<string> set) => new(values.SetItem(name, set.ToImmutableSortedSet(StringComparer.Ordinal)));

    /// <summary>A set fact as a typed slot holds it (generated code names no interface of the core library but this one).</summary>
    public Facts With(string name, IReadOnlySet<string> set) => With(name, (IEnumerable<string>)set);

    /// <summary>The value given for a fact (a <see cref="Runtime.Quantity"/>, bool, <see cref="DateOnly"/> or set of strings), or null when none is.</summary>
    public object? Get(string name) => values.GetValueOrDefault(name);

    // The typed reads are never inlined: a classifier is loaded collectible, so its code gets no dynamic PGO, and the
    // dictionary lookup inlined there would lose the devirtualization it gets here (~20 ns a classification).

    /// <summary>A quantity fact as given, unknown when not given.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Quantity Quantity(string name) => Get(name) is Quantity value ? value : Runtime.Quantity.Unknown;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public Truth YesNo(string name) => Get(name) is bool yes ? Logic.Of(yes) : Truth.Unknown;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public DateValue Date(string name) => Get(name) is DateOnly date ? new DateValue(date, true) : default;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public SetValue Set(string name) => new(Get(name) as IReadOnlySet<string>);
}
