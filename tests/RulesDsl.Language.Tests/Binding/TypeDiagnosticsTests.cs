using RulesDsl.Language.Binding;
using RulesDsl.Language.Syntax;
using static RulesDsl.Language.Tests.Binding.BindingTestSupport;

namespace RulesDsl.Language.Tests.Binding;

public sealed class TypeDiagnosticsTests
{
    // The condition of rule "probe" starts at line 38, column 8 of the file Probe writes.
    private const int ProbeLine = 38;
    private const int ProbeColumn = 8;

    private static readonly X Approved = X.Name("approved");
    private static readonly X Users = X.Name("users");
    private static readonly X Compute = X.Name("compute");
    private static readonly X TokensSeen = X.Name("tokens_seen");
    private static readonly X Launched = X.Name("launched");
    private static readonly X Modalities = X.Name("modalities");

    private static readonly object[] Mistakes =
    [
        new object[] { Users.And(Approved), "RD0103", 0, "'and' takes yes or no; this is count" },
        new object[] { Approved.Or(Users), "RD0103", "approved or ".Length, "'or' takes yes or no; this is count" },
        new object[] { X.Not(Users), "RD0103", "not ".Length, "'not' takes yes or no; this is count" },
        new object[] { Users, "RD0103", 0, "a condition is yes or no; this is count" },
        new object[] { Launched.GreaterThan(Users), "RD0103", 0, "date cannot be compared with count" },
        new object[] { Launched.Is(Approved), "RD0103", 0, "date cannot be compared with yes/no" },
        new object[] { Approved.AtLeast(Approved), "RD0103", 0, "'at least' compares quantities or dates, not yes/no" },
        new object[] { Users.Contains("text"), "RD0103", 0, "'contains' looks in a set; this is count" },
        new object[] { Launched.Plus(Users).GreaterThan(Users), "RD0142", "launched + ".Length, "'+' takes a date and a duration; count is not a duration" },
        new object[] { Users.Times(Launched), "RD0103", "users × ".Length, "'×' takes quantities; this is date" },
        new object[] { Users.As("date").GreaterThan(Users), "RD0103", "users as ".Length, "'as' reads a quantity as count, tokens, FLOP or EUR" },
        new object[]
        {
            TokensSeen.As("FLOP").GreaterThan(Compute), "RD0103", 0,
            "'as FLOP' reads a product of quantities as FLOP; this is tokens",
        },
        new object[]
        {
            X.Set("text").And(Approved), "RD0103", 0,
            "a set of values is written only where a set is expected, such as a fact's given value",
        },
        new object[] { Compute.GreaterThan(TokensSeen), "RD0104", 0, "FLOP cannot be compared or added with tokens: the units differ" },
        new object[]
        {
            Compute.Plus(TokensSeen).GreaterThan(Compute), "RD0104", 0,
            "FLOP cannot be compared or added with tokens: the units differ",
        },
        new object[]
        {
            Compute.GreaterThan(X.Number("10^25")), "RD0104", 0, "FLOP cannot be compared or added with count: the units differ",
        },
        new object[]
        {
            Users.Times(TokensSeen).InParentheses().GreaterThan(Compute), "RD0104", 0,
            "count×tokens cannot be compared or added with FLOP: the units differ",
        },
        new object[] { Modalities.Contains("txt"), "RD0118", "modalities contains ".Length, "'txt' is not a value of modality" },
        new object[] { Modalities.Is(X.Set("text", "imag")), "RD0118", "modalities is {text, ".Length, "'imag' is not a value of modality" },
    ];

    private static readonly X[] WellTyped =
    [
        Users.Times(TokensSeen).InParentheses().As("FLOP").GreaterThan(Compute),
        X.Number("6").Times(Users).Times(TokensSeen).InParentheses().As("FLOP").AtMost(Compute),
        X.Number("2").Times(Compute).GreaterThan(X.Number("10^25", "FLOP")),
        Compute.Minus(Compute).LessThan(X.Number("1", "FLOP")),
        X.Not(Approved.Or(Users.AtLeast(X.Number("10 000")))),
        Launched.AtLeast(X.Date("2025-08-02")),
        Modalities.Is(X.Set("text", "image")),
        X.Set("image").Is(Modalities),
        Modalities.Contains("image").And(Approved.Is(X.No)),
    ];

    [TestCaseSource(nameof(Mistakes))]
    public void A_mistaken_condition_is_reported_at_the_offending_expression(X when, string id, int offset, string message)
    {
        var result = Probe(when);

        result.ShouldReport((id, ProbeLine, ProbeColumn + offset));
        result.Diagnostics[0].Message.ShouldBe(message);
    }

