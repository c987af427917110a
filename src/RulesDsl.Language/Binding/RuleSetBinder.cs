using System.Collections.Immutable;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Diagnostics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Binding;

/// <summary>
/// Binds one file in passes, each needing only what the ones before it bound: names, then enumerations, facts,
/// parameters and conclusions, then derivations, rules, the verdict and examples.
/// </summary>
internal sealed partial class RuleSetBinder
{
    private readonly RulesFile file;
    private readonly DateOnly asOf;
    private readonly DiagnosticSink sink;
    private readonly ExpressionBinder expressions;

    // Enumerations, facts, parameters, conclusions and rules share one namespace; the first declaration of a name is
    // the one bound, a later one is reported and checked but left out of the rule set.
    private readonly Dictionary<string, Declaration> declared = new(StringComparer.Ordinal);
    private readonly HashSet<Declaration> firsts = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<string, EnumerationSymbol> enumerations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactSymbol> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterSymbol> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConclusionSymbol> conclusions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoundRule> rules = new(StringComparer.Ordinal);

    public RuleSetBinder(RulesFile file, DateOnly asOf)
    {
        this.file = file;
        this.asOf = asOf;
        sink = new DiagnosticSink(file);
        expressions = new ExpressionBinder(facts, parameters, conclusions, sink);
    }

    public BindResult Bind()
    {
        DeclareNames();
        ReportMissingCitations();
        BindEnumerations();
        BindFacts();
        BindParameters();
        BindConclusions();
        var derivations = BindDerivations();
        var ruleList = BindRules();
        var verdict = BindVerdict();
        var examples = BindExamples();

        var ruleSet = new BoundRuleSet(
            file,
            [.. FirstsOf<EnumDeclaration>().Select(d => enumerations[d.Name.Text])],
            [.. FirstsOf<FactDeclaration>().Select(d => facts[d.Name.Text]).Select(fact => new BoundFact(fact, FallbacksOf(fact, derivations)))],
            [.. FirstsOf<ParameterDeclaration>().Select(d => parameters[d.Name.Text])],
            [.. FirstsOf<ConclusionDeclaration>().Select(d => conclusions[d.Name.Text])],
            ruleList,
            verdict,
            examples);
        return new BindResult(ruleSet, sink.ToImmutable());
    }

    private IEnumerable<T> DeclarationsOf<T>() where T : Declaration => file.Declarations.OfType<T>();

    private IEnumerable<T> FirstsOf<T>() where T : Declaration => DeclarationsOf<T>().Where(firsts.Contains);

    private void DeclareNames()
    {
        var derivations = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        var examples = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        foreach (var declaration in file.Declarations)
        {
            switch (declaration)
            {
                case DerivationDeclaration derivation:
                    Declare(derivations, $"{(derivation.IsEstimate ? "estimate" : "derive")} {derivation.Name.Text}", derivation);
                    break;
                case ExampleDeclaration example:
                    Declare(examples, example.Name.Text, example);
                    break;
                case VerdictDeclaration:
                    break;
                default:
                    Declare(declared, declaration.Name.Text, declaration);
                    break;
            }
        }
    }

    private void Declare(Dictionary<string, Declaration> table, string key, Declaration declaration)
    {
        if (table.TryAdd(key, declaration))
        {
            firsts.Add(declaration);
        }
        else
        {
            ReportDuplicate(declaration.Name, key, table[key].Name);
        }
    }

    private void ReportDuplicate(Name name, string key, Name first) =>
        sink.Report(name.Span, (at, length) => LanguageDiagnostics.DuplicateName(at, length, key, sink.At(first.Span)));

    private void ReportMissingCitations()
    {
        foreach (var declaration in file.Declarations.Where(d => d is not ExampleDeclaration && d.Cites.IsEmpty))
        {
            var kind = DeclarationKinds.Of(declaration);
            sink.Report(declaration.Name.Span, (at, length) => LanguageDiagnostics.MissingCitation(at, length, kind, declaration.Name.Text));
        }
    }

    private void BindEnumerations()
    {
        foreach (var enumeration in DeclarationsOf<EnumDeclaration>())
        {
            var values = new Dictionary<string, Name>(StringComparer.Ordinal);
            foreach (var value in enumeration.Values.Where(value => !values.TryAdd(value.Text, value)))
            {
                ReportDuplicate(value, value.Text, values[value.Text]);
            }

            if (firsts.Contains(enumeration))
            {
                enumerations[enumeration.Name.Text] = new EnumerationSymbol(
                    enumeration.Name.Text, [.. enumeration.Values.Select(value => value.Text).Distinct(StringComparer.Ordinal)], enumeration);
            }
        }
    }

    private void BindFacts()
    {
        foreach (var fact in DeclarationsOf<FactDeclaration>())
        {
            var type = ResolveType(fact.Type);
            if (firsts.Contains(fact))
            {
                facts[fact.Name.Text] = new FactSymbol(fact.Name.Text, type, fact);
            }
        }
    }

