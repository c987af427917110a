using RulesDsl.Diagnostics;
using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>
/// A typo gives one RD0100 where it is, in words, and costs only its own declaration: the declarations after it are
/// read as if nothing happened.
/// </summary>
public class SyntaxErrorTests
{
    private const string Header = "rules \"t\"\nact eu-ai-act\nlanguage en\n\n";

    private const string Following = "\nfact after: count\n  cites Article 51\n\nverdict after_verdict\n";

    [TestCase("fact x FLOP\n  cites Article 51(2)\n", 5, 8, 4, "expected ':', found 'FLOP'")]
    [TestCase("fact x:\n  cites Article 51(2)\n", 5, 8, 0, "expected a type, found the end of the line")]
    [TestCase("fact and: count\n", 5, 6, 3, "expected a name, found 'and'")]
    [TestCase("fact x: FLOPS\n", 5, 9, 5, "expected a type, found 'FLOPS'")]
    [TestCase("fact x: count extra\n", 5, 15, 5, "expected the end of the line, found 'extra'")]
    [TestCase("fact x: count\n  cite Article 51\n", 6, 3, 4, "expected 'unread', 'cites' or a new declaration, found 'cite'")]
    [TestCase("fact x: count\n  cites\n", 6, 8, 0, "expected a citation, found the end of the line")]
    [TestCase("fact x: count\n  cites Article 51;\n", 6, 20, 0, "expected a citation, found the end of the line")]
    [TestCase("rule r\n  concludes c\n  whne a\n  cites Article 51\n", 7, 3, 4, "expected 'when', 'unless', 'exception to' or 'cites', found 'whne'")]
    [TestCase("rule r\n  concludes c\n  when a greater thn b\n", 7, 18, 3, "expected 'than', found 'thn'")]
    [TestCase("rule r\n  concludes c\n  when (a and b\n", 7, 16, 0, "expected ')', found the end of the line")]
    [TestCase("rule r\n  concludes c\n  when\n", 7, 7, 0, "expected a condition, found the end of the line")]
    [TestCase("rule r\n  concludes c\n  when a and\n", 7, 13, 0, "expected 'not' or a value, found the end of the line")]
    [TestCase("rule r\n  concludes c\n  when a\n  unles b\n", 8, 3, 5,
        "expected 'unless', 'exception to', 'cites' or a new declaration, found 'unles'")]
    [TestCase("rule r\n  concludes c\n  when a\n  unless b\n  exception designation\n", 9, 13, 11, "expected 'to', found 'designation'")]
    [TestCase("parameter p: FLOP\n  value 10^25 FLOP form 2025-08-02\n", 6, 20, 4, "expected 'from', found 'form'")]
    [TestCase("parameter p: FLOP\n  value 10^25 FLOP from 2025-13-45\n", 6, 25, 10, "expected a date (YYYY-MM-DD), found '2025-13-45'")]
    [TestCase("parameter p: FLOP\n  valeu 10^25 FLOP from 2025-08-02\n", 6, 3, 5, "expected 'value', 'cites' or a new declaration, found 'valeu'")]
    [TestCase("derive x\n", 5, 9, 0, "expected 'from', found the end of the line")]
    [TestCase("derive x # the cumulative compute\n\n# more comments\n", 5, 9, 0, "expected 'from', found the end of the line")]
    [TestCase("conclusion c\n  means systemic risk\n", 6, 9, 8, "expected an anchor (^name) or a term in double quotes, found 'systemic'")]
    [TestCase("enum e\n  values a,, b\n", 6, 12, 1, "expected a name, found ','")]
    [TestCase("example \"unclosed\n  expect c = yes\n", 5, 18, 0, "expected '\"', found the end of the line")]
    [TestCase("example \"e\"\n  expct c = yes\n", 6, 3, 5, "expected 'given', 'as of' or 'expect', found 'expct'")]
    [TestCase("example \"e\"\n  expect c = maybe\n", 6, 14, 5, "expected 'yes', 'no', 'unknown' or 'not applicable', found 'maybe'")]
    [TestCase("example \"e\"\n  given x = {a, b\n  expect c = yes\n", 6, 18, 0, "expected '}', found the end of the line")]
    [TestCase("example \"e\"\n  given x = 3e25 FLOP\n  given y = 2025-02-30\n  expect c = yes\n", 7, 13, 10, "expected a date (YYYY-MM-DD), found '2025-02-30'")]
    [TestCase("verdict v\n  cites Article 51\n  verdict w\n", 7, 3, 7, "expected 'applies' or a new declaration, found 'verdict'")]
    [TestCase("fatc x: count\n", 4, 1, 0, null)]
    public void One_typo_gives_one_error_where_it_is(string declaration, int line, int column, int length, string? message)
    {
        var result = Parsed.Text(Header + "verdict before\n\n" + declaration + Following);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        diagnostic.Id.ShouldBe("RD0100");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Error);
        diagnostic.Position.File.ShouldBe(Parsed.Path);
        if (message is null)
        {
            // A misspelt declaration keyword does not start a declaration: the one before it reports the stray line.
            (diagnostic.Position.Line, diagnostic.Message).ShouldBe((7, "expected 'applies', 'cites' or a new declaration, found 'fatc'"));
            result.File.Declarations.Select(declaration => declaration.Name.Text).ShouldBe(["after", "after_verdict"]);
            return;
        }

        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Length, diagnostic.Message).ShouldBe((line + 2, column, length, message));
        result.File.Declarations.Select(declaration => declaration.Name.Text).ShouldBe(["before", "after", "after_verdict"]);
    }

    [Test]
    public void Each_broken_declaration_gives_its_own_error_and_the_rest_is_read()
    {
        var result = Parsed.Text(Header + """
            fact a FLOP
            fact b: count
            fact c: counts
            rule r
              concludes x
              whne b
            verdict x
            """);

        result.Diagnostics.Select(diagnostic => (diagnostic.Position.Line, diagnostic.Message)).ShouldBe(
        [
            (5, "expected ':', found 'FLOP'"),
            (7, "expected a type, found 'counts'"),
            (10, "expected 'when', 'unless', 'exception to' or 'cites', found 'whne'"),
        ]);
        result.File.Declarations.Select(declaration => declaration.Name.Text).ShouldBe(["b", "x"]);
    }

    [Test]
    public void A_missing_header_is_one_error_and_the_declarations_are_still_read()
    {
        var result = Parsed.Text("# no header\n\nfact x: count\n  cites Article 51\nverdict v\n");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Id, diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Message)
            .ShouldBe(("RD0100", 3, 1, "expected 'rules', found 'fact'"));
        result.File.Header.ShouldBe(new Header("", null, null, default));
        result.File.Declarations.Count().ShouldBe(2);
    }

    [Test]
    public void A_header_after_other_text_is_reported_once()
    {
        var result = Parsed.Text("General-purpose AI\nrules \"t\"\nfact x: count\n");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Message).ShouldBe((1, 1, "expected 'rules', found 'General-purpose'"));
        result.File.Header.Title.ShouldBe("t");
        result.File.Declarations.ShouldHaveSingleItem();
    }

    [TestCase("")]
    [TestCase("\n\n   \n")]
    [TestCase("# only a comment")]
    public void An_empty_file_misses_its_header(string text)
    {
        var result = Parsed.Text(text);

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Message).ShouldBe((1, 1, "expected 'rules', found the end of the line"));
        result.File.Declarations.ShouldBeEmpty();
    }

    [Test]
    public void Header_lines_come_once_and_first()
    {
        var result = Parsed.Text("rules \"t\"\nact a\nact b\nlanguage en\nfact x: count\nlanguage nl\n");

        result.Diagnostics.Select(diagnostic => (diagnostic.Position.Line, diagnostic.Message)).ShouldBe(
        [
            (3, "expected a declaration, found 'act'"),
            (6, "expected a declaration, found 'language'"),
        ]);
        (result.File.Header.Act?.Text, result.File.Header.Language?.Text).ShouldBe(("a", "en"));
        result.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<FactDeclaration>();
    }

    [Test]
    public void A_broken_header_line_is_reported_and_the_rest_of_the_header_kept()
    {
        var result = Parsed.Text("rules General\nact eu-ai-act\nlanguage nl\nexample \"e\"\n  given x = 10.000\n  expect c = yes\n");

        var diagnostic = result.Diagnostics.ShouldHaveSingleItem();
        (diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Message).ShouldBe((1, 7, "expected a title in double quotes, found 'General'"));
        result.File.Header.ShouldSatisfyAllConditions(
            header => header.Title.ShouldBe(""),
            header => header.Act.ShouldNotBeNull().Text.ShouldBe("eu-ai-act"),
            header => header.Language.ShouldNotBeNull().Text.ShouldBe("nl"));
        var example = result.File.Declarations.ShouldHaveSingleItem().ShouldBeOfType<ExampleDeclaration>();
        example.Givens[0].Value.ShouldBeOfType<NumberLiteral>().Exponent.ShouldBe(4);
    }

    [Test]
    public void The_found_token_is_quoted_shortly_and_control_characters_by_code()
    {
        var result = Parsed.Text(Header + $"fact x {new string('y', 100)}\nfact z: \u0001\n");

        result.Diagnostics.Select(diagnostic => (diagnostic.Message, diagnostic.Length)).ShouldBe(
        [
            ($"expected ':', found '{new string('y', 40)}…'", 100),
            ("expected a type, found U+0001", 1),
        ]);
    }
}
