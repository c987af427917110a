using System.Collections.Immutable;
using RulesDsl.Corpus.Text;
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
    private readonly ImmutableArray<ImportedRules> imports;

    // The names of declarations that did not parse: using one is no second error.
    private readonly HashSet<string> unparsed;

    // Enumerations, facts, parameters, conclusions and rules share one namespace; the first declaration of a name is
    // the one bound, a later one is reported and checked but left out of the rule set.
    private readonly Dictionary<string, Declaration> declared = new(StringComparer.Ordinal);
    private readonly HashSet<Declaration> firsts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, Declaration> derivationNames = new(StringComparer.Ordinal);

    // Where each declaration taken from an import is written, for the messages that name it.
    private readonly Dictionary<Declaration, SourcePosition> importedAt = new(ReferenceEqualityComparer.Instance);
    private readonly List<ImportedRules> distinctImports = [];

    private readonly Dictionary<string, EnumerationSymbol> enumerations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactSymbol> facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParameterSymbol> parameters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConclusionSymbol> conclusions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BoundRule> rules = new(StringComparer.Ordinal);

    public RuleSetBinder(RulesFile file, DateOnly asOf, ImmutableArray<ImportedRules> imports)
    {
        this.file = file;
        this.asOf = asOf;
        this.imports = imports;
        sink = new DiagnosticSink(file);
        unparsed = file.Unparsed.Select(d => d.Name?.Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
        expressions = new ExpressionBinder(facts, parameters, conclusions, unparsed, sink);
    }

    public BindResult Bind()
    {
        DeclareImports();
        DeclareNames();
        ReportMissingCitations();
        LabelChecks.Report(file, sink);
        BindEnumerations();
        BindFacts();
        BindParameters();
        BindConclusions();
        var derivations = BindDerivations();
        var ruleList = BindRules();
        var verdict = BindVerdict();
        var examples = BindExamples();

        // What the imports hold comes first, in the order imported, then the file's own declarations.
        var importedSets = distinctImports.Select(import => import.RuleSet).ToList();
        var importedFacts = importedSets.SelectMany(set => set.Facts).Distinct()
            .Select(fact => fact with { Fallbacks = [.. fact.Fallbacks.Concat(derivations.Where(d => d.Fact == fact.Symbol)).OrderBy(d => d.IsEstimate)] });
        var ruleSet = new BoundRuleSet(
            file,
            [.. importedSets.SelectMany(set => set.Enumerations).Distinct(), .. FirstsOf<EnumDeclaration>().Select(d => enumerations[d.Name.Text])],
            [.. importedFacts, .. FirstsOf<FactDeclaration>().Select(d => facts[d.Name.Text]).Select(fact => new BoundFact(fact, FallbacksOf(fact, derivations)))],
            [.. importedSets.SelectMany(set => set.Parameters).Distinct(), .. FirstsOf<ParameterDeclaration>().Select(d => parameters[d.Name.Text])],
            [.. importedSets.SelectMany(set => set.Conclusions).Distinct(), .. FirstsOf<ConclusionDeclaration>().Select(d => conclusions[d.Name.Text])],
            [.. importedSets.SelectMany(set => set.Rules).Distinct(), .. ruleList],
            verdict,
            examples)
        {
            Imported = [.. importedSets.SelectMany(set => set.Imported.Append(set.Syntax)).Distinct()],
        };
        return new BindResult(ruleSet, sink.ToImmutable());
    }

    /// <summary>
    /// Takes the declarations of every imported rule set as if the file made them. A file imported twice (directly and
    /// through another) is taken once; the same name declared in two files is an error at the import that brings the
    /// second.
    /// </summary>
    private void DeclareImports()
    {
        foreach (var import in imports)
        {
            var set = import.RuleSet;
            if (distinctImports.Any(other => other.RuleSet.Syntax.Path == set.Syntax.Path))
            {
                continue;
            }

            distinctImports.Add(import);
            foreach (var enumeration in set.Enumerations.Where(e => Import(import, e.Syntax)))
            {
                enumerations[enumeration.Name] = enumeration;
            }

            foreach (var fact in set.Facts.Where(f => Import(import, f.Symbol.Syntax)))
            {
                facts[fact.Symbol.Name] = fact.Symbol;
            }

            foreach (var parameter in set.Parameters.Where(p => Import(import, p.Syntax)))
            {
                parameters[parameter.Name] = parameter;
            }

            foreach (var conclusion in set.Conclusions.Where(c => Import(import, c.Syntax)))
            {
                conclusions[conclusion.Name] = conclusion;
            }

            foreach (var rule in set.Rules.Where(r => Import(import, r.Syntax)))
            {
                rules[rule.Name] = rule;
            }

            foreach (var derivation in set.Facts.SelectMany(f => f.Fallbacks))
            {
                Import(import, derivation.Syntax, derivationNames, DerivationKey(derivation.Syntax));
            }
        }
    }

    /// <returns>Whether the declaration is new to the rule set: not taken already through another import, its name not taken.</returns>
    private bool Import(ImportedRules import, Declaration declaration) => Import(import, declaration, declared, declaration.Name.Text);

    private bool Import(ImportedRules import, Declaration declaration, Dictionary<string, Declaration> table, string key)
    {
        if (table.TryGetValue(key, out var existing))
        {
            if (!ReferenceEquals(existing, declaration))
            {
                var other = PositionOf(existing);
                sink.Report(import.Site.File.Span, (at, length) => LanguageDiagnostics.DeclaredInImport(at, length, key, other));
            }

            return false;
        }

        var written = import.RuleSet.FileOf(declaration);
        table[key] = declaration;
        importedAt[declaration] = new SourceText(written.Path, written.Text).PositionOf(declaration.Name.Span.Start);
        return true;
    }

    private SourcePosition PositionOf(Declaration declaration) =>
        importedAt.TryGetValue(declaration, out var imported) ? imported : sink.At(declaration.Name.Span);

    private bool IsOwn(Declaration declaration) => !importedAt.ContainsKey(declaration);

    private static string DerivationKey(DerivationDeclaration derivation) =>
        $"{(derivation.IsEstimate ? "estimate" : "derive")} {derivation.Name.Text}";

    private IEnumerable<T> DeclarationsOf<T>() where T : Declaration => file.Declarations.OfType<T>();

    private IEnumerable<T> FirstsOf<T>() where T : Declaration => DeclarationsOf<T>().Where(firsts.Contains);

    private void DeclareNames()
    {
        var examples = new Dictionary<string, Declaration>(StringComparer.Ordinal);
        foreach (var declaration in file.Declarations)
        {
            switch (declaration)
            {
                case DerivationDeclaration derivation:
                    Declare(derivationNames, DerivationKey(derivation), derivation);
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
        else if (!IsOwn(table[key]))
        {
            var other = PositionOf(table[key]);
            sink.Report(declaration.Name.Span, (at, length) => LanguageDiagnostics.DeclaredInImport(at, length, key, other));
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
            if (type is DurationType)
            {
                // The law sets periods; a case gives the days things happened on, and the rules count from them.
                sink.Report(fact.Type.Span, (at, length) => LanguageDiagnostics.DurationFact(at, length, fact.Name.Text));
                type = BoundType.Error;
            }

            if (firsts.Contains(fact))
            {
                facts[fact.Name.Text] = new FactSymbol(fact.Name.Text, type, fact);
            }
        }
    }

    private void BindParameters()
    {
        var applies = AppliesFrom();
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

                if (value.Until is { } until && until < value.From)
                {
                    sink.Report(value.Span, (at, length) => LanguageDiagnostics.UntilBeforeFrom(at, length, parameter.Name.Text, value.From, until));
                }

                if (expressions.BindValue(value.Value, type, parameter.Name.Text) is { } literal)
                {
                    values.Add(new BoundParameterValue(literal, value.From) { Until = value.Until });
                }
            }

            // A file of shared declarations has no verdict: the files importing it say from when the law applies, and
            // each checks the parameters it imports so (Checking/ImportedParameters).
            if (!file.Header.IsDeclarations && ValuesInForce.Missing(parameter, asOf, applies) is { } missing)
            {
                sink.Report(parameter.Name.Span, missing);
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
            case TypeKind.Duration:
                return BoundType.Duration;
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
        if (unparsed.Contains(name.Text))
        {
            return;
        }

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
