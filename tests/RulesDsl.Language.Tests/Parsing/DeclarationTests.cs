using RulesDsl.Language.Parsing;
using RulesDsl.Language.Syntax;

namespace RulesDsl.Language.Tests.Parsing;

/// <summary>Every declaration of docs/language.md parses into its node, each part spanning exactly what it was read from.</summary>
public class DeclarationTests
{
    [Test]
    public void Header_gives_title_act_and_language()
    {
        var result = Parsed.Text("# a comment first\nrules \"General-purpose AI models\"\nact eu-ai-act\nlanguage nl  # numbers in Dutch\n");

        result.Diagnostics.ShouldBeEmpty();
        var header = result.File.Header;
        header.Title.ShouldBe("General-purpose AI models");
        header.Act.ShouldNotBeNull().Text.ShouldBe("eu-ai-act");
        result.File.At(header.Act).ShouldBe("eu-ai-act");
        header.Language.ShouldNotBeNull().Text.ShouldBe("nl");
        result.File.At(header).ShouldBe("rules \"General-purpose AI models\"\nact eu-ai-act\nlanguage nl");
        result.File.Declarations.ShouldBeEmpty();
    }

    [Test]
    public void Act_and_language_may_be_left_out()
    {
        var result = Parsed.Text("rules \"Only a title\"\n");

        result.Diagnostics.ShouldBeEmpty();
        result.File.Header.ShouldSatisfyAllConditions(
            header => header.Title.ShouldBe("Only a title"),
            header => header.Act.ShouldBeNull(),
            header => header.Language.ShouldBeNull());
    }

    [Test]
    public void Enumeration()
    {
        var (file, enumeration) = Parsed.One<EnumDeclaration>(
            "enum modality\n  values text, image, audio, video, biological_sequences\n  cites Annex XIII, point (d)\n");

        enumeration.Name.Text.ShouldBe("modality");
        enumeration.Values.Select(value => value.Text).ShouldBe(["text", "image", "audio", "video", "biological_sequences"]);
        file.At(enumeration.Values[1]).ShouldBe("image");
        enumeration.Cites.ShouldHaveSingleItem().Text.ShouldBe("Annex XIII, point (d)");
        file.At(enumeration).ShouldBe("enum modality\n  values text, image, audio, video, biological_sequences\n  cites Annex XIII, point (d)");
    }

    [TestCase("count", TypeKind.Count)]
    [TestCase("tokens", TypeKind.Tokens)]
    [TestCase("FLOP", TypeKind.Flop)]
    [TestCase("EUR", TypeKind.Eur)]
    [TestCase("date", TypeKind.Date)]
    [TestCase("yes/no", TypeKind.YesNo)]
    public void Fact_of_each_type(string written, TypeKind kind)
    {
        var (file, fact) = Parsed.One<FactDeclaration>($"fact amount: {written}\n  cites Article 51(2)\n");

        fact.Name.Text.ShouldBe("amount");
        fact.Type.Kind.ShouldBe(kind);
        fact.Type.Enumeration.ShouldBeNull();
        file.At(fact.Type).ShouldBe(written);
        file.At(fact).ShouldBe($"fact amount: {written}\n  cites Article 51(2)");
    }

    [Test]
    public void Fact_that_is_a_set_of_enumeration_values()
    {
        var (file, fact) = Parsed.One<FactDeclaration>("fact modalities: set of modality\n  cites Annex XIII, point (d)\n");

        fact.Type.Kind.ShouldBe(TypeKind.SetOf);
        fact.Type.Enumeration.ShouldNotBeNull().Text.ShouldBe("modality");
        file.At(fact.Type).ShouldBe("set of modality");
    }

    [Test]
    public void Parameter_with_dated_values()
    {
        var (file, parameter) = Parsed.One<ParameterDeclaration>(
            "parameter compute_threshold: FLOP\n  value 10^25 FLOP from 2025-08-02\n  value 10^26 FLOP from 2027-01-01\n  cites Article 51(2); Article 51(3)\n");

        parameter.Type.Kind.ShouldBe(TypeKind.Flop);
        parameter.Values.Select(value => value.From).ShouldBe([new DateOnly(2025, 8, 2), new DateOnly(2027, 1, 1)]);
        file.At(parameter.Values[0]).ShouldBe("value 10^25 FLOP from 2025-08-02");
        var number = parameter.Values[1].Value.ShouldBeOfType<NumberLiteral>();
        (number.Significand, number.Exponent, number.Unit?.Text).ShouldBe((1, 26, "FLOP"));
        file.At(number).ShouldBe("10^26 FLOP");
        parameter.Cites.Select(citation => citation.Text).ShouldBe(["Article 51(2)", "Article 51(3)"]);
    }