    private void BindParameters()
    {
        foreach (var parameter in DeclarationsOf<ParameterDeclaration>())
        {
            var type = ResolveType(parameter.Type);
            var values = new List<BoundParameterValue>();
            for (var i = 0; i < parameter.Values.Length; i++)
            {
                var value = parameter.Values[i];
                if (i > 0 && value.From <= parameter.Values[i - 1].From)
                {
                    sink.Report(value.Span, (at, length) => LanguageDiagnostics.ParameterDates(at, length, parameter.Name.Text));
                }

                if (expressions.BindValue(value.Value, type, parameter.Name.Text) is { } literal)
                {
                    values.Add(new BoundParameterValue(literal, value.From));
                }
            }

            // Before the law applies a verdict is 'not applicable' and reads no parameter, so none needs a value then.
            var applies = AppliesFrom();
            if ((applies is null || asOf >= applies) && !parameter.Values.Any(value => value.From <= asOf))
            {
                sink.Report(parameter.Name.Span, (at, length) => LanguageDiagnostics.NoValueInForce(at, length, parameter.Name.Text, asOf));
            }
            else if (applies is { } from && parameter.Values.Length > 0 && parameter.Values.Min(value => value.From) is var first && first > from)
            {
                sink.Report(parameter.Name.Span, (at, length) => LanguageDiagnostics.NoValueWhenApplicable(at, length, parameter.Name.Text, from, first));
            }

            if (firsts.Contains(parameter))
            {
                parameters[parameter.Name.Text] = new ParameterSymbol(parameter.Name.Text, type, [.. values.OrderBy(v => v.From)], parameter);
            }
        }
    }

    /// <summary>The day the verdict says the law applies from, as first written; null when it does not say.</summary>
    private DateOnly? AppliesFrom() =>
        DeclarationsOf<VerdictDeclaration>().FirstOrDefault()?.AppliesFrom.FirstOrDefault()?.From.Value;

    private void BindConclusions()
    {
        foreach (var conclusion in FirstsOf<ConclusionDeclaration>())
        {
            conclusions[conclusion.Name.Text] = new ConclusionSymbol(conclusion.Name.Text, conclusion.Means, conclusion);
        }
    }

    private BoundType ResolveType(TypeSyntax type)
    {
        switch (type.Kind)
        {
            case TypeKind.Date:
                return BoundType.Date;
            case TypeKind.YesNo:
                return BoundType.YesNo;
            case TypeKind.SetOf:
                // Without an enumeration name the parser has reported the type already.
                return type.Enumeration is { } name && LookUp(enumerations, name, "enumeration") is { } enumeration
                    ? new SetType(enumeration)
                    : BoundType.Error;
            default:
                return TypeResolver.QuantityUnitOf(type.Kind) is { } unit ? new QuantityType(unit) : BoundType.Error;
        }
    }

    /// <returns>The symbol of that name, or null after reporting that there is none, with the closest name.</returns>
    private T? LookUp<T>(IReadOnlyDictionary<string, T> symbols, Name name, string kind) where T : class
    {
        if (symbols.TryGetValue(name.Text, out var symbol))
        {
            return symbol;
        }

        ReportUnknown(name, kind, symbols.Keys);
        return null;
    }

    private void ReportUnknown(Name name, string kind, IEnumerable<string> candidates)
    {
        var suggestion = NameSuggestion.Closest(name.Text, candidates);
        sink.Report(name.Span, (at, length) => LanguageDiagnostics.UnknownName(at, length, name.Text, kind, suggestion));
    }

    private ImmutableArray<BoundDerivation> BindDerivations()
    {
        var bound = new List<BoundDerivation>();
        foreach (var derivation in DeclarationsOf<DerivationDeclaration>())
        {
            var fact = DerivationTarget(derivation.Name);
            var from = expressions.Bind(derivation.From);
            if (fact is null)
            {
                continue;
            }

            if (from.Type is not ErrorType && from.Type != fact.Type)
            {
                var hint = from.Type is QuantityType { Unit.IsProduct: true } ? $"; write '(…) as {fact.Type}' to read the product as {fact.Type}" : "";
                sink.Report(derivation.From.Span, (at, length) =>
                    LanguageDiagnostics.TypeMismatch(at, length, $"'{fact.Name}' is {fact.Type}, but this is {from.Type}{hint}"));
            }

            if (firsts.Contains(derivation))
            {
                bound.Add(new BoundDerivation(fact, derivation.IsEstimate, from, derivation));
            }
        }

        foreach (var (first, cycle) in DependencyCycles.Find([.. bound.SelectMany(Dependencies)]))
        {
            sink.Report(first.Site, (at, length) => LanguageDiagnostics.DerivationCycle(at, length, cycle));
        }

        return [.. bound];

        static IEnumerable<Dependency> Dependencies(BoundDerivation derivation) =>
            derivation.From.SelfAndDescendants()
                .OfType<BoundFactReference>()
                .Select(reference => new Dependency(derivation.Fact.Name, reference.Fact.Name, derivation.Syntax.Name.Span));
    }

    /// <returns>The quantity fact a derivation or estimate gives a value for; null (reported) if it names none.</returns>
    private FactSymbol? DerivationTarget(Name name)
    {
        if (facts.TryGetValue(name.Text, out var fact) && fact.Type is QuantityType or ErrorType)
        {
            return fact.Type is ErrorType ? null : fact;
        }

        if (declared.ContainsKey(name.Text))
        {
            sink.Report(name.Span, (at, length) => LanguageDiagnostics.DerivationTarget(at, length, name.Text));
        }
        else
        {
            ReportUnknown(name, "fact", facts.Values.Where(f => f.Type is QuantityType).Select(f => f.Name));
        }

        return null;
    }

    private static ImmutableArray<BoundDerivation> FallbacksOf(FactSymbol fact, ImmutableArray<BoundDerivation> derivations) =>
        [.. derivations.Where(d => d.Fact == fact).OrderBy(d => d.IsEstimate)];
}
