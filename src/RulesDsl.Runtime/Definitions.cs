namespace RulesDsl.Runtime;

/// <summary>A provision a fact, parameter or rule encodes: its stable id, the citation as the rules file writes it, the sentence if one is named.</summary>
public sealed record Citation(string Provision, string Written, int? Sentence = null)
{
    public override string ToString() => Written;
}

public enum FactKind
{
    Quantity,
    YesNo,
    Date,
    Set,
}

/// <summary>A fact the classifier takes: its name (the JSON key), kind, unit or values, and citations.</summary>
public sealed record FactDefinition(string Name, FactKind Kind, string? Unit, IReadOnlyList<string> Values, IReadOnlyList<Citation> Citations);

/// <summary>One dated value of a parameter: it applies from <see cref="From"/> until the next value's date.</summary>
public sealed record ParameterValue(double Value, DateOnly From);

public sealed record ParameterDefinition(string Name, string Unit, IReadOnlyList<ParameterValue> Values, IReadOnlyList<Citation> Citations)
{
    /// <summary>The value in force on a date, or null when the law sets none yet.</summary>
    public ParameterValue? InForce(DateOnly date)
    {
        // A loop rather than LastOrDefault: it is called on every classification and should allocate nothing.
        for (var index = Values.Count - 1; index >= 0; index--)
        {
            if (Values[index].From <= date)
            {
                return Values[index];
            }
        }

        return null;
    }
}

/// <summary>How to obtain a quantity fact not given: the law's definition (derive) or an approximation (estimate).</summary>
public sealed record DerivationDefinition(int Fact, bool IsEstimate, Func<Evaluation, Quantity> From, IReadOnlyList<Citation> Citations, int Line);

/// <summary>A yes/no outcome rules decide, and the defined term it means, if any.</summary>
public sealed record ConclusionDefinition(string Name, string? Term, IReadOnlyList<Citation> Citations);

public enum RuleKind
{
    Rule,
    Presumption,
}

/// <summary>A rule or rebuttable presumption: when it applies it decides its conclusion, unless its exception is established.</summary>
/// <param name="ExceptionTo">The rule this one takes priority over.</param>
/// <param name="Line">The rule's line in the rules file, for explanations.</param>
public sealed record RuleDefinition(
    string Name,
    RuleKind Kind,
    int Conclusion,
    bool Value,
    Func<Evaluation, Truth> When,
    Func<Evaluation, Truth>? Unless,
    string? ExceptionTo,
    IReadOnlyList<Citation> Citations,
    int Line);

/// <summary>Everything a classifier knows of its rules: what generated code describes, and what the runtime evaluates.</summary>
/// <param name="Language">The language the rules cite in: their sentence numbers count in that language's text.</param>
/// <param name="AppliesFrom">The day the law applies from, and the provisions that set it; null when the rules do not say.</param>
/// <param name="Scope">The conclusion that is the precondition of the verdict's scope (a general-purpose AI model), or -1.</param>
public sealed record RuleSetDefinition(
    string Title,
    string Act,
    string Language,
    string RulesFile,
    IReadOnlyList<FactDefinition> Facts,
    IReadOnlyList<ParameterDefinition> Parameters,
    IReadOnlyList<DerivationDefinition> Derivations,
    IReadOnlyList<ConclusionDefinition> Conclusions,
    IReadOnlyList<RuleDefinition> Rules,
    int Verdict,
    ApplicationDate? AppliesFrom = null,
    int Scope = -1)
{
    public int FactIndex(string name) => IndexOf(Facts.Select(f => f.Name), name);

    public int ConclusionIndex(string name) => IndexOf(Conclusions.Select(c => c.Name), name);

    private static int IndexOf(IEnumerable<string> names, string name)
    {
        var index = 0;
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return index;
            }

            index++;
        }

        return -1;
    }
}