    [Test]
    public void Derivation_and_estimate()
    {
        var file = Parsed.Clean("""
            derive training_compute
              from pretraining_compute + synthetic_data_compute + finetuning_compute
              cites recital 111 sentence 5

            estimate training_compute
              from (6 × parameters × training_tokens) as FLOP
              cites Annex XIII, point (c)
            """);

        var derive = file.Declarations[0].ShouldBeOfType<DerivationDeclaration>();
        derive.IsEstimate.ShouldBeFalse();
        Parsed.Shape(derive.From).ShouldBe("[[pretraining_compute Add synthetic_data_compute] Add finetuning_compute]");
        file.At(derive.From).ShouldBe("pretraining_compute + synthetic_data_compute + finetuning_compute");
        var estimate = file.Declarations[1].ShouldBeOfType<DerivationDeclaration>();
        estimate.IsEstimate.ShouldBeTrue();
        estimate.Name.Text.ShouldBe("training_compute");
        var conversion = estimate.From.ShouldBeOfType<ConversionExpression>();
        Parsed.Shape(conversion).ShouldBe("[([[6 Multiply parameters] Multiply training_tokens]) as Flop]");
        file.At(conversion).ShouldBe("(6 × parameters × training_tokens) as FLOP");
        file.At(conversion.Unit).ShouldBe("FLOP");
    }

    [Test]
    public void Conclusions_mean_an_anchor_a_term_or_nothing()
    {
        var file = Parsed.Clean("""
            conclusion high_impact_capabilities
              means ^capgi
              cites Article 3, point (64)
            conclusion systemic_risk
              means "systemic risk"
              cites Article 51(1)
            conclusion high_impact_on_internal_market
              cites Annex XIII, point (f)
            """);

        var conclusions = file.Declarations.Select(declaration => declaration.ShouldBeOfType<ConclusionDeclaration>()).ToList();
        var anchor = conclusions[0].Means.ShouldNotBeNull();
        (anchor.Anchor, anchor.Term, file.At(anchor)).ShouldBe(("capgi", null, "^capgi"));
        var term = conclusions[1].Means.ShouldNotBeNull();
        (term.Anchor, term.Term, file.At(term)).ShouldBe((null, "systemic risk", "\"systemic risk\""));
        conclusions[2].Means.ShouldBeNull();
    }

    [Test]
    public void Rule_with_every_clause()
    {
        var (file, rule) = Parsed.One<RuleDeclaration>("""
            rule high_impact_route
              concludes not systemic_risk
              when high_impact_capabilities
              unless rebuttal_accepted
              exception to designation_route
              cites Article 51(1), point (a); Article 52(2); Article 52(3)
            """);

        rule.IsPresumption.ShouldBeFalse();
        rule.Name.Text.ShouldBe("high_impact_route");
        rule.ConcludesNot.ShouldBeTrue();
        file.At(rule.Conclusion).ShouldBe("systemic_risk");
        file.At(rule.When).ShouldBe("high_impact_capabilities");
        file.At(rule.Unless.ShouldNotBeNull()).ShouldBe("rebuttal_accepted");
        file.At(rule.ExceptionTo.ShouldNotBeNull()).ShouldBe("designation_route");
        rule.Cites.Select(citation => citation.Text).ShouldBe(["Article 51(1), point (a)", "Article 52(2)", "Article 52(3)"]);
        file.At(rule).ShouldStartWith("rule high_impact_route\n");
        file.At(rule).ShouldEndWith("Article 52(3)");
    }

