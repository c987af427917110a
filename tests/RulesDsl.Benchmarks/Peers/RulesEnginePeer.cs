using System.Text.Json;
using RulesEngine.Models;

namespace RulesDsl.Benchmarks.Peers;

/// <summary>
/// The GPAI rules for Microsoft RulesEngine: the workflow of lambda expressions in gpai-systemic-risk.json, and the
/// verdict read from which of its rules succeeded, as its users combine them.
/// </summary>
public sealed class RulesEnginePeer
{
    public const string WorkflowName = "GpaiSystemicRisk";

    private readonly RulesEngine.RulesEngine engine;

    public RulesEnginePeer(string workflowJson)
    {
        var workflows = JsonSerializer.Deserialize<Workflow[]>(workflowJson) ?? throw new InvalidOperationException("no workflow");
        engine = new RulesEngine.RulesEngine(workflows, new ReSettings());
    }

    public static string WorkflowPath => Path.Combine(AppContext.BaseDirectory, "Peers", "gpai-systemic-risk.json");

    public static string WorkflowText() => File.ReadAllText(WorkflowPath);

    /// <summary>The workflow replaced by another version of it, as a host does when its rules are edited.</summary>
    public void Update(string workflowJson) =>
        engine.AddOrUpdateWorkflow(JsonSerializer.Deserialize<Workflow[]>(workflowJson) ?? throw new InvalidOperationException("no workflow"));

    public PeerVerdict SystemicRisk(PeerModel model)
    {
        var results = engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("model", model)).AsTask().GetAwaiter().GetResult();
        if (results.Find(r => !string.IsNullOrEmpty(r.ExceptionMessage)) is { } failed)
        {
            throw new InvalidOperationException($"{failed.Rule.RuleName}: {failed.ExceptionMessage}");
        }

        // The rules in the workflow's order: chapter_v_applies, general_purpose, high_impact_route, designation_route.
        return !results[0].IsSuccess || !results[1].IsSuccess ? PeerVerdict.NotApplicable
            : results[2].IsSuccess ? PeerVerdict.Yes("high_impact_route")
            : results[3].IsSuccess ? PeerVerdict.Yes("designation_route")
            : PeerVerdict.No;
    }
}
