namespace RulesDsl.Runtime;

/// <summary>A provision a fact, parameter or rule encodes: its stable id, the citation as the rules file writes it, the sentence if one is named.</summary>
public sealed record Citation(string Provision, string Written, int? Sentence = null)
{
    public override string ToString() => Written;
}

/// <summary>What a declaration is called in one language, as the rules file labels it.</summary>
public sealed record Label(string Language, string Text);

/// <summary>Names as readers read them: a declaration's label in their language, else in the rules' own, else its name in words.</summary>
public static class Labels
{
    /// <param name="labels">The declaration's labels, one per language; null or empty when it has none.</param>
    /// <param name="name">The name in the rules file, shown in words when no label fits.</param>
    /// <param name="reader">The reader's language.</param>
    /// <param name="own">The rules file's language, whose label stands in for a language without one.</param>
    public static string For(IReadOnlyList<Label>? labels, string name, string reader, string own) =>
        In(labels, reader) ?? In(labels, own) ?? Humanize(name);

    /// <summary>The label in exactly this language, or null.</summary>
    public static string? In(IReadOnlyList<Label>? labels, string language)
    {
        if (labels is null)
        {
            return null;
        }

        foreach (var label in labels)
        {
            if (label.Language == language)
            {
                return label.Text;
            }
        }

        return null;
    }

    /// <summary>A name of the rules file in words: <c>training_compute</c> → "training compute".</summary>
    public static string Humanize(string name) => name.Replace('_', ' ');
}

public enum FactKind
{
    Quantity,
    YesNo,
    Date,
    Set,
}

/// <summary>What a value of an enumeration is called in one language, as the rules file labels it.</summary>
public sealed record ValueLabel(string Value, string Language, string Text);

/// <summary>A fact the classifier takes: its name (the JSON key), kind, unit or values, and citations.</summary>
/// <param name="ValueLabels">For a set fact, what its enumeration's values are called per language; null when they have no labels.</param>
public sealed record FactDefinition(
    string Name,
    FactKind Kind,
    string? Unit,
    IReadOnlyList<string> Values,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<Label>? Labels = null,
    IReadOnlyList<ValueLabel>? ValueLabels = null);

/// <summary>
/// One dated value of a parameter: it applies from <see cref="From"/> until the next value's date, or to the end of
/// <see cref="Until"/> when the law limits it. A date or period parameter holds its value in <see cref="Date"/> or
/// <see cref="Period"/>, and <see cref="Value"/> is unused.
/// </summary>
public sealed record ParameterValue(Quantity Value, DateOnly From)
{
    /// <summary>The last day the value applies on, if the law sets one.</summary>
    public DateOnly? Until { get; init; }

    public DateOnly? Date { get; init; }

    public Period? Period { get; init; }
}

public sealed record ParameterDefinition(string Name, string Unit, IReadOnlyList<ParameterValue> Values, IReadOnlyList<Citation> Citations, IReadOnlyList<Label>? Labels = null)
{
    /// <summary>The value in force on a date, or null when the law sets none yet.</summary>
    public ParameterValue? InForce(DateOnly date)
    {
        // A loop rather than LastOrDefault: it is called on every classification and should allocate nothing.
        for (var index = Values.Count - 1; index >= 0; index--)
        {
            if (Values[index].From <= date)
            {
                return Values[index].Until is { } until && until < date ? null : Values[index];
            }
        }

        return null;
    }
}

/// <summary>How to obtain a quantity fact not given: the law's definition (derive) or an approximation (estimate).</summary>
/// <param name="Formula">What it works out, as the rules write it (<c>6 × parameters × training_tokens</c>), for explanations to show.</param>
public sealed record DerivationDefinition(int Fact, bool IsEstimate, Func<Evaluation, Quantity> From, IReadOnlyList<Citation> Citations, int Line, string? Formula = null);

/// <summary>A yes/no outcome rules decide, and the defined term it means, if any.</summary>
public sealed record ConclusionDefinition(string Name, string? Term, IReadOnlyList<Citation> Citations, IReadOnlyList<Label>? Labels = null);

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
    int Line,
    IReadOnlyList<Label>? Labels = null);

/// <summary>Everything a classifier knows of its rules: what generated code describes, and what the runtime evaluates.</summary>
/// <param name="Language">The language the rules cite in: their sentence numbers count in that language's text.</param>
/// <param name="AppliesFrom">The day the law applies from, and the provisions that set it; null when the rules do not say.</param>
/// <param name="Scope">The conclusion that is the precondition of the verdict's scope (a general-purpose AI model), or -1.</param>
/// <param name="TitleLabels">The title in other words per language.</param>
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
    int Scope = -1,
    IReadOnlyList<Label>? TitleLabels = null)
{
    /// <summary>The title for a reader of this language.</summary>
    public string TitleIn(string language) => Labels.In(TitleLabels, language) ?? Labels.In(TitleLabels, Language) ?? Title;

    /// <summary>What a fact, parameter, conclusion or rule of this rule set is called for a reader of this language.</summary>
    public string LabelOf(string name, string language)
    {
        var labels = Facts.FirstOrDefault(f => f.Name == name)?.Labels
            ?? Parameters.FirstOrDefault(p => p.Name == name)?.Labels
            ?? Conclusions.FirstOrDefault(c => c.Name == name)?.Labels
            ?? Rules.FirstOrDefault(r => r.Name == name)?.Labels;
        return Labels.For(labels, name, language, Language);
    }

    /// <summary>
    /// What a value of an enumeration is called for a reader of this language: as <see cref="LabelOf"/> reads a
    /// declaration, its label in that language, else in the rules' own, else the value in words.
    /// </summary>
    public string ValueLabelOf(string value, string language)
    {
        var labels = Facts.SelectMany(fact => fact.ValueLabels ?? []).Where(label => label.Value == value)
            .Select(label => new Label(label.Language, label.Text)).ToList();
        return Labels.For(labels, value, language, Language);
    }

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
