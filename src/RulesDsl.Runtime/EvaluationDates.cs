namespace RulesDsl.Runtime;

/// <summary>What an evaluation reads of time: the day it is as of, and parameters that are dates or periods.</summary>
public sealed partial class Evaluation
{
    /// <summary><c>today</c>: the date the classification is as of (<see cref="ClassifyOptions.AsOf"/>), never the machine's clock.</summary>
    public DateValue Today() => new(asOf, true);

    /// <summary>A date parameter's value in force on the evaluation's date; unknown when the law sets none then.</summary>
    public DateValue DateParameter(int parameter)
    {
        var value = definition.Parameters[parameter].InForce(asOf);
        var date = value?.Date is { } day ? new DateValue(day, true) : default;
        TraceParameter(parameter, value, new StepValue.OfDate(date));
        return date;
    }

    /// <summary>A period parameter's value in force on the evaluation's date; unknown when the law sets none then.</summary>
    public Period PeriodParameter(int parameter)
    {
        var value = definition.Parameters[parameter].InForce(asOf);
        var period = value?.Period ?? Runtime.Period.Unknown;
        TraceParameter(parameter, value, new StepValue.OfPeriod(period));
        return period;
    }

    private void TraceParameter(int parameter, ParameterValue? value, StepValue shown)
    {
        if (tracing)
        {
            var read = definition.Parameters[parameter];
            frame.Children!.Add(new TraceNode(StepKind.Parameter, read.Name, shown,
                value is null ? StepStatus.NotInForce : StepStatus.InForce, read.Citations, [])
            {
                InForceFrom = value?.From,
            });
        }
    }
}
