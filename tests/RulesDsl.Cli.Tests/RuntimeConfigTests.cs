using System.Text.Json;

namespace RulesDsl.Cli.Tests;

/// <summary>The runtime settings the command ships with, chosen by measurement (README, Benchmarks).</summary>
public class RuntimeConfigTests
{
    [Test]
    public void Hot_code_goes_straight_to_its_optimized_tier_without_instrumentation()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(Dotnet.Rulesdsl, ".runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.Runtime.TieredPGO").GetBoolean().ShouldBeFalse();
    }
}
