using RulesDsl.Language.Binding;

namespace RulesDsl.Language.Tests.Binding;

internal static class BindingTestSupport
{
    /// <summary>The date the tests bind at: the day the GPAI obligations apply.</summary>
    public static readonly DateOnly AsOf = new(2025, 8, 2);

    /// <summary>
    /// A file that checks clean, for tests to add one mistake to. Its lines: the header (1), fact <c>approved</c> (3),
    /// conclusion <c>allowed</c> (6), rule <c>approval</c> concluding it when approved (9–12), the verdict (14); the
    /// next declaration starts on line 17.
    /// </summary>
    public static RulesFileBuilder Valid() => new RulesFileBuilder()
        .Fact("approved", "yes/no")
        .Conclusion("allowed")
        .Rule("approval", "allowed", X.Name("approved"))
        .Verdict("allowed");

    public static BindResult Bind(this RulesFileBuilder builder) => Binder.Bind(builder.Build(), AsOf);

    /// <summary>Exactly these diagnostics, in this order, by id, line and column.</summary>
    public static void ShouldReport(this BindResult result, params (string Id, int Line, int Column)[] expected) =>
        result.Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column)).ShouldBe(
            expected, ignoreOrder: false, customMessage: string.Join("\n", result.Diagnostics));

    public static void ShouldBeClean(this BindResult result) => result.ShouldReport();
}