    [Test]
    public void Presumption()
    {
        var (file, presumption) = Parsed.One<RuleDeclaration>(
            "presumption compute_presumption\n  presumes high_impact_capabilities\n  when training_compute greater than compute_threshold\n  cites Article 51(2)\n");

        presumption.IsPresumption.ShouldBeTrue();
        presumption.ConcludesNot.ShouldBeFalse();
        presumption.Conclusion.Text.ShouldBe("high_impact_capabilities");
        presumption.Unless.ShouldBeNull();
        presumption.ExceptionTo.ShouldBeNull();
        file.At(presumption.When).ShouldBe("training_compute greater than compute_threshold");
    }

    [Test]
    public void Verdict()
    {
        var (file, verdict) = Parsed.One<VerdictDeclaration>("verdict systemic_risk\n  cites Article 51(1)\n");

        verdict.Name.Text.ShouldBe("systemic_risk");
        file.At(verdict).ShouldBe("verdict systemic_risk\n  cites Article 51(1)");
    }

    [Test]
    public void Example_with_givens_of_every_kind()
    {
        var (file, example) = Parsed.One<ExampleDeclaration>("""
            example "designated by the Commission, compute unknown"
              given training_compute = 3e25 FLOP
              given designated_by_commission = yes
              given rebuttal_accepted = no
              given modalities = {text, image}
              given placed_on_market = 2025-08-02
              expect systemic_risk = yes by designation_route
            """);

        example.Name.Text.ShouldBe("designated by the Commission, compute unknown");
        file.At(example.Name).ShouldBe("designated by the Commission, compute unknown");
        example.Cites.ShouldBeEmpty();
        example.Givens.Select(given => given.Fact.Text)
            .ShouldBe(["training_compute", "designated_by_commission", "rebuttal_accepted", "modalities", "placed_on_market"]);
        example.Givens.Select(given => Parsed.Shape(given.Value)).ShouldBe(["3e25 FLOP", "yes", "no", "{text,image}", "2025-08-02"]);
        file.At(example.Givens[3]).ShouldBe("given modalities = {text, image}");
        file.At(example.Givens[3].Value.ShouldBeOfType<SetLiteral>().Values[1]).ShouldBe("image");
        example.Givens[4].Value.ShouldBeOfType<DateLiteral>().Value.ShouldBe(new DateOnly(2025, 8, 2));
        (example.Expected.Text, example.Value, example.By?.Text).ShouldBe(("systemic_risk", ExpectedValue.Yes, "designation_route"));
    }

    [TestCase("no", ExpectedValue.No)]
    [TestCase("unknown", ExpectedValue.Unknown)]
    public void Example_expecting_no_or_unknown(string written, ExpectedValue value)
    {
        var (_, example) = Parsed.One<ExampleDeclaration>($"example \"nothing known\"\n  expect systemic_risk = {written}\n");

        example.Givens.ShouldBeEmpty();
        example.Value.ShouldBe(value);
        example.By.ShouldBeNull();
    }

    [Test]
    public void Empty_set_literal()
    {
        var (file, value) = Parsed.Value("{}");

        value.ShouldBeOfType<SetLiteral>().Values.ShouldBeEmpty();
        file.At(value).ShouldBe("{}");
    }

    [Test]
    public void Citations_are_kept_as_written_with_their_sentence()
    {
        var (file, fact) = Parsed.One<FactDeclaration>(
            "fact training_compute: FLOP\n  cites Article 51(2) ;  recital 111 sentence 6;Annex XIII point (f)  # the sources\n");

        fact.Cites.Select(citation => (citation.Text, citation.Sentence))
            .ShouldBe([("Article 51(2)", null), ("recital 111", 6), ("Annex XIII point (f)", null)]);
        fact.Cites.Select(citation => file.At(citation)).ShouldBe(["Article 51(2)", "recital 111 sentence 6", "Annex XIII point (f)"]);
    }

    [Test]
    public void Citations_are_not_resolved_here()
    {
        var (_, verdict) = Parsed.One<VerdictDeclaration>("verdict v\n  cites Article 999(42); artikel 51, lid 1, punt a); Artikel 51 Absatz 1 Buchstabe a\n");

        verdict.Cites.Select(citation => citation.Text)
            .ShouldBe(["Article 999(42)", "artikel 51, lid 1, punt a)", "Artikel 51 Absatz 1 Buchstabe a"]);
    }

