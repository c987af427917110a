using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace RulesDsl.Benchmarks.Peers;

/// <summary>
/// The GPAI rules for NRules, as C# rule classes: a model general-purpose within Chapter V's dates is inserted as such
/// (Article 3(63), Article 113(b)), the routes of Article 51(1) decide on the verdict fact, the high-impact route first.
/// A session per model, as NRules' users classify one request.
/// </summary>
public sealed class NRulesPeer
{
    /// <summary>The rule classes, compiled into a session factory by <see cref="NRulesPeer(IEnumerable{Type})"/>.</summary>
    public static readonly Type[] Rules = [typeof(GeneralPurposeRule), typeof(HighImpactRouteRule), typeof(DesignationRouteRule), typeof(NotApplicableRule)];

    private readonly ISessionFactory factory;

    public NRulesPeer(IEnumerable<Type> rules)
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(rules));
        factory = repository.Compile();
    }

    public PeerVerdict SystemicRisk(PeerModel model)
    {
        var session = factory.CreateSession();
        var verdict = new SystemicRiskVerdict(model);
        session.Insert(model);
        session.Insert(verdict);
        session.Fire();
        return verdict.Verdict;
    }
}

/// <summary>The verdict on one model: "no" until a rule decides otherwise.</summary>
public sealed class SystemicRiskVerdict(PeerModel model)
{
    public PeerModel Model { get; } = model;

    public PeerVerdict Verdict { get; private set; } = PeerVerdict.No;

    public void Decide(PeerVerdict verdict)
    {
        if (Verdict == PeerVerdict.No)
        {
            Verdict = verdict;
        }
    }
}

/// <summary>A model that is a general-purpose AI model, on a day Chapter V applies.</summary>
public sealed record GeneralPurposeModel(PeerModel Model);

/// <summary>Article 51(2)'s threshold and the cumulative compute: given, else the sum of its parts, else at least 6 × parameters × tokens.</summary>
public static class Compute
{
    public const decimal Threshold = 1e25m;

    public static readonly DateTime ChapterV = new(2025, 8, 2);

    public static decimal Cumulative(PeerModel model)
    {
        var parts = (model.PretrainingCompute ?? 0) + (model.SyntheticDataCompute ?? 0) + (model.FinetuningCompute ?? 0);
        if (model.TrainingCompute is { } given)
        {
            return given;
        }

        if (model.PretrainingCompute is not null && model.SyntheticDataCompute is not null && model.FinetuningCompute is not null)
        {
            return parts;
        }

        return model.Parameters is { } parameters && model.TrainingTokens is { } tokens ? Math.Max(parts, 6 * parameters * tokens) : parts;
    }
}

[Priority(10)]
public sealed class GeneralPurposeRule : Rule
{
    public override void Define()
    {
        PeerModel model = null!;
        When().Match(() => model, m => m.AsOf >= Compute.ChapterV,
            m => m.SignificantGenerality == true && m.IntegrableDownstream == true && (m.PlacedOnMarket == true || m.ResearchDevelopmentOrPrototyping != true));
        Then().Do(ctx => ctx.Insert(new GeneralPurposeModel(model)));
    }
}

[Priority(2)]
public sealed class HighImpactRouteRule : Rule
{
    public override void Define()
    {
        GeneralPurposeModel general = null!;
        SystemicRiskVerdict verdict = null!;
        When()
            .Match(() => general, g => g.Model.HighImpactCapabilitiesAssessed == true || Compute.Cumulative(g.Model) > Compute.Threshold,
                g => g.Model.RebuttalAccepted != true)
            .Match(() => verdict, v => v.Model == general.Model);
        Then().Do(_ => verdict.Decide(PeerVerdict.Yes("high_impact_route")));
    }
}

[Priority(1)]
public sealed class DesignationRouteRule : Rule
{
    public override void Define()
    {
        GeneralPurposeModel general = null!;
        SystemicRiskVerdict verdict = null!;
        When()
            .Match(() => general, g => g.Model.DesignatedByCommission == true)
            .Match(() => verdict, v => v.Model == general.Model);
        Then().Do(_ => verdict.Decide(PeerVerdict.Yes("designation_route")));
    }
}

public sealed class NotApplicableRule : Rule
{
    public override void Define()
    {
        SystemicRiskVerdict verdict = null!;
        When()
            .Match(() => verdict)
            .Not<GeneralPurposeModel>(g => g.Model == verdict.Model);
        Then().Do(_ => verdict.Decide(PeerVerdict.NotApplicable));
    }
}
