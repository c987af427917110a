using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Compiler.Diagnostics;
using RulesDsl.Corpus.Text;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Syntax;
using RulesDsl.Linking.Model;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;
using Diagnostic = RulesDsl.Diagnostics.Diagnostic;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// What a classifier will be, known before any C# is written: its names, the manifest of what it is built from and the
/// diagnostics that stop a build. Enough to find it in the cache, so that a hit costs no code generation.
/// </summary>
/// <param name="SourcePath">The generated file's name, as its pdb and messages name it (<c>gpai-systemic-risk.g.cs</c>).</param>
public sealed record ClassifierPlan(
    string AssemblyName,
    string TypeName,
    string SourcePath,
    ClassifierManifest Manifest,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// The C# of one classifier: a class deriving from the runtime's <c>Classifier</c> that describes the rule set, in
/// namespace <see cref="ClassifierGenerator.Namespace"/>; its assembly's name; and the manifest the assembly embeds.
/// </summary>
/// <param name="SourcePath">The generated file's name, as its pdb and messages name it (<c>gpai-systemic-risk.g.cs</c>).</param>
public sealed record GeneratedClassifier(
    string AssemblyName,
    string TypeName,
    string SourcePath,
    string Source,
    ClassifierManifest Manifest,
    ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// Generates C# from a checked rules file. The generated class describes the rules: facts, parameters with their
/// dated values, derivations, conclusions and rules as lambdas over the runtime's three-valued types. The runtime
/// evaluates them, with the trace, the missing facts and the default logic of exceptions written once, in
/// <c>RulesDsl.Runtime</c>. For classifying without trace the class also decides the rules in straight-line code of its
/// own (<see cref="DecideWriter"/>), which gives the verdict the evaluation gives, over <c>R.Facts</c> and over typed facts
/// of its own, a slot per fact (<see cref="TypedFactsWriter"/>). Each lambda and each condition of
/// that code is preceded by a <c>#line</c> directive naming its line in the rules file.
/// </summary>
public static class ClassifierGenerator
{
    public const string Namespace = "RulesDsl.Generated";

    public static string ToolVersion { get; } =
        typeof(ClassifierGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static GeneratedClassifier Generate(CheckedRules rules, LinkGraph graph) => Generate(Plan(rules, graph), rules);

    /// <summary>The names, manifest and diagnostics of the classifier of <paramref name="rules"/>, without its C#.</summary>
    public static ClassifierPlan Plan(CheckedRules rules, LinkGraph graph)
    {
        var stem = Stem(rules.Syntax.Path);
        var diagnostics = rules.Diagnostics.ToList();
        if (!rules.HasErrors)
        {
            diagnostics.AddRange(Check(rules));
        }

        return new ClassifierPlan(stem, TypeName(stem), stem + ".g.cs", ClassifierManifest.Of(rules, graph, ToolVersion), [.. diagnostics]);
    }

    /// <summary>The C# of a plan made from <paramref name="rules"/> (none when the plan has errors).</summary>
    public static GeneratedClassifier Generate(ClassifierPlan plan, CheckedRules rules) => Generate(plan, rules, LineLayout.Window, null);

    /// <summary>The C# of a plan, its long lists normalized <paramref name="window"/> items at a time, each tree given
    /// to NormalizeWhitespace shown to <paramref name="normalizing"/>: for tests of the layout's work.</summary>
    internal static GeneratedClassifier Generate(ClassifierPlan plan, CheckedRules rules, int window, Action<Microsoft.CodeAnalysis.SyntaxNode>? normalizing)
    {
        var text = plan.HasErrors ? "" : new Writer(rules, plan.TypeName, window, normalizing).Write();
        return new GeneratedClassifier(plan.AssemblyName, plan.TypeName, plan.SourcePath, text, plan.Manifest, plan.Diagnostics);
    }

    /// <summary>The file name without folder and extension, made safe for a file and an assembly name.</summary>
    public static string Stem(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path.Replace('\\', '/').Split('/')[^1]);
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]).Trim('.');
        return safe.Length == 0 ? "rules" : safe;
    }

    /// <summary>The class name: the stem in PascalCase (<c>gpai-systemic-risk</c> → <c>GpaiSystemicRisk</c>).</summary>
    public static string TypeName(string stem)
    {
        var name = string.Concat(stem.Split(['-', '_', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        return name.Length > 0 && SyntaxFacts.IsValidIdentifier(name) && !char.IsAsciiDigit(name[0]) && !Taken.Contains(name) ? name : "RuleSet" + name;
    }

    // Names the generated class cannot take: the runtime's alias and the members it declares or inherits.
    private static readonly HashSet<string> Taken = new(StringComparer.Ordinal)
    {
        "R", "Describe", "Decide", "Classify", "Conclude", "Definition", TypedFactsWriter.StructName, "DecideTyped", "Read", "ToFacts",
        "NewSlots", "ToVerdict", "SetQuantity", "SetYesNo", "SetDate", "SetSet", "Set", "Plan",
    };

    /// <summary>What the checker does not look at because only code generation needs it.</summary>
    private static IEnumerable<Diagnostic> Check(CheckedRules rules)
    {
        var sources = new DeclarationSources(rules.RuleSet);
        var source = sources.Rules;
        if (rules.Syntax.Header.IsDeclarations)
        {
            // Made to be imported, it returns no verdict: there is no classifier to write.
            yield return CompilerDiagnostics.DeclarationsBuildNothing(source.PositionOf(rules.Syntax.Header.Span.Start), rules.Syntax.Path);
            yield break;
        }

        var set = rules.RuleSet;
        // Every file's path goes into #line directives, which take no escapes: a quote would end the path and any C# line
        // terminator (\r, \n, U+0085, U+2028, U+2029) would start a directive of the rest; format characters would hide.
        foreach (var file in set.Imported.Append(rules.Syntax).Where(f => f.Path.Any(c => c == '"' || Code.Invisible(c))))
        {
            yield return CompilerDiagnostics.UnusableRulesPath(source.Start, file.Path);
        }

        foreach (var parameter in set.Parameters.Where(p => p.Type is not (QuantityType or DateType or DurationType)))
        {
            var name = parameter.Syntax.Name;
            yield return CompilerDiagnostics.ParameterNotQuantity(sources.Of(parameter.Syntax).PositionOf(name.Span.Start), name.Span.Length, parameter.Name, parameter.Type.ToString());
        }

        var expressions = set.Rules.SelectMany(r => (r.Unless is null ? [r.When] : new[] { r.When, r.Unless }).Select(e => ((Declaration)r.Syntax, e)))
            .Concat(set.Facts.SelectMany(f => f.Fallbacks).Select(d => ((Declaration)d.Syntax, d.From)))
            .Concat(set.Parameters.SelectMany(p => p.Values.Select(v => ((Declaration)p.Syntax, (BoundExpression)v.Value))))
            .Concat(set.Examples.SelectMany(x => x.Givens.Select(g => ((Declaration)x.Syntax, (BoundExpression)g.Value))));
        foreach (var (declaration, expression) in expressions)
        {
            var written = sources.Of(declaration);
            foreach (var number in expression.SelfAndDescendants().OfType<BoundNumber>().Where(n => ExpressionEmitter.Value(n) is null))
            {
                yield return CompilerDiagnostics.NumberOutOfRange(written.PositionOf(number.Span.Start), number.Span.Length,
                    written.Text.Substring(number.Span.Start, number.Span.Length));
            }
        }
    }

    /// <summary>
    /// Builds the class as Roslyn syntax, one declaration of the rule set per line, in file order. Each lambda is preceded
    /// by <c>#line N "rules path"</c> and followed by <c>#line hidden</c>, so only the rules' own expressions map to them.
    /// </summary>
    private sealed class Writer(CheckedRules rules, string typeName, int window, Action<Microsoft.CodeAnalysis.SyntaxNode>? normalizing)
    {
        private readonly BoundRuleSet set = rules.RuleSet;
        private readonly ExpressionEmitter emitter = new(rules.RuleSet);
        private readonly DeclarationSources sources = new(rules.RuleSet);

        // The file each mapped expression is written in, when it is not the rules file itself but one it imports.
        private Dictionary<BoundExpression, SourceText>? importedSources;

        public string Write()
        {
            ExpressionSyntax[] arguments =
            [
                Code.String(set.Syntax.Header.Title),
                Code.String(rules.Corpus.Act),
                Code.String(rules.Corpus.Language),
                Code.String(rules.Syntax.Path),
                List("FactDefinition", set.Facts.Select(Fact)),
                List("ParameterDefinition", set.Parameters.Select(Parameter)),
                List("DerivationDefinition", set.Facts.SelectMany(f => f.Fallbacks).Select(Derivation)),
                List("ConclusionDefinition", set.Conclusions.Select(Conclusion)),
                List("RuleDefinition", set.Rules.Select(Rule)),
                Code.Int(emitter.ConclusionIndex(set.Verdict!.Conclusion)),
                set.Verdict.AppliesFrom is { } applies
                    ? Code.New(Code.Runtime("ApplicationDate"), Code.Date(applies.From.Value), Code.Array(Code.Runtime("Citation"), applies.Citing.Select(Citation)))
                    : Code.Null,
                Code.Int(set.Verdict.Scope is { } scope ? emitter.ConclusionIndex(scope) : -1),
                .. Labels(set.Syntax.Header.TitleLabels),
            ];
            var describe = MethodDeclaration(Code.Runtime("RuleSetDefinition"), "Describe")
                .WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword)))
                .WithExpressionBody(ArrowExpressionClause(Code.New(Code.Runtime("RuleSetDefinition"), arguments.Select(a => OnLine(a, 3)))))
                .WithSemicolonToken(Token(SyntaxKind.SemicolonToken));
            var decider = new DecideWriter(set, emitter, LineMap);
            var typed = new TypedFactsWriter(set, typeName).Write(decider);
            var type = ClassDeclaration(typeName)
                .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword), Token(SyntaxKind.SealedKeyword)))
                .WithBaseList(BaseList(SingletonSeparatedList<BaseTypeSyntax>(SimpleBaseType(typed?.Base ?? Code.Runtime("Classifier")))))
                .WithMembers(SyntaxFactory.List<MemberDeclarationSyntax>([describe, decider.Write(), .. typed?.Members ?? []]));
            var header = TriviaList(
                Comment("// <auto-generated>"),
                Comment("// Generated by rulesdsl from a rules file: edit the rules and rebuild, never this file."),
                Comment("// </auto-generated>"),
                Trivia(NullableDirectiveTrivia(Token(SyntaxKind.EnableKeyword), true)));
            var unit = CompilationUnit().WithMembers(SingletonList<MemberDeclarationSyntax>(
                NamespaceDeclaration(ParseName(Namespace))
                    .WithUsings(SingletonList(Code.RuntimeAlias))
                    .WithMembers(SingletonList<MemberDeclarationSyntax>(type))
                    .WithLeadingTrivia(header)));
            return LineLayout.Write(unit, window, normalizing);
        }

        private static T OnLine<T>(T node, int depth)
            where T : Microsoft.CodeAnalysis.SyntaxNode => node.WithAdditionalAnnotations(LineAt(depth));

        private static SyntaxAnnotation LineAt(int depth) => new(LineLayout.LineStart, depth.ToString(CultureInfo.InvariantCulture));

        /// <summary>One of the rule set's lists, its braces and each item on lines of their own.</summary>
        private static ArrayCreationExpressionSyntax List(string type, IEnumerable<ExpressionSyntax> items)
        {
            var array = Code.Array(Code.Runtime(type), items.Select(i => OnLine(i, 4)));
            return array.Initializer is { } braces
                ? array.WithInitializer(braces
                    .WithOpenBraceToken(braces.OpenBraceToken.WithAdditionalAnnotations(LineAt(3)))
                    .WithCloseBraceToken(braces.CloseBraceToken.WithAdditionalAnnotations(LineAt(3))))
                : array;
        }

        private ObjectCreationExpressionSyntax Fact(BoundFact fact)
        {
            var symbol = fact.Symbol;
            (string Kind, ExpressionSyntax Unit, IEnumerable<string> Values) type = symbol.Type switch
            {
                QuantityType q => ("Quantity", Code.String(q.Unit.ToString()), []),
                YesNoType => ("YesNo", Code.Null, []),
                DateType => ("Date", Code.Null, []),
                SetType s => ("Set", Code.Null, s.Enumeration.Values),
                _ => throw new InvalidOperationException("a fact of no type reaches the generator only with errors"),
            };
            // The labels of the values, first per value and language as checked; none written when there are none, so
            // that a file without them generates what it did before they existed.
            var valueLabels = symbol.Type is SetType set
                ? set.Enumeration.Syntax.ValueLabels.DistinctBy(label => (label.Value.Text, label.Label.Language.Text)).ToList()
                : [];
            IEnumerable<ExpressionSyntax> labels = valueLabels.Count == 0
                ? Labels(symbol.Syntax.Labels)
                :
                [
                    Labels(symbol.Syntax.Labels).SingleOrDefault() ?? Code.Null,
                    Code.Array(Code.Runtime("ValueLabel"), valueLabels.Select(label =>
                        Code.New(Code.Runtime("ValueLabel"), Code.String(label.Value.Text), Code.String(label.Label.Language.Text), Code.String(label.Label.Text)))),
                ];
            return Code.New(Code.Runtime("FactDefinition"),
            [
                Code.String(symbol.Name),
                Code.Member(Code.Runtime("FactKind"), type.Kind),
                type.Unit,
                Code.Array(Code.StringType, type.Values.Select(Code.String)),
                Citations(symbol.Syntax),
                .. labels,
            ]);
        }

        private ObjectCreationExpressionSyntax Parameter(ParameterSymbol parameter)
        {
            var values = parameter.Values.Select(v =>
            {
                var until = v.Until is { } last ? Code.Date(last) : Code.Null;
                return v.Value switch
                {
                    BoundDate date => Code.Call(Code.Runtime("ParameterValues"), "Date", Code.Date(date.Value), Code.Date(v.From), until),
                    BoundDuration duration => Code.Call(Code.Runtime("ParameterValues"), "Period", ExpressionEmitter.Period(duration), Code.Date(v.From), until),
                    _ when v.Until is not null => Code.Call(Code.Runtime("ParameterValues"), "Quantity", ExpressionEmitter.Number((BoundNumber)v.Value), Code.Date(v.From), until),
                    _ => (ExpressionSyntax)Code.New(Code.Runtime("ParameterValue"), ExpressionEmitter.Number((BoundNumber)v.Value), Code.Date(v.From)),
                };
            });
            var unit = parameter.Type.ToString();
            return Code.New(Code.Runtime("ParameterDefinition"),
            [
                Code.String(parameter.Name),
                Code.String(unit),
                Code.Array(Code.Runtime("ParameterValue"), values),
                Citations(parameter.Syntax),
                .. Labels(parameter.Syntax.Labels),
            ]);
        }

        private ObjectCreationExpressionSyntax Derivation(BoundDerivation derivation)
        {
            var fact = emitter.FactIndex(derivation.Fact);
            // The arithmetic as written, in the file that writes it (an imported one, maybe): a product read as FLOP is
            // shown without its parentheses and unit.
            var span = derivation.From is BoundConversion conversion ? conversion.Operand.Span : derivation.From.Span;
            var file = sources.Of(derivation.Syntax);
            var written = file.Text.Substring(span.Start, span.Length).Trim();
            if (derivation.From is BoundConversion && written.StartsWith('(') && written.EndsWith(')'))
            {
                written = written[1..^1];
            }

            var formula = string.Join(' ', written.Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
            return Code.New(Code.Runtime("DerivationDefinition"), Mapped(
                Code.Int(fact),
                Code.Bool(derivation.IsEstimate),
                Lambda(derivation.From, "Quantity"),
                Citations(derivation.Syntax),
                Code.Int(file.PositionOf(derivation.Syntax.Span.Start).Line),
                Code.String(formula)));
        }

        private ObjectCreationExpressionSyntax Conclusion(ConclusionSymbol conclusion)
        {
            var term = conclusion.Means is { } means && rules.Corpus.Terms.TryGetValue(means, out var id) ? Code.String(id.Value) : Code.Null;
            return Code.New(Code.Runtime("ConclusionDefinition"), [Code.String(conclusion.Name), term, Citations(conclusion.Syntax), .. Labels(conclusion.Syntax.Labels)]);
        }

        private ObjectCreationExpressionSyntax Rule(BoundRule rule)
        {
            var kind = rule.IsPresumption ? "Presumption" : "Rule";
            return Code.New(Code.Runtime("RuleDefinition"), Mapped([
                Code.String(rule.Name),
                Code.Member(Code.Runtime("RuleKind"), kind),
                Code.Int(emitter.ConclusionIndex(rule.Conclusion)),
                Code.Bool(rule.Value),
                Lambda(rule.When, "Truth"),
                rule.Unless is { } unless ? Lambda(unless, "Truth") : Code.Null,
                rule.ExceptionTo is null ? Code.Null : Code.String(rule.ExceptionTo),
                Citations(rule.Syntax),
                Code.Int(sources.Of(rule.Syntax).PositionOf(rule.Syntax.Span.Start).Line),
                .. Labels(rule.Syntax.Labels),
            ]));
        }

        /// <summary>An expression as a static lambda, mapped by <c>#line</c> to where the rules file writes it.</summary>
        private ParenthesizedLambdaExpressionSyntax Lambda(BoundExpression expression, string returns) =>
            emitter.Lambda(expression, returns, WrittenIn(expression).Text).WithLeadingTrivia(LineMap(expression));

        /// <summary><c>#line N "rules path"</c>: the line of the rules file that writes the expression.</summary>
        private SyntaxTrivia LineMap(BoundExpression expression)
        {
            // The path goes into the directive as written: #line takes no escapes, and RD0203 refused a quote, line terminator or invisible character.
            var written = WrittenIn(expression);
            var file = Literal("\"" + written.Path + "\"", written.Path);
            return Trivia(LineDirectiveTrivia(Literal(written.PositionOf(expression.Span.Start).Line), file, true));
        }

        /// <summary>
        /// A definition's arguments, each lambda and what follows it on a line of its own, the argument after a lambda
        /// behind <c>#line hidden</c> so that it maps to no line of the rules.
        /// </summary>
        private static IEnumerable<ExpressionSyntax> Mapped(params ExpressionSyntax[] arguments) =>
            arguments.Select((argument, i) => i > 0 && arguments[i - 1] is LambdaExpressionSyntax
                ? OnLine(argument.WithLeadingTrivia(argument.GetLeadingTrivia().Insert(0, Trivia(LineDirectiveTrivia(Token(SyntaxKind.HiddenKeyword), true)))), 5)
                : argument is LambdaExpressionSyntax ? OnLine(argument, 5) : argument);

        /// <summary>The labels argument, one label per language (the first, as checked): none when there are none, so
        /// that a file without labels generates what it did before labels existed.</summary>
        private static IEnumerable<ExpressionSyntax> Labels(ImmutableArray<LabelSyntax> labels) =>
            labels.IsEmpty
                ? []
                : [Code.Array(Code.Runtime("Label"), labels.DistinctBy(label => label.Language.Text)
                    .Select(label => Code.New(Code.Runtime("Label"), Code.String(label.Language.Text), Code.String(label.Text))))];

        private ArrayCreationExpressionSyntax Citations(Declaration declaration) =>
            Code.Array(Code.Runtime("Citation"), declaration.Cites.Select(Citation));

        private ObjectCreationExpressionSyntax Citation(CitationSyntax citation)
        {
            var resolved = rules.Corpus.Citations[citation];
            var written = citation.Sentence is { } n ? $"{citation.Text} sentence {n.ToString(CultureInfo.InvariantCulture)}" : citation.Text;
            var sentence = resolved.Sentence is { } s ? Code.Int(s) : Code.Null;
            return Code.New(Code.Runtime("Citation"), Code.String(resolved.Id.Value), Code.String(written), sentence);
        }

        /// <summary>The file a mapped expression is written in: the rules file or one it imports.</summary>
        private SourceText WrittenIn(BoundExpression expression) =>
            (importedSources ??= ImportedSources()).GetValueOrDefault(expression, sources.Rules);

        private Dictionary<BoundExpression, SourceText> ImportedSources()
        {
            var imported = new Dictionary<BoundExpression, SourceText>(ReferenceEqualityComparer.Instance);
            var mapped = set.Rules.SelectMany(r => new[] { r.When, r.Unless }.OfType<BoundExpression>().Select(e => ((Declaration)r.Syntax, e)))
                .Concat(set.Facts.SelectMany(f => f.Fallbacks).Select(d => ((Declaration)d.Syntax, d.From)));
            foreach (var (declaration, expression) in mapped.Where(m => sources.IsImported(m.Item1)))
            {
                imported[expression] = sources.Of(declaration);
            }

            return imported;
        }    }
}