    [TestCaseSource(nameof(WellTyped))]
    public void A_well_typed_condition_checks_clean(X when)
    {
        Probe(when).ShouldBeClean();
    }

    [Test]
    public void A_misspelt_value_is_offered_the_closest_value_of_the_enumeration()
    {
        var result = Probe(Modalities.Contains("txt"));

        result.Diagnostics[0].Hint.ShouldBe("did you mean 'text'?");
    }

    [Test]
    public void A_given_value_of_another_unit_is_a_type_mismatch()
    {
        var result = Valid()
            .Fact("compute", "FLOP")
            .Example("wrong unit", [("compute", X.Number("3e25", "tokens"))], "allowed", ExpectedValue.Unknown)
            .Bind();

        result.ShouldReport(("RD0103", 21, 19));
        result.Diagnostics[0].Message.ShouldBe("'compute' is FLOP, but this is tokens");
    }

    [Test]
    public void A_given_value_of_another_type_is_a_type_mismatch()
    {
        var result = Valid().Example("number", [("approved", X.Number("3"))], "allowed", ExpectedValue.Unknown).Bind();

        result.ShouldReport(("RD0103", 18, 20));
        result.Diagnostics[0].Message.ShouldBe("'approved' is yes/no, but this is count");
    }

    [Test]
    public void A_given_value_is_written_out_not_named()
    {
        var result = Valid().Example("named", [("approved", Approved)], "allowed", ExpectedValue.Unknown).Bind();

        result.ShouldReport(("RD0103", 18, 20));
        result.Diagnostics[0].Message.ShouldStartWith("a value is written out");
    }

    [Test]
    public void A_given_set_holds_values_of_the_fact_enumeration()
    {
        var result = Valid()
            .Enum("modality", ["text", "image", "video"])
            .Fact("modalities", "set of modality")
            .Example("set", [("modalities", X.Set("text", "vidoe"))], "allowed", ExpectedValue.Unknown)
            .Bind();

        result.ShouldReport(("RD0118", 25, 29));
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'video'?");
    }

    [Test]
    public void A_parameter_value_must_have_the_parameter_type()
    {
        var result = Valid().Parameter("limit", "FLOP", [(X.Number("10^25"), "2025-08-02")]).Bind();

        result.ShouldReport(("RD0103", 18, 9));
        result.Diagnostics[0].Message.ShouldBe("'limit' is FLOP, but this is count");
    }

    [Test]
    public void A_derivation_must_give_the_fact_unit_and_is_told_how_to_read_a_product()
    {
        var result = Valid()
            .Fact("compute", "FLOP")
            .Fact("users", "count")
            .Fact("tokens_seen", "tokens")
            .Derive("compute", Users.Times(TokensSeen))
            .Bind();

        result.ShouldReport(("RD0103", 27, 8));
        result.Diagnostics[0].Message.ShouldBe(
            "'compute' is FLOP, but this is count×tokens; write '(…) as FLOP' to read the product as FLOP");
    }

    [Test]
    public void Only_a_quantity_fact_is_derived()
    {
        var result = Valid()
            .Parameter("limit", "count", [(X.Number("3"), "2025-08-02")])
            .Derive("approved", X.Yes)
            .Estimate("limit", X.Number("3"))
            .Bind();

        result.ShouldReport(("RD0119", 21, 8), ("RD0119", 25, 10));
        result.Diagnostics[0].Message.ShouldBe("'approved' is not a quantity fact, so it cannot be derived or estimated");
    }

    [Test]
    public void A_derivation_of_an_undeclared_name_is_offered_a_quantity_fact()
    {
        var result = Valid().Fact("compute", "FLOP").Derive("compte", X.Number("1", "FLOP")).Bind();

        result.ShouldReport(("RD0101", 20, 8));
        result.Diagnostics[0].Message.ShouldBe("there is no fact named 'compte'");
        result.Diagnostics[0].Hint.ShouldBe("did you mean 'compute'?");
    }

    /// <summary>The prelude, facts of every type and a rule "probe" whose condition is <paramref name="when"/>.</summary>
    private static BindResult Probe(X when) => Valid()
        .Fact("users", "count")
        .Fact("compute", "FLOP")
        .Fact("tokens_seen", "tokens")
        .Fact("launched", "date")
        .Enum("modality", ["text", "image"])
        .Fact("modalities", "set of modality")
        .Rule("probe", "allowed", when)
        .Bind();
}
