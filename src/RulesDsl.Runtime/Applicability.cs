namespace RulesDsl.Runtime;

/// <summary>The day the law a rule set encodes applies from, and the provisions that set it (Article 113 of the AI Act).</summary>
public sealed record ApplicationDate(DateOnly From, IReadOnlyList<Citation> Citations);

/// <summary>Whether the law applied to the case a verdict decides, and why not when it did not.</summary>
public enum ApplicabilityStatus : byte
{
    /// <summary>The law applies on the verdict's date and, where the rules name a scope, the case is within it.</summary>
    Applies,

    /// <summary>The verdict's date is before the day the law applies from: the law gives no answer yet.</summary>
    NotYetApplicable,

    /// <summary>The case is not within the scope the rules name (not a general-purpose AI model, Article 3(63)).</summary>
    OutsideScope,

    /// <summary>The facts given do not tell whether the case is within the scope.</summary>
    ScopeUndetermined,

    /// <summary>The rules say neither from when the law applies nor to what: the verdict is given as if it applied.</summary>
    Unstated,
}

/// <summary>
/// The applicability a verdict was given under: its status, the day the law applies from with the provisions that set
/// it, and the scope the rules name with how it was decided. A verdict that is not applicable answers neither yes nor
/// no: its outcome is unknown with no missing facts (outside the scope, before the date) or the scope's missing facts.
/// </summary>
/// <param name="Scope">The conclusion the scope is (<c>general_purpose_ai_model</c>), when the rules name one and it was evaluated.</param>
/// <param name="ScopeTrace">How the scope was decided, when traced.</param>
public sealed record Applicability(
    ApplicabilityStatus Status,
    ApplicationDate? Date,
    string? Scope,
    TraceNode? ScopeTrace)
{
    /// <summary>Rules that say nothing of their applicability.</summary>
    public static Applicability Unstated { get; } = new(ApplicabilityStatus.Unstated, null, null, null);

    /// <summary>Whether the verdict's outcome answers the question: the law applies, or the rules do not say it does not.</summary>
    public bool IsApplicable => Status is ApplicabilityStatus.Applies or ApplicabilityStatus.Unstated;
}
