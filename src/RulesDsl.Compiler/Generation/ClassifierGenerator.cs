using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using RulesDsl.Compiler.Diagnostics;
using RulesDsl.Corpus.Diagnostics;
using RulesDsl.Corpus.Text;
using RulesDsl.Language.Binding;
using RulesDsl.Language.Checking;
using RulesDsl.Language.Syntax;
using RulesDsl.Linking.Model;

namespace RulesDsl.Compiler.Generation;

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
/// Generates C# from a checked rules file. The generated class only describes the rules: facts, parameters with their
/// dated values, derivations, conclusions and rules as lambdas over the runtime's three-valued types. The runtime
/// evaluates them, so the trace, the missing facts and the default logic of exceptions are written once, in
/// <c>RulesDsl.Runtime</c>. Each lambda is preceded by a <c>#line</c> directive naming its line in the rules file.
/// </summary>
public static class ClassifierGenerator
{
    public const string Namespace = "RulesDsl.Generated";

    private const string R = ExpressionEmitter.R;

    public static string ToolVersion { get; } =
        typeof(ClassifierGenerator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static GeneratedClassifier Generate(CheckedRules rules, LinkGraph graph)
    {
        var stem = Stem(rules.Syntax.Path);
        var typeName = TypeName(stem);
        var manifest = ClassifierManifest.Of(rules, graph, ToolVersion);
        var diagnostics = rules.Diagnostics.ToList();
        var source = new SourceText(rules.Syntax.Path, rules.Syntax.Text);
        if (!rules.HasErrors)
        {
            diagnostics.AddRange(Check(rules, source));
        }

        var text = diagnostics.Any(d => d.IsError) ? "" : new Writer(rules, source, typeName).Write();
        return new GeneratedClassifier(stem, typeName, stem + ".g.cs", text, manifest, [.. diagnostics]);
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
        return name.Length > 0 && SyntaxFacts.IsValidIdentifier(name) && !char.IsAsciiDigit(name[0]) ? name : "RuleSet" + name;
    }

    /// <summary>What the checker does not look at because only code generation needs it.</summary>
    private static IEnumerable<Diagnostic> Check(CheckedRules rules, SourceText source)
    {
        var set = rules.RuleSet;
        if (rules.Syntax.Path.Any(c => c == '"' || char.IsControl(c)))
        {
            yield return CompilerDiagnostics.UnusableRulesPath(source.Start, rules.Syntax.Path);
        }

        foreach (var parameter in set.Parameters.Where(p => p.Type is not QuantityType))
        {
            var name = parameter.Syntax.Name;
            yield return CompilerDiagnostics.ParameterNotQuantity(source.PositionOf(name.Span.Start), name.Span.Length, parameter.Name, parameter.Type.ToString());
        }

        var expressions = set.Rules.SelectMany(r => r.Unless is null ? [r.When] : new[] { r.When, r.Unless })
            .Concat(set.Facts.SelectMany(f => f.Fallbacks).Select(d => d.From))
            .Concat(set.Parameters.SelectMany(p => p.Values).Select(v => (BoundExpression)v.Value))
            .Concat(set.Examples.SelectMany(x => x.Givens).Select(g => (BoundExpression)g.Value));
        foreach (var number in expressions.SelectMany(e => e.SelfAndDescendants()).OfType<BoundNumber>())
        {
            if (ExpressionEmitter.Value(number) is null)
            {
                yield return CompilerDiagnostics.NumberOutOfRange(source.PositionOf(number.Span.Start), number.Span.Length,
                    source.Text.Substring(number.Span.Start, number.Span.Length));
            }
        }
    }

    /// <summary>Writes the class, one declaration of the rule set per line or block, in file order.</summary>
    private sealed class Writer(CheckedRules rules, SourceText source, string typeName)
    {
        private readonly StringBuilder text = new();
        private readonly BoundRuleSet set = rules.RuleSet;
        private readonly ExpressionEmitter emitter = new(rules.RuleSet);
        private readonly string path = rules.Syntax.Path;

        public string Write()
        {
            Line("// <auto-generated>");
            Line("// Generated by rulesdsl from a rules file: edit the rules and rebuild, never this file.");
            Line("// </auto-generated>");
            Line("#nullable enable");
            Line($"namespace {Namespace}");
            Line("{");
            Line("    using R = global::RulesDsl.Runtime;");
            Line("");
            Line($"    public sealed class {typeName} : {R}Classifier");
            Line("    {");
            Line($"        protected override {R}RuleSetDefinition Describe() => new {R}RuleSetDefinition(");
            Line($"            {Str(set.Syntax.Header.Title)},");
            Line($"            {Str(rules.Corpus.Act)},");
            Line($"            {Str(path)},");
            List($"{R}FactDefinition", set.Facts, Fact);
            List($"{R}ParameterDefinition", set.Parameters, Parameter);
            List($"{R}DerivationDefinition", [.. set.Facts.SelectMany(f => f.Fallbacks)], Derivation);
            List($"{R}ConclusionDefinition", set.Conclusions, Conclusion);
            List($"{R}RuleDefinition", set.Rules, Rule);
            Line($"            {Int(ExpressionEmitter.IndexOf(set.Conclusions, set.Verdict!.Conclusion))});");
            Line("    }");
            Line("}");
            return text.ToString();
        }

        private void List<T>(string type, IReadOnlyList<T> items, Action<T> write)
        {
            Line($"            new {type}[]");
            Line("            {");
            foreach (var item in items)
            {
                write(item);
            }

            Line("            },");
        }

        private void Fact(BoundFact fact)
        {
            var symbol = fact.Symbol;
            var (kind, unit, values) = symbol.Type switch
            {
                QuantityType q => ("Quantity", Str(q.Unit.ToString()), ""),
                YesNoType => ("YesNo", "null", ""),
                DateType => ("Date", "null", ""),
                SetType s => ("Set", "null", string.Join(", ", s.Enumeration.Values.Select(Str))),
                _ => throw new InvalidOperationException("a fact of no type reaches the generator only with errors"),
            };
            Line($"                new {R}FactDefinition({Str(symbol.Name)}, {R}FactKind.{kind}, {unit}, {Strings(values)}, {Citations(symbol.Syntax)}),");
        }

        private void Parameter(ParameterSymbol parameter)
        {
            var values = string.Join(", ", parameter.Values.Select(v =>
                $"new {R}ParameterValue({ExpressionEmitter.Number(ExpressionEmitter.Value((BoundNumber)v.Value)!.Value)}, {ExpressionEmitter.Date(v.From)})"));
            var unit = ((QuantityType)parameter.Type).Unit.ToString();
            Line($"                new {R}ParameterDefinition({Str(parameter.Name)}, {Str(unit)}, new {R}ParameterValue[] {{ {values} }}, {Citations(parameter.Syntax)}),");
        }

        private void Derivation(BoundDerivation derivation)
        {
            var fact = ExpressionEmitter.IndexOf(set.Facts.Select(f => f.Symbol).ToList(), derivation.Fact);
            Line($"                new {R}DerivationDefinition({Int(fact)}, {Bool(derivation.IsEstimate)},");
            Lambda(derivation.From, "Quantity");
            Line($"                    {Citations(derivation.Syntax)}, {Int(LineOf(derivation.Syntax.Span))}),");
        }

        private void Conclusion(ConclusionSymbol conclusion)
        {
            var term = conclusion.Means is { } means && rules.Corpus.Terms.TryGetValue(means, out var id) ? Str(id.Value) : "null";
            Line($"                new {R}ConclusionDefinition({Str(conclusion.Name)}, {term}, {Citations(conclusion.Syntax)}),");
        }

        private void Rule(BoundRule rule)
        {
            var kind = rule.Kind == Language.Binding.RuleKind.Presumption ? "Presumption" : "Rule";
            Line($"                new {R}RuleDefinition({Str(rule.Name)}, {R}RuleKind.{kind}, {Int(ExpressionEmitter.IndexOf(set.Conclusions, rule.Conclusion))}, {Bool(rule.Value)},");
            Lambda(rule.When, "Truth");
            if (rule.Unless is { } unless)
            {
                Lambda(unless, "Truth");
            }
            else
            {
                Line("                    null,");
            }

            Line($"                    {(rule.ExceptionTo is null ? "null" : Str(rule.ExceptionTo))}, {Citations(rule.Syntax)}, {Int(LineOf(rule.Syntax.Span))}),");
        }

        /// <summary>An expression as a static lambda, mapped by <c>#line</c> to where the rules file writes it.</summary>
        private void Lambda(BoundExpression expression, string returns)
        {
            var at = source.PositionOf(expression.Span.Start);
            Line($"#line {Int(at.Line)} \"{path}\"");
            Line($"                    static ({R}Evaluation e) => ({R}{returns})({emitter.Emit(expression)}),");
            Line("#line hidden");
        }

        private string Citations(Declaration declaration) =>
            declaration.Cites.IsEmpty ? $"new {R}Citation[0]" : $"new {R}Citation[] {{ {string.Join(", ", declaration.Cites.Select(Citation))} }}";

        private static string Strings(string values) => values.Length == 0 ? "new string[0]" : $"new string[] {{ {values} }}";

        private string Citation(CitationSyntax citation)
        {
            var resolved = rules.Corpus.Citations[citation];
            var written = citation.Sentence is { } n ? $"{citation.Text} sentence {Int(n)}" : citation.Text;
            var sentence = resolved.Sentence is { } s ? Int(s) : "null";
            return $"new {R}Citation({Str(resolved.Id.Value)}, {Str(written)}, {sentence})";
        }

        private int LineOf(TextSpan span) => source.PositionOf(span.Start).Line;

        private static string Str(string value) => ExpressionEmitter.String(value);

        private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Bool(bool value) => value ? "true" : "false";

        private void Line(string line) => text.Append(line).Append('\n');
    }
}