    [Test]
    public void A_declaration_without_cites_is_left_for_the_binder_to_report()
    {
        var (_, fact) = Parsed.One<FactDeclaration>("fact parameters: count\n");

        fact.Cites.ShouldBeEmpty();
    }

    [Test]
    public void Comments_blank_lines_and_indentation_are_ignored()
    {
        var commented = Parsed.Clean("""
            # the threshold
            parameter threshold: count   # a comment after a clause
            # a comment between clauses

            value 10 000 from 2025-08-02
                  cites Annex XIII, point (f) # not part of the citation

            # a comment before the next declaration
            example "a # in a title is not a comment"
              expect reached = yes # but this is
            """);
        var plain = Parsed.Clean("parameter threshold: count\n  value 10 000 from 2025-08-02\n  cites Annex XIII, point (f)\n\nexample \"a # in a title is not a comment\"\n  expect reached = yes\n");

        commented.ShouldSatisfyAllConditions(
            () => Formatting.SyntaxEquality.ShouldBeSameTreeAs(commented, plain),
            () => commented.At(commented.Declarations[0]).ShouldEndWith("cites Annex XIII, point (f)"),
            () => commented.Declarations[1].Name.Text.ShouldBe("a # in a title is not a comment"));
    }

    [Test]
    public void Windows_line_ends_read_like_unix_ones()
    {
        const string text = "rules \"t\"\nlanguage en\n\nfact x: count\n  cites Article 51\n\nverdict v\n";

        var crlf = RulesParser.Parse("crlf.rules", text.Replace("\n", "\r\n", StringComparison.Ordinal));

        crlf.Diagnostics.ShouldBeEmpty();
        Formatting.SyntaxEquality.ShouldBeSameTreeAs(crlf.File, RulesParser.Parse("lf.rules", text).File);
        crlf.File.At(crlf.File.Declarations[0].Cites[0]).ShouldBe("Article 51");
    }

    [Test]
    public void The_rules_file_of_the_repository_parses_cleanly()
    {
        var path = Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules");

        var result = RulesParser.Parse(path, File.ReadAllText(path));

        result.Diagnostics.ShouldBeEmpty();
        var file = result.File;
        (file.Header.Title, file.Header.Act?.Text, file.Header.Language?.Text)
            .ShouldBe(("General-purpose AI models with systemic risk", "eu-ai-act", "en"));
        file.Imports.ShouldHaveSingleItem().File.Text.ShouldBe("gpai-models.rules");
        file.Declarations.GroupBy(declaration => declaration.GetType().Name).ToDictionary(group => group.Key, group => group.Count())
            .ShouldBe(new Dictionary<string, int>
            {
                [nameof(EnumDeclaration)] = 1,
                [nameof(FactDeclaration)] = 6,
                [nameof(ParameterDeclaration)] = 1,
                [nameof(ConclusionDeclaration)] = 2,
                [nameof(RuleDeclaration)] = 3,
                [nameof(VerdictDeclaration)] = 1,
                [nameof(ExampleDeclaration)] = 19,
            },
            ignoreOrder: true);
        file.Declarations.Select(declaration => file.At(declaration).Split(' ', '\n')[0]).Distinct()
            .ShouldBe(["enum", "fact", "parameter", "conclusion", "presumption", "rule", "verdict", "example"]);
        file.Declarations.Select(declaration => file.At(declaration)).ShouldAllBe(text => text.Trim() == text);
        file.Declarations.Where(declaration => declaration is not ExampleDeclaration).ShouldAllBe(declaration => declaration.Cites.Length > 0);
    }

    [Test]
    public void The_shared_declarations_of_the_repository_parse_cleanly()
    {
        var path = Path.Combine(RepoPaths.Root, "rules", "gpai-models.rules");

        var result = RulesParser.Parse(path, File.ReadAllText(path));

        result.Diagnostics.ShouldBeEmpty();
        result.File.Header.IsDeclarations.ShouldBeTrue();
        result.File.Declarations.Select(declaration => result.File.At(declaration).Split(' ', '\n')[0]).Distinct()
            .ShouldBe(["fact", "parameter", "derive", "estimate", "conclusion", "rule", "presumption"]);
        result.File.Declarations.ShouldAllBe(declaration => declaration.Cites.Length > 0);
    }
}
