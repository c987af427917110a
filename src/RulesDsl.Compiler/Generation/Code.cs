using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace RulesDsl.Compiler.Generation;

/// <summary>
/// The pieces of C# generated code is built from, as Roslyn syntax: every string and number becomes a literal token
/// Roslyn writes and escapes, so no rules text is ever spliced into code.
/// </summary>
internal static class Code
{
    /// <summary>The alias generated code names the runtime through, declared at the top of the generated file.</summary>
    public const string Alias = "R";

    public static readonly TypeSyntax StringType = PredefinedType(Token(SyntaxKind.StringKeyword));

    public static readonly LiteralExpressionSyntax Null = LiteralExpression(SyntaxKind.NullLiteralExpression);

    /// <summary><c>using R = global::RulesDsl.Runtime;</c></summary>
    public static UsingDirectiveSyntax RuntimeAlias { get; } =
        UsingDirective(NameEquals(IdentifierName(Alias)), QualifiedName(Global("RulesDsl"), IdentifierName("Runtime")));

    /// <summary>A type or member of the runtime through its alias: <c>R.Quantity</c>.</summary>
    public static NameSyntax Runtime(string name) => QualifiedName(IdentifierName(Alias), IdentifierName(name));

    /// <summary>
    /// A string literal whose text shows every character a reader could not see: control, format (bidi overrides,
    /// zero-width), line and paragraph separators and lone surrogates are written as <c>\uXXXX</c>, so that the
    /// reviewable .g.cs reads as it compiles (CVE-2021-42574, "Trojan Source").
    /// </summary>
    public static LiteralExpressionSyntax String(string value)
    {
        var text = new StringBuilder("\"", value.Length + 2);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogatePair(value, i))
            {
                text.Append(c).Append(value[++i]);
            }
            else
            {
                text.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    _ when Invisible(c) => $"\\u{(int)c:x4}",
                    _ => c.ToString(),
                });
            }
        }

        return LiteralExpression(SyntaxKind.StringLiteralExpression, Literal(text.Append('"').ToString(), value));
    }

    /// <summary>A character that shows nothing, or moves or ends the line, where it stands: Cc, Cf, Zl, Zp, or half a surrogate pair.</summary>
    public static bool Invisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;

    public static LiteralExpressionSyntax Int(int value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static LiteralExpressionSyntax Bool(bool value) =>
        LiteralExpression(value ? SyntaxKind.TrueLiteralExpression : SyntaxKind.FalseLiteralExpression);

    public static LiteralExpressionSyntax Long(long value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    public static LiteralExpressionSyntax ULong(ulong value) => LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(value));

    /// <summary><c>new global::System.DateOnly(y, m, d)</c></summary>
    public static ExpressionSyntax Date(DateOnly date) =>
        New(QualifiedName(Global("System"), IdentifierName("DateOnly")), Int(date.Year), Int(date.Month), Int(date.Day));

    public static ObjectCreationExpressionSyntax New(TypeSyntax type, params IEnumerable<ExpressionSyntax> arguments) =>
        ObjectCreationExpression(type).WithArgumentList(Arguments(arguments));

    public static InvocationExpressionSyntax Call(ExpressionSyntax target, string method, params IEnumerable<ExpressionSyntax> arguments) =>
        InvocationExpression(Member(target, method), Arguments(arguments));

    public static MemberAccessExpressionSyntax Member(ExpressionSyntax target, string member) =>
        MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, target, IdentifierName(member));

    /// <summary><c>new T[] { a, b }</c>, or plainly <c>new T[0]</c> when empty.</summary>
    public static ArrayCreationExpressionSyntax Array(TypeSyntax element, IEnumerable<ExpressionSyntax> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return ArrayCreationExpression(ArrayType(element, SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(Int(0))))));
        }

        return ArrayCreationExpression(
            ArrayType(element, SingletonList(ArrayRankSpecifier(SingletonSeparatedList<ExpressionSyntax>(OmittedArraySizeExpression())))),
            InitializerExpression(SyntaxKind.ArrayInitializerExpression, SeparatedList(list)));
    }

    private static ArgumentListSyntax Arguments(IEnumerable<ExpressionSyntax> arguments) => ArgumentList(SeparatedList(arguments.Select(Argument)));

    private static NameSyntax Global(string name) => AliasQualifiedName(IdentifierName(Token(SyntaxKind.GlobalKeyword)), IdentifierName(name));
}
