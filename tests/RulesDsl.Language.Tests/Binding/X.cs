using System.Globalization;
using System.Numerics;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Binding;

/// <summary>
/// An expression to write into a file, put together as the language reads it:
/// <c>X.Name("training_compute").GreaterThan(X.Name("compute_threshold"))</c>. Written where it is used, so that its
/// nodes span their text in the file.
/// </summary>
public sealed class X
{
    private readonly Func<SourceWriter, Expression> write;

    private X(Func<SourceWriter, Expression> write) => this.write = write;

    public static X Yes { get; } = Word("yes", span => new BooleanLiteral(true, span));

    public static X No { get; } = Word("no", span => new BooleanLiteral(false, span));

    public static X Name(string name) => new(writer => new NameExpression(writer.Name(name)));

    /// <param name="text">As written: <c>10^25</c>, <c>3e25</c>, <c>10 000</c>.</param>
    public static X Number(string text, string? unit = null) => new(writer =>
    {
        var start = writer.Position;
        writer.Write(text);
        Name? unitName = null;
        if (unit is not null)
        {
            writer.Write(" ");
            unitName = writer.Name(unit);
        }

        var (significand, exponent) = ValueOf(text);
        return new NumberLiteral(text, significand, exponent, unitName, writer.Since(start));
    });

    public static X Date(string iso) =>
        Word(iso, span => new DateLiteral(DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture), span));

    public static X Set(params string[] values) => new(writer =>
    {
        var start = writer.Position;
        writer.Write("{");
        var names = values.Select((value, i) =>
        {
            writer.Write(i == 0 ? "" : ", ");
            return writer.Name(value);
        }).ToList();
        writer.Write("}");
        return new SetLiteral([.. names], writer.Since(start));
    });

    public static X Not(X operand) => new(writer =>
    {
        var start = writer.Position;
        writer.Write("not ");
        var written = operand.WriteTo(writer);
        return new NotExpression(written, writer.Since(start));
    });

    public X And(X right) => Binary("and", BinaryOperator.And, right);

    public X Or(X right) => Binary("or", BinaryOperator.Or, right);

    public X GreaterThan(X right) => Binary("greater than", BinaryOperator.GreaterThan, right);

    public X AtLeast(X right) => Binary("at least", BinaryOperator.AtLeast, right);

    public X LessThan(X right) => Binary("less than", BinaryOperator.LessThan, right);

    public X AtMost(X right) => Binary("at most", BinaryOperator.AtMost, right);

    public X Is(X right) => Binary("is", BinaryOperator.Equals, right);

    public X Plus(X right) => Binary("+", BinaryOperator.Add, right);

    public X Minus(X right) => Binary("-", BinaryOperator.Subtract, right);

    public X Times(X right) => Binary("×", BinaryOperator.Multiply, right);

    public X Contains(string value) => new(writer =>
    {
        var start = writer.Position;
        var set = WriteTo(writer);
        writer.Write(" contains ");
        var name = writer.Name(value);
        return new ContainsExpression(set, name, writer.Since(start));
    });

    public X As(string unit) => new(writer =>
    {
        var start = writer.Position;
        var operand = WriteTo(writer);
        writer.Write(" as ");
        var type = writer.Type(unit);
        return new ConversionExpression(operand, type, writer.Since(start));
    });

    public X InParentheses() => new(writer =>
    {
        var start = writer.Position;
        writer.Write("(");
        var inner = WriteTo(writer);
        writer.Write(")");
        return new ParenthesizedExpression(inner, writer.Since(start));
    });

    public Expression WriteTo(SourceWriter writer) => write(writer);

    /// <summary>The expression as written, which names a test case.</summary>
    public override string ToString()
    {
        var writer = new SourceWriter();
        WriteTo(writer);
        return writer.ToString();
    }

    private static X Word(string word, Func<TextSpan, Expression> node) => new(writer =>
    {
        var start = writer.Position;
        writer.Write(word);
        return node(writer.Since(start));
    });

    private X Binary(string written, BinaryOperator binary, X right) => new(writer =>
    {
        var start = writer.Position;
        var left = WriteTo(writer);
        writer.Write($" {written} ");
        var rightWritten = right.WriteTo(writer);
        return new BinaryExpression(left, binary, rightWritten, writer.Since(start));
    });

    private static (BigInteger Significand, int Exponent) ValueOf(string text)
    {
        var digits = text.Replace(" ", "", StringComparison.Ordinal);
        if (digits.StartsWith("10^", StringComparison.Ordinal))
        {
            return (BigInteger.One, int.Parse(digits[3..], CultureInfo.InvariantCulture));
        }

        var e = digits.IndexOf('e', StringComparison.Ordinal);
        return e < 0
            ? (BigInteger.Parse(digits, CultureInfo.InvariantCulture), 0)
            : (BigInteger.Parse(digits[..e], CultureInfo.InvariantCulture), int.Parse(digits[(e + 1)..], CultureInfo.InvariantCulture));
    }
}
