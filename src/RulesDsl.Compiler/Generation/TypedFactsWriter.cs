using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RulesDsl.Language.Binding;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// The classifier's typed facts: a nested struct <c>Facts</c> of one nullable slot per fact, typed as docs/language.md
/// gives the fact's type (an amount in any unit as <c>R.Quantity</c>, yes/no as bool, a date as <c>DateOnly</c>, a set
/// as the set of its values), and the members the runtime's <c>Classifier&lt;TFacts&gt;</c> asks for: reading
/// <c>R.Facts</c> into the slots by name, back, setting a slot by fact index, and <c>DecideTyped</c>, the rules decided
/// over the slots as <see cref="DecideWriter"/> decides them over <c>R.Facts</c>. A slot is named after its fact in
/// PascalCase when that is a name of ASCII letters and digits no other fact takes (<c>training_compute</c> →
/// <c>TrainingCompute</c>), else <c>Fact_</c> and its index: no other rules text becomes code.
/// </summary>
internal sealed class TypedFactsWriter(BoundRuleSet set, string typeName)
{
    public const string StructName = "Facts";

    // Names a slot cannot take: the struct's own, and the members it inherits from ValueType.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal) { StructName, "Equals", "GetHashCode", "ToString", "GetType" };

    private readonly List<FactSymbol> facts = [.. set.Facts.Select(f => f.Symbol)];

    /// <summary>The base class and the members of the typed facts, or null when <paramref name="decide"/> writes no Decide.</summary>
    public (TypeSyntax Base, IEnumerable<MemberDeclarationSyntax> Members)? Write(DecideWriter decide)
    {
        var slots = SlotNames(facts);
        if (decide.WriteTyped(f => ParseExpression($"R.Given.{ExpressionEmitter.Method(facts[f])}(facts.{slots[f]})")) is not { } typed)
        {
            return null;
        }

        var type = StructDeclaration(StructName)
            .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword)))
            .WithMembers(List<MemberDeclarationSyntax>(facts.Select((fact, f) =>
                FieldDeclaration(VariableDeclaration(NullableType(ParseTypeName(SlotType(fact))), SingletonSeparatedList(VariableDeclarator(slots[f]))))
                    .WithModifiers(TokenList(Token(SyntaxKind.PublicKeyword))))));
        var read = ParseMemberDeclaration(
            $"public override {StructName} Read(R.Facts facts) => new {StructName} {{ {string.Join(", ", facts.Select((fact, f) => $"{slots[f]} = facts.Get(Name_{f}) as {SlotType(fact)}{(fact.Type is SetType ? "" : "?")}"))} }};")!;
        var back = ParseMemberDeclaration(
            $"public override R.Facts ToFacts({StructName} facts) {{ var given = R.Facts.None; " +
            string.Concat(facts.Select((_, f) => $"if (facts.{slots[f]} is {{ }} fact{f}) {{ given = given.With(Name_{f}, fact{f}); }} ")) +
            "return given; }")!;
        MemberDeclarationSyntax[] members =
        [
            type,
            Named(read),
            Named(back),
            Setter("SetQuantity", "R.Quantity", slots, f => f is QuantityType),
            Setter("SetYesNo", "bool", slots, f => f is YesNoType),
            Setter("SetDate", "global::System.DateOnly", slots, f => f is DateType),
            Setter("SetSet", "global::System.Collections.Generic.IReadOnlySet<string>", slots, f => f is SetType),
            typed.WithModifiers(TokenList(Token(SyntaxKind.ProtectedKeyword), Token(SyntaxKind.OverrideKeyword))),
        ];
        return (QualifiedName(IdentifierName(Code.Alias), GenericName(Identifier("Classifier"))
            .WithTypeArgumentList(TypeArgumentList(SingletonSeparatedList<TypeSyntax>(ParseTypeName($"{typeName}.{StructName}"))))), members);
    }

    /// <summary>The slot of each fact by index: its name in PascalCase, or <c>Fact_</c> and its index.</summary>
    internal static List<string> SlotNames(IReadOnlyList<FactSymbol> facts)
    {
        var pascal = facts.Select(f => string.Concat(f.Name.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]))).ToList();
        var taken = pascal.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. pascal.Select((name, f) => name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit)
            && !taken.Contains(name) && !Reserved.Contains(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
                ? name
                : "Fact_" + f.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>The fact names, as string literals Roslyn escapes, in place of the <c>Name_0</c>, <c>Name_1</c>… a member was parsed with (no slot is so named).</summary>
    private MemberDeclarationSyntax Named(MemberDeclarationSyntax member) =>
        member.ReplaceNodes(member.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => Placeholder(n) >= 0),
            (original, _) => Code.String(facts[Placeholder(original)].Name));

    private int Placeholder(IdentifierNameSyntax name) =>
        name.Identifier.Text is ['N', 'a', 'm', 'e', '_', .. var digits] && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var f) && f < facts.Count ? f : -1;

    /// <summary><c>SetQuantity(ref Facts facts, int fact, R.Quantity value)</c>: the slot of that index; the runtime checks the index is of that kind.</summary>
    private MethodDeclarationSyntax Setter(string name, string type, List<string> slots, Func<BoundType, bool> kind)
    {
        var cases = facts.Select((fact, f) => (fact, f)).Where(x => kind(x.fact.Type))
            .Select(x => $"case {x.f.ToString(CultureInfo.InvariantCulture)}: facts.{slots[x.f]} = value; break; ").ToList();
        var body = cases.Count == 0 ? "{ }" : $"{{ switch (fact) {{ {string.Concat(cases)}}} }}";
        return (MethodDeclarationSyntax)ParseMemberDeclaration($"protected override void {name}(ref {StructName} facts, int fact, {type} value) {body}")!;
    }

    /// <summary>The C# type of a fact's slot, made nullable where it is declared.</summary>
    private static string SlotType(FactSymbol fact) => fact.Type switch
    {
        QuantityType => "R.Quantity",
        YesNoType => "bool",
        DateType => "global::System.DateOnly",
        _ => "global::System.Collections.Generic.IReadOnlySet<string>",
    };
}
