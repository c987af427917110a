using System.Globalization;
using System.Text;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Formatting;

/// <summary>
/// Prints a syntax tree in the canonical layout of docs/language.md: the header, then the declarations separated by
/// one blank line, their clauses indented by two spaces with <c>cites</c> last, comparisons in words, numbers as
/// written. Comments are kept where they were: comment lines go before the line that followed them, whichever place
/// the canonical order gives it (at the start of the line before the header or a declaration, indented before a
/// clause), a trailing comment stays at the end of its line, and comments after the last line end the file. Parsing
/// the output gives the same tree (spans aside).
/// </summary>
public static class RulesFormatter
{
    private const string Indent = "  ";

    public static string Format(RulesFile file)
    {
        var lines = new List<PrintedLine>();
        var head = file.Header.IsDeclarations ? "declarations" : "rules";
        lines.Add(new PrintedLine($"{head} \"{file.Header.Title}\"", file.Header.Span.Length == 0 ? null : file.Header.Span.Start, Place.Block));
        lines.AddRange(file.Header.TitleLabels.Select(label => new PrintedLine(Label(label), label.Span.Start, Place.Clause)));
        if (file.Header.Act is { } act)
        {
            lines.Add(new PrintedLine($"act {act.Text}", act.Span.Start, Place.Header));
        }

        if (file.Header.Language is { } language)
        {
            lines.Add(new PrintedLine($"language {language.Text}", language.Span.Start, Place.Header));
        }

        // The imports go together after the header, one blank line before them, wherever they were written.
        foreach (var (import, index) in file.Imports.Select((import, index) => (import, index)))
        {
            lines.Add(new PrintedLine($"import \"{import.File.Text}\"", import.Span.Start, index == 0 ? Place.Block : Place.Header));
        }

        foreach (var declaration in file.Declarations)
        {
            var clauses = Lines(declaration, file.Text).ToList();
            lines.Add(new PrintedLine(clauses[0].Text, declaration.Span.Start, Place.Block));
            lines.AddRange(declaration.Labels.Select(label => new PrintedLine(Label(label), label.Span.Start, Place.Clause)));
            lines.AddRange(clauses.Skip(1).Select(clause => new PrintedLine(clause.Text, clause.Source, Place.Clause,
                Conditions(declaration).FirstOrDefault(condition => condition.Span.Start == clause.Source)?.Span.End ?? 0)));
        }

        return Print(lines, new SourceComments(file.Text));
    }

    /// <summary>Where a printed line goes: a declaration or the title (after one blank line, but the title), another
    /// header line, or a clause. The comments before it take its indentation; blank lines around them are kept, one at
    /// most, only before a block.</summary>
    private enum Place
    {
        Block,
        Header,
        Clause,
    }

    /// <summary>A line of the output and where in the source the construct it prints starts (null for a header not read
    /// from text), and where it ends if it may go on over several lines.</summary>
    private readonly record struct PrintedLine(string Text, int? Source, Place Place, int End = 0);

    /// <summary>The clauses of a declaration that may go on over several lines.</summary>
    private static IEnumerable<Expression> Conditions(Declaration declaration) => declaration switch
    {
        RuleDeclaration rule => rule.Unless is { } unless ? [rule.When, unless] : [rule.When],
        DerivationDeclaration derivation => [derivation.From],
        _ => [],
    };

