namespace RulesDsl.Language.Tests.Checking;

/// <summary>
/// One typo early in a copy of the shipped rules gives one error: the broken declaration is reported once, where it
/// breaks, what it declares is taken to exist, and every later declaration is still checked.
/// </summary>
public class RecoveryTests
{
    private static readonly Shipped Rules = Shipped.Read("gpai-systemic-risk.rules");

    private static string Edited(string from, string to)
    {
        Rules.Text.ShouldContain(from);
        return Rules.Text.Replace(from, to, StringComparison.Ordinal);
    }

    [TestCase("fact business_users_eu: count", "fact business_users_eu: cuont", "business_users_eu")]
    [TestCase("  means ^sysrisk", "  mean ^sysrisk", "systemic_risk")]
    [TestCase("  values text,", "  value text,", "modality")]
    [TestCase("  presumes high_impact_on_internal_market", "  presume high_impact_on_internal_market", "reach_presumption")]
    [TestCase("verdict systemic_risk\n  applies to", "verdict systemic_risk\n  aplies to", "systemic_risk")]
    public void A_typo_in_a_declaration_is_the_one_error(string from, string to, string declared)
    {
        var text = Edited(from, to);

        var result = Against.Check(text, Rules.Path);

        var error = result.Diagnostics.Where(d => d.IsError).ShouldHaveSingleItem($"typo in '{declared}'");
        error.Id.ShouldBe("RD0100");
        result.Syntax.Unparsed.ShouldHaveSingleItem().Name.ShouldNotBeNull().Text.ShouldBe(declared);
    }

    [Test]
    public void Declarations_after_the_broken_one_are_still_checked()
    {
        var text = Edited("fact business_users_eu: count", "fact business_users_eu: cuont")
            .Replace("when business_users_eu at least business_users_threshold", "when business_users_eu at least business_user_threshold", StringComparison.Ordinal);

        var result = Against.Check(text, Rules.Path);

        result.Diagnostics.Where(d => d.IsError).Select(d => d.Id).ShouldBe(["RD0100", "RD0101"]);
        result.Diagnostics.Single(d => d.Id == "RD0101").Message.ShouldBe("there is no fact, parameter or conclusion named 'business_user_threshold'");
    }

    [Test]
    public void A_name_no_declaration_has_is_still_unknown()
    {
        var result = Against.Check(Edited("given business_users_eu = 10 000", "given business_user_eu = 10 000"), Rules.Path);

        result.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("RD0108");
    }
}
