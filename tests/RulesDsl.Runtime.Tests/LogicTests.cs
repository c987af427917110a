using RulesDsl.Runtime;

namespace RulesDsl.Runtime.Tests;

public class LogicTests
{
    [TestCase(Truth.Yes, Truth.Yes, Truth.Yes, Truth.Yes)]
    [TestCase(Truth.Yes, Truth.No, Truth.No, Truth.Yes)]
    [TestCase(Truth.Yes, Truth.Unknown, Truth.Unknown, Truth.Yes)]
    [TestCase(Truth.No, Truth.Unknown, Truth.No, Truth.Unknown)]
    [TestCase(Truth.Unknown, Truth.Unknown, Truth.Unknown, Truth.Unknown)]
    public void And_and_or_over_three_values(Truth left, Truth right, Truth and, Truth or)
    {
        Logic.And(left, right).ShouldBe(and);
        Logic.And(right, left).ShouldBe(and);
        Logic.Or(left, right).ShouldBe(or);
        Logic.Or(right, left).ShouldBe(or);
    }

    [Test]
    public void Not_keeps_unknown()
    {
        Logic.Not(Truth.Unknown).ShouldBe(Truth.Unknown);
        Logic.Not(Truth.Yes).ShouldBe(Truth.No);
    }

    [Test]
    public void Unknown_and_estimated_quantities_propagate()
    {
        (Quantity.Of(2) + Quantity.Unknown).IsKnown.ShouldBeFalse();
        (Quantity.Of(2) * Quantity.Of(3).AsEstimate()).ShouldBe(Quantity.Of(6).AsEstimate());
        Quantity.GreaterThan(Quantity.Unknown, Quantity.Of(1)).ShouldBe(Truth.Unknown);
        Quantity.GreaterThan(Quantity.Of(1e25), Quantity.Of(1e25)).ShouldBe(Truth.No);
        Quantity.AtLeast(Quantity.Of(1e25), Quantity.Of(1e25)).ShouldBe(Truth.Yes);
        new SetValue(null).Contains("text").ShouldBe(Truth.Unknown);
    }
}