    private static string Print(List<PrintedLine> lines, SourceComments comments)
    {
        var output = new StringBuilder();
        var printed = new HashSet<int>();
        foreach (var (line, index) in lines.Select((line, index) => (line, index)))
        {
            if (line.Place == Place.Block && index > 0)
            {
                output.Append('\n');
            }

            string? trailing = null;
            if (line.Source is { } source && comments.LineOf(source) is var at && printed.Add(at))
            {
                var group = comments.Before(at);
                var indent = line.Place == Place.Clause ? Indent : "";
                foreach (var (comment, position) in group.Select((comment, position) => (comment, position)))
                {
                    // Blank lines between comments, and after them, are kept (one at most) only outside a declaration.
                    if (line.Place == Place.Block && position > 0 && comment.BlankBefore)
                    {
                        output.Append('\n');
                    }

                    output.Append(indent).Append(comment.Text).Append('\n');
                }

                if (line.Place == Place.Block && group.Count > 0 && comments.BlankBefore(at))
                {
                    output.Append('\n');
                }

                // A condition over several lines has its trailing comment on its last line.
                trailing = comments.Trailing(Math.Max(at, comments.LineOf(line.End)));
            }

            output.Append(line.Text);
            if (trailing is not null)
            {
                output.Append(' ').Append(trailing);
            }

            output.Append('\n');
        }

        foreach (var comment in comments.Before(comments.LineCount))
        {
            if (comment.BlankBefore)
            {
                output.Append('\n');
            }

            output.Append(comment.Text).Append('\n');
        }

        return output.ToString();
    }

    private static IEnumerable<(string Text, int Source)> Lines(Declaration declaration, string text)
    {
        var start = declaration.Span.Start;
        (string, int)[] lines = declaration switch
        {
            EnumDeclaration enumeration =>
            [
                ($"enum {enumeration.Name.Text}", start),
                ($"{Indent}values {string.Join(", ", enumeration.Values.Select(value => value.Text))}", enumeration.Values.FirstOrDefault()?.Span.Start ?? start),
                .. enumeration.ValueLabels.Select(value =>
                    ($"{Indent}value {value.Value.Text} label {value.Label.Language.Text} \"{value.Label.Text}\"", value.Span.Start)),
            ],
            FactDeclaration fact =>
            [
                ($"fact {fact.Name.Text}: {Type(fact.Type)}", start),
                .. fact.Unread is { } reason ? new[] { ($"{Indent}unread \"{reason.Text}\"", reason.Span.Start - 1) } : [],
            ],
            ParameterDeclaration parameter =>
            [
                ($"parameter {parameter.Name.Text}: {Type(parameter.Type)}", start),
                .. parameter.Values.Select(value => ($"{Indent}value {Expression(value.Value)} from {Date(value.From)}{(value.Until is { } until ? $" until {Date(until)}" : "")}", value.Span.Start)),
            ],
            DerivationDeclaration derivation =>
            [
                ($"{(derivation.IsEstimate ? "estimate" : "derive")} {derivation.Name.Text}", start),
                ($"{Indent}from {Condition(derivation.From, text)}", derivation.From.Span.Start),
            ],
            ConclusionDeclaration conclusion =>
            [
                ($"conclusion {conclusion.Name.Text}", start),
                .. conclusion.Means is { } term ? new[] { ($"{Indent}means {Term(term)}", term.Span.Start) } : [],
            ],
            RuleDeclaration rule => Rule(rule, text),
            VerdictDeclaration verdict =>
            [
                ($"verdict {verdict.Name.Text}", start),
                .. verdict.AppliesTo.Select(scope => ($"{Indent}applies to {scope.Text}", scope.Span.Start)),
                .. verdict.AppliesFrom.Select(from => (AppliesFrom(from), from.Span.Start)),
            ],
            ExampleDeclaration example => Example(example),
            _ => throw new ArgumentException($"unknown declaration {declaration.GetType().Name}", nameof(declaration)),
        };

        return declaration.Cites.IsEmpty
            ? lines
            : [.. lines, ($"{Indent}cites {string.Join("; ", declaration.Cites.Select(Citation))}", declaration.Cites[0].Span.Start)];
    }

    private static (string, int)[] Rule(RuleDeclaration rule, string text)
    {
        var lines = new List<(string, int)>
        {
            ($"{(rule.IsPresumption ? "presumption" : "rule")} {rule.Name.Text}", rule.Span.Start),
            ($"{Indent}{(rule.IsPresumption ? "presumes" : "concludes")} {(rule.ConcludesNot ? "not " : "")}{rule.Conclusion.Text}", rule.Conclusion.Span.Start),
            ($"{Indent}when {Condition(rule.When, text)}", rule.When.Span.Start),
        };
        if (rule.Unless is { } unless)
        {
            lines.Add(($"{Indent}unless {Condition(unless, text)}", unless.Span.Start));
        }

        if (rule.ExceptionTo is { } exceptionTo)
        {
            lines.Add(($"{Indent}exception to {exceptionTo.Text}", exceptionTo.Span.Start));
        }

        return [.. lines];
    }

