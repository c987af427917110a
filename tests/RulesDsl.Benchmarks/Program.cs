using System.Globalization;
using BenchmarkDotNet.Running;

// `--paired-per-verdict [rounds]`: the per-verdict ratios measured interleaved (PerVerdict.Paired); else BenchmarkDotNet.
if (args is ["--paired-per-verdict", .. var rest])
{
    RulesDsl.Benchmarks.PerVerdict.Paired(rest is [var rounds] ? int.Parse(rounds, CultureInfo.InvariantCulture) : 200);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RulesDsl.Benchmarks.ScalingBenchmark).Assembly).Run(args);
