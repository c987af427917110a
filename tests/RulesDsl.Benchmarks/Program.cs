using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RulesDsl.Benchmarks.ScalingBenchmark).Assembly).Run(args);
