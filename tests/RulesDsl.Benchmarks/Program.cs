using System.Globalization;
using BenchmarkDotNet.Running;

// `--paired-per-verdict [rounds]`: the per-verdict ratios measured interleaved (PerVerdict.Paired); else BenchmarkDotNet.
if (args is ["--paired-per-verdict", .. var rest])
{
    RulesDsl.Benchmarks.PerVerdict.Paired(rest is [var rounds] ? int.Parse(rounds, CultureInfo.InvariantCulture) : 200);
    return;
}

// `--paired-peers [rounds]`: RulesEngine and NRules beside ours, per verdict and from rules text to first verdict, interleaved.
if (args is ["--paired-peers", .. var peerRounds])
{
    var rounds = peerRounds is [var given] ? int.Parse(given, CultureInfo.InvariantCulture) : 200;
    RulesDsl.Benchmarks.Peers.PeersPerVerdict.Paired(rounds);
    RulesDsl.Benchmarks.Peers.PeersFirstVerdict.Paired(Math.Max(3, rounds / 20));
    return;
}

// `--first-verdict ENGINE`: one engine's first verdict in this fresh process (Process/peers-first-verdict.sh).
if (args is ["--first-verdict", var engine])
{
    RulesDsl.Benchmarks.Peers.PeersFirstVerdict.Cold(engine);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(RulesDsl.Benchmarks.ScalingBenchmark).Assembly).Run(args);
