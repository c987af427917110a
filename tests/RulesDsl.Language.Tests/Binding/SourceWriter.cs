using System.Text;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Binding;

/// <summary>The text of a file being written, and the spans of what is written into it.</summary>
public sealed class SourceWriter
{
    private readonly StringBuilder text = new();

    public int Position => text.Length;

    public void Write(string written) => text.Append(written);

    public Name Name(string name)
    {
        var start = Position;
        Write(name);
        return new Name(name, Since(start));
    }

    /// <summary>A type as written after a fact's or parameter's name, or after <c>as</c>.</summary>
    public TypeSyntax Type(string type)
    {
        var start = Position;
        const string setOf = "set of ";
        if (type.StartsWith(setOf, StringComparison.Ordinal))
        {
            Write(setOf);
            var enumeration = Name(type[setOf.Length..]);
            return new TypeSyntax(TypeKind.SetOf, enumeration, Since(start));
        }

        Write(type);
        var kind = type switch
        {
            "count" => TypeKind.Count,
            "tokens" => TypeKind.Tokens,
            "FLOP" => TypeKind.Flop,
            "EUR" => TypeKind.Eur,
            "date" => TypeKind.Date,
            "yes/no" => TypeKind.YesNo,
            _ => throw new ArgumentException($"'{type}' is not a type", nameof(type)),
        };
        return new TypeSyntax(kind, null, Since(start));
    }

    public TextSpan Since(int start) => TextSpan.FromBounds(start, Position);

    public override string ToString() => text.ToString();
}