    private static (string, int)[] Example(ExampleDeclaration example)
    {
        var expected = example.ExpectedWritten ?? example.Value switch
        {
            ExpectedValue.Yes => "yes",
            ExpectedValue.No => "no",
            ExpectedValue.NotApplicable => "not applicable",
            _ => "unknown",
        };
        return
        [
            ($"example \"{example.Name.Text}\"", example.Span.Start),
            .. example.Givens.Select(given => ($"{Indent}given {given.Fact.Text} = {Expression(given.Value)}", given.Span.Start)),
            .. example.AsOf is { } asOf ? new[] { ($"{Indent}as of {Date(asOf.Value)}", asOf.Span.Start) } : [],
            ($"{Indent}expect {example.Expected.Text} = {expected}{(example.By is { } rule ? $" by {rule.Text}" : "")}", example.Expected.Span.Start),
        ];
    }

    private static string Label(LabelSyntax label) => $"{Indent}label {label.Language.Text} \"{label.Text}\"";

    private static string AppliesFrom(AppliesFromSyntax from) =>
        $"{Indent}applies from {Date(from.From.Value)}{(from.Citing.IsEmpty ? "" : $" citing {string.Join("; ", from.Citing.Select(Citation))}")}";

    private static string Citation(CitationSyntax citation) =>
        citation.Sentence is { } sentence ? $"{citation.Text} sentence {sentence.ToString(CultureInfo.InvariantCulture)}" : citation.Text;

    private static string Term(TermSyntax term) => term.Anchor is { } anchor ? $"^{anchor}" : $"\"{term.Term}\"";

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Type(TypeSyntax type) => type.Kind switch
    {
        TypeKind.Count => "count",
        TypeKind.Tokens => "tokens",
        TypeKind.Flop => "FLOP",
        TypeKind.Eur => "EUR",
        TypeKind.Date => "date",
        TypeKind.Duration => "duration",
        TypeKind.YesNo => "yes/no",
        _ => $"set of {type.Enumeration?.Text}",
    };

    /// <summary>How tightly an expression binds, loosest first, as the grammar reads it.</summary>
    private enum Level
    {
        Or,
        And,
        Not,
        Comparison,
        Sum,
        Product,
        Conversion,
        Primary,
    }

    private static string Expression(Expression expression) => expression switch
    {
        NameExpression name => name.Name.Text,
        NumberLiteral number => number.Unit is { } unit ? $"{number.Text} {unit.Text}" : number.Text,
        DateLiteral date => Date(date.Value),
        TodayExpression => "today",
        ExtremeDateExpression extreme => $"{(extreme.Earliest ? "earliest" : "latest")} of {string.Join(", ", extreme.Dates.Select(date => Operand(date, Level.Sum)))}",
        CountExpression count => $"count of {Operand(count.Set, Level.Primary)}",
        ConditionListExpression list => $"{(list.All ? "all" : "any")} of {string.Join(", ", list.Conditions.Select(condition => Operand(condition, Level.Not)))}",
        BooleanLiteral boolean => boolean.Written ?? (boolean.Value ? "yes" : "no"),
        SetLiteral set => $"{{{string.Join(", ", set.Values.Select(value => value.Text))}}}",
        BinaryExpression binary => Binary(binary),
        NotExpression not => $"not {Operand(not.Operand, Level.Not)}",
        ContainsExpression contains => $"{Operand(contains.Set, Level.Sum)} contains {contains.Value.Text}",
        ConversionExpression conversion => $"{Operand(conversion.Operand, Level.Primary)} as {Type(conversion.Unit)}",
        ParenthesizedExpression parenthesized => $"({Expression(parenthesized.Inner)})",
        _ => throw new ArgumentException($"unknown expression {expression.GetType().Name}", nameof(expression)),
    };

