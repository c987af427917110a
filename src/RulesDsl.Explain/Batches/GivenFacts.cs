using System.Collections.Immutable;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// The facts of one case as a reader found them: each given fact by its index in the rule set and its value, in the
/// order given. A batch sets them straight into a typed classifier's slots (<see cref="Into"/>); <see cref="Facts"/>,
/// the dictionary by name, is built only when something asks for it (an explanation, a classifier without slots).
/// </summary>
public sealed class GivenFacts
{
    private readonly RuleSetDefinition? definition;
    private readonly Given[] given;
    private Facts? facts;

    private GivenFacts(RuleSetDefinition? definition, Given[] given, Facts? facts)
    {
        this.definition = definition;
        this.given = given;
        this.facts = facts;
    }

    public static GivenFacts None { get; } = new(null, [], Facts.None);

    /// <summary>How many facts are given.</summary>
    public int Count => given.Length;

    /// <summary>The facts by name, as <see cref="IClassifier.Classify"/> takes them; built on first use.</summary>
    // Two threads asking at once build equal values; either may be kept.
    public Facts Facts => facts ??= Built();

    /// <summary>Empties <paramref name="slots"/> and sets each given fact into its slot.</summary>
    public void Into(FactSlots slots)
    {
        slots.Clear();
        foreach (var (fact, kind, quantity, other) in given)
        {
            switch (kind)
            {
                case FactKind.Quantity:
                    slots.Set(fact, quantity);
                    break;
                case FactKind.YesNo:
                    slots.Set(fact, (bool)other!);
                    break;
                case FactKind.Date:
                    slots.Set(fact, (DateOnly)other!);
                    break;
                default:
                    slots.Set(fact, (IReadOnlySet<string>)other!);
                    break;
            }
        }
    }

    private Facts Built()
    {
        var built = Facts.None;
        foreach (var (fact, kind, quantity, other) in given)
        {
            var name = definition!.Facts[fact].Name;
            built = kind switch
            {
                FactKind.Quantity => built.With(name, quantity),
                FactKind.YesNo => built.With(name, (bool)other!),
                FactKind.Date => built.With(name, (DateOnly)other!),
                _ => built.With(name, (IReadOnlySet<string>)other!),
            };
        }

        return built;
    }

    /// <summary>Gathers a case's facts as a reader reads them; one builder serves one reader, case after case.</summary>
    internal sealed class Builder(RuleSetDefinition definition)
    {
        private static readonly object Yes = true, No = false;

        // An array grown by hand rather than a List<Given>: a list's code over a struct of ours is compiled at run time
        // in every process, an array's is not.
        private Given[] given = new Given[8];
        private int count;

        public void Clear() => count = 0;

        public void Add(int fact, Quantity value) => Add(new Given(fact, FactKind.Quantity, value, null));

        public void Add(int fact, bool value) => Add(new Given(fact, FactKind.YesNo, default, value ? Yes : No));

        public void Add(int fact, DateOnly value) => Add(new Given(fact, FactKind.Date, default, value));

        public void Add(int fact, IEnumerable<string> values) =>
            Add(new Given(fact, FactKind.Set, default, values.ToImmutableSortedSet(StringComparer.Ordinal)));

        public GivenFacts Build()
        {
            if (count == 0)
            {
                return None;
            }

            var facts = new Given[count];
            Array.Copy(given, facts, count);
            return new(definition, facts, null);
        }

        private void Add(Given fact)
        {
            if (count == given.Length)
            {
                var larger = new Given[2 * count];
                Array.Copy(given, larger, count);
                given = larger;
            }

            given[count++] = fact;
        }
    }

    /// <summary>One fact given: a quantity held as it is, any other value boxed (a set as an immutable sorted set).</summary>
    private readonly record struct Given(int Fact, FactKind Kind, Quantity Quantity, object? Other);
}
