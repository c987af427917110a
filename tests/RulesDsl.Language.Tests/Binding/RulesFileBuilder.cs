using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Binding;

/// <summary>
/// Writes a rules file in the canonical layout and builds its syntax tree alongside, as the parser would: the header
/// on line 1, then each declaration after a blank line, its clauses on their own lines indented by two spaces, every
/// node spanning its text. A declaration cites "Article 1" unless told otherwise.
/// </summary>
public sealed partial class RulesFileBuilder
{
    public const string Path = "test.rules";

    private static readonly string[] DefaultCites = ["Article 1"];

    private readonly SourceWriter writer = new();
    private readonly List<Declaration> declarations = [];
    private readonly Header header;

    public RulesFileBuilder(string title = "Test rules", string? act = null, string? language = null)
    {
        var start = writer.Position;
        writer.Write($"rules \"{title}\"");
        var actName = act is null ? null : HeaderLine("act", act);
        var languageName = language is null ? null : HeaderLine("language", language);
        header = new Header(title, actName, languageName, writer.Since(start));
        writer.Write("\n");
    }

    public RulesFileBuilder Enum(string name, string[] values, string[]? cites = null) => Declare("enum", name, (start, declared) =>
    {
        Clause("values");
        var names = new List<Name>();
        foreach (var value in values)
        {
            writer.Write(names.Count == 0 ? "" : ", ");
            names.Add(writer.Name(value));
        }

        return new EnumDeclaration(declared, [.. names], Cites(cites), writer.Since(start));
    });

    public RulesFileBuilder Fact(string name, string type, string[]? cites = null) => Declare("fact", name, (start, declared) =>
    {
        writer.Write(": ");
        var typeSyntax = writer.Type(type);
        return new FactDeclaration(declared, typeSyntax, Cites(cites), writer.Since(start));
    });

    /// <param name="values">Each value and the date it applies from, as written: <c>2025-08-02</c>.</param>
    public RulesFileBuilder Parameter(string name, string type, (X Value, string From)[] values, string[]? cites = null) =>
        Declare("parameter", name, (start, declared) =>
        {
            writer.Write(": ");
            var typeSyntax = writer.Type(type);
            var written = new List<ParameterValueSyntax>();
            foreach (var (value, from) in values)
            {
                var valueStart = Clause("value");
                var expression = value.WriteTo(writer);
                writer.Write($" from {from}");
                var date = DateOnly.ParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                written.Add(new ParameterValueSyntax(expression, date, writer.Since(valueStart)));
            }

            return new ParameterDeclaration(declared, typeSyntax, [.. written], Cites(cites), writer.Since(start));
        });

    public RulesFileBuilder Derive(string fact, X from, string[]? cites = null) => Derivation("derive", fact, from, cites);

    public RulesFileBuilder Estimate(string fact, X from, string[]? cites = null) => Derivation("estimate", fact, from, cites);

    /// <param name="means"><c>^anchor</c> for a block anchor, anything else for a term as written.</param>
    public RulesFileBuilder Conclusion(string name, string? means = null, string[]? cites = null) => Declare("conclusion", name, (start, declared) =>
    {
        TermSyntax? term = null;
        if (means is not null)
        {
            var termStart = Clause("means");
            var anchor = means.StartsWith('^');
            writer.Write(anchor ? means : $"\"{means}\"");
            term = new TermSyntax(anchor ? means[1..] : null, anchor ? null : means, writer.Since(termStart));
        }

        return new ConclusionDeclaration(declared, term, Cites(cites), writer.Since(start));
    });

    public RulesFileBuilder Rule(
        string name, string concludes, X when, X? unless = null, string? exceptionTo = null, bool not = false, string[]? cites = null) =>
        RuleOrPresumption(presumption: false, name, concludes, when, unless, exceptionTo, not, cites);

    public RulesFileBuilder Presumption(
        string name, string presumes, X when, X? unless = null, string? exceptionTo = null, bool not = false, string[]? cites = null) =>
        RuleOrPresumption(presumption: true, name, presumes, when, unless, exceptionTo, not, cites);