    /// <summary>
    /// A condition (or a derivation's value) as its clause prints it: the operators of its outermost chain that the
    /// source wrote at the start of a new line start one, indented two deeper than the clause; any other break of the
    /// source is joined, so that formatting twice gives the same layout.
    /// </summary>
    private static string Condition(Expression expression, string text)
    {
        if (expression is not BinaryExpression top)
        {
            return Expression(expression);
        }

        var level = LevelOf(top);
        var chain = new Stack<BinaryExpression>();
        Expression first = top;
        while (first is BinaryExpression link && LevelOf(link) == level)
        {
            chain.Push(link);
            first = link.Left;
        }

        var printed = new StringBuilder(First(top, first));
        foreach (var link in chain)
        {
            var (word, _, right) = Operator(link);
            // A tree built in code, or formatted without its source, has no breaks to keep.
            var start = Math.Min(link.Left.Span.End, text.Length);
            var broken = text.AsSpan(start, Math.Clamp(link.Right.Span.Start, start, text.Length) - start).Contains('\n');
            printed.Append(broken ? $"\n{Indent}{Indent}" : " ").Append(word).Append(' ').Append(Operand(link.Right, right));
        }

        return printed.ToString();
    }

    /// <summary>A binary expression; operands that bind more loosely than the grammar allows there get parentheses,
    /// which a parsed tree already has but a tree built in code may not.</summary>
    private static string Binary(BinaryExpression binary)
    {
        var (word, _, right) = Operator(binary);
        return $"{First(binary, binary.Left)} {word} {Operand(binary.Right, right)}";
    }

    /// <summary>The leftmost operand of <paramref name="binary"/>'s chain.</summary>
    private static string First(BinaryExpression binary, Expression operand)
    {
        var (_, left, _) = Operator(binary);
        // "earliest of a, b" (and "any of a, b") takes every operand to its right, so it is bracketed before an operator
        // of arithmetic or a comparison.
        return operand is ExtremeDateExpression or ConditionListExpression && left >= Level.Sum ? $"({Expression(operand)})" : Operand(operand, left);
    }

    /// <summary>The operator's word, and how tightly its left and right operands must bind.</summary>
    private static (string Word, Level Left, Level Right) Operator(BinaryExpression binary)
    {
        var level = LevelOf(binary);
        return binary.Operator switch
        {
            BinaryOperator.Or => ("or", level, Level.And),
            BinaryOperator.And => ("and", level, Level.Not),
            BinaryOperator.GreaterThan => ("greater than", Level.Sum, Level.Sum),
            BinaryOperator.AtLeast => ("at least", Level.Sum, Level.Sum),
            BinaryOperator.LessThan => ("less than", Level.Sum, Level.Sum),
            BinaryOperator.AtMost => ("at most", Level.Sum, Level.Sum),
            BinaryOperator.Equals => ("is", Level.Sum, Level.Sum),
            BinaryOperator.Add => ("+", level, Level.Product),
            BinaryOperator.Subtract => ("-", level, Level.Product),
            _ => ("×", level, Level.Conversion),
        };
    }

    private static string Operand(Expression operand, Level least) =>
        LevelOf(operand) >= least ? Expression(operand) : $"({Expression(operand)})";

    private static Level LevelOf(Expression expression) => expression switch
    {
        BinaryExpression { Operator: BinaryOperator.Or } => Level.Or,
        BinaryExpression { Operator: BinaryOperator.And } => Level.And,
        BinaryExpression { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => Level.Sum,
        BinaryExpression { Operator: BinaryOperator.Multiply } => Level.Product,
        BinaryExpression or ContainsExpression => Level.Comparison,
        NotExpression => Level.Not,
        ConversionExpression => Level.Conversion,
        _ => Level.Primary,
    };
}