    public RulesFileBuilder Verdict(string conclusion, string[]? cites = null) =>
        Declare("verdict", conclusion, (start, declared) => new VerdictDeclaration(declared, [], [], Cites(cites), writer.Since(start)));

    public RulesFileBuilder Example(string title, (string Fact, X Value)[] givens, string expect, ExpectedValue value, string? by = null)
    {
        writer.Write("\n");
        var start = writer.Position;
        writer.Write("example \"");
        var titleName = writer.Name(title);
        writer.Write("\"");
        var written = new List<Given>();
        foreach (var (fact, given) in givens)
        {
            var givenStart = Clause("given");
            var factName = writer.Name(fact);
            writer.Write(" = ");
            var expression = given.WriteTo(writer);
            written.Add(new Given(factName, expression, writer.Since(givenStart)));
        }

        Clause("expect");
        var expected = writer.Name(expect);
        writer.Write($" = {value.ToString().ToLowerInvariant()}");
        Name? byName = null;
        if (by is not null)
        {
            writer.Write(" by ");
            byName = writer.Name(by);
        }

        declarations.Add(new ExampleDeclaration(titleName, [.. written], expected, value, byName, writer.Since(start)));
        writer.Write("\n");
        return this;
    }

    public RulesFile Build() => new(Path, writer.ToString(), header, [.. declarations]);

    private Name HeaderLine(string keyword, string value)
    {
        writer.Write($"\n{keyword} ");
        return writer.Name(value);
    }

    private RulesFileBuilder Derivation(string keyword, string fact, X from, string[]? cites) => Declare(keyword, fact, (start, declared) =>
    {
        Clause("from");
        var expression = from.WriteTo(writer);
        return new DerivationDeclaration(declared, keyword == "estimate", expression, Cites(cites), writer.Since(start));
    });

    private RulesFileBuilder RuleOrPresumption(
        bool presumption, string name, string conclusion, X when, X? unless, string? exceptionTo, bool not, string[]? cites) =>
        Declare(presumption ? "presumption" : "rule", name, (start, declared) =>
        {
            Clause(presumption ? "presumes" : "concludes");
            writer.Write(not ? "not " : "");
            var concluded = writer.Name(conclusion);
            Clause("when");
            var condition = when.WriteTo(writer);
            Expression? exception = null;
            if (unless is not null)
            {
                Clause("unless");
                exception = unless.WriteTo(writer);
            }

            Name? priorityOver = null;
            if (exceptionTo is not null)
            {
                Clause("exception to");
                priorityOver = writer.Name(exceptionTo);
            }

            return new RuleDeclaration(
                declared, presumption, concluded, not, condition, exception, priorityOver, Cites(cites), writer.Since(start));
        });

    private RulesFileBuilder Declare(string keyword, string name, Func<int, Name, Declaration> rest)
    {
        writer.Write("\n");
        var start = writer.Position;
        writer.Write($"{keyword} ");
        var declared = writer.Name(name);
        declarations.Add(rest(start, declared));
        writer.Write("\n");
        return this;
    }

    /// <returns>Where the clause's keyword starts.</returns>
    private int Clause(string keyword)
    {
        writer.Write("\n  ");
        var start = writer.Position;
        writer.Write($"{keyword} ");
        return start;
    }

    private ImmutableArray<CitationSyntax> Cites(string[]? cites)
    {
        var written = new List<CitationSyntax>();
        foreach (var citation in cites ?? DefaultCites)
        {
            writer.Write(written.Count == 0 ? "\n  cites " : "; ");
            var start = writer.Position;
            writer.Write(citation);
            var sentence = SentenceNumber().Match(citation);
            written.Add(new CitationSyntax(
                citation,
                sentence.Success ? int.Parse(sentence.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                writer.Since(start)));
        }

        return [.. written];
    }

    [GeneratedRegex(@" sentence (\d+)$")]
    private static partial Regex SentenceNumber();
}
