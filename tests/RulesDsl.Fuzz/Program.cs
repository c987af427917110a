using System.Diagnostics;
using System.Globalization;
using RulesDsl.Fuzz;

// rulesdsl's fuzz campaign: the corpus reader, the linker, the rules front end and the facts readers fed mutated real
// inputs, in-process, through the entry points the CLI calls; findings kept under tests/Inputs/fuzz. Exit 1 when any.
var options = Options.Parse(args);
if (options.Error is { } error)
{
    Console.Error.WriteLine($"fuzz: {error}");
    Console.Error.WriteLine(Options.Usage);
    return 2;
}

var root = Options.Root();
var scratch = Path.Combine(Path.GetTempPath(), "rulesdsl-fuzz", Guid.NewGuid().ToString("N"));
if (options.Replay is { } replay)
{
    return Replayed(root, scratch, replay);
}

var findings = options.Out ?? Path.Combine(root, "tests", "Inputs", "fuzz");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fuzz: seed {options.Seed}, {options.Inputs} inputs over {string.Join(", ", options.Names)}{(options.Seconds is { } s ? $", at most {s} s" : "")}; scratch {scratch} (left behind if the process dies: the input that killed it is there)"));
var setup = Stopwatch.StartNew();
using var targets = Targets.Create(root, scratch, options.Names);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: set up in {setup.Elapsed.TotalSeconds:F1} s (the embedded corpus linked, the shipped rules compiled)"));

var deadline = options.Seconds is { } seconds ? DateTime.UtcNow.AddSeconds(seconds) : DateTime.MaxValue;
var campaigns = targets.All.Select(t => new Campaign(t, options.Seed, findings)).ToList();
var runs = new TargetRun[campaigns.Count];
var shares = Shares(options.Inputs, [.. targets.All.Select(t => t.Share)]);
var print = new Lock();
var threads = campaigns.Select((campaign, i) => new Thread(
    () => runs[i] = campaign.Run(shares[i], deadline, finding =>
    {
        lock (print)
        {
            Console.WriteLine($"fuzz: {finding.Target}: {finding.Signature}{(finding.File is null ? "" : $" -> {Path.GetRelativePath(root, finding.File)}")}");
            if (finding.File is not null)
            {
                Console.WriteLine("  " + finding.Detail.Split('\n')[0].Trim());
            }
        }
    }),
    // The main thread's stack on Linux: a front end must not overflow here where the CLI would not.
    maxStackSize: 8 * 1024 * 1024)).ToList();
var clock = Stopwatch.StartNew();
threads.ForEach(t => t.Start());
Watchdog.Start(campaigns, clock);
threads.ForEach(t => t.Join());
var elapsed = clock.Elapsed;

var total = runs.Sum(r => r.Inputs);
var found = runs.Sum(r => r.Findings.Count);
foreach (var run in runs)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"fuzz: {run.Target,-6} {run.Inputs,7} inputs in {run.Elapsed.TotalSeconds,6:F1} s, {run.PerSecond,6:F0}/s, slowest {run.Slowest.TotalMilliseconds,5:F0} ms, {run.Findings.Count} findings"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"fuzz: {total} inputs in {elapsed.TotalSeconds:F1} s ({total / Math.Max(elapsed.TotalSeconds, 0.001):F0}/s), {found} findings{(total < options.Inputs ? $"; stopped by --seconds before {options.Inputs}" : "")}"));
Directory.Delete(scratch, recursive: true);
return found > 0 ? 1 : 0;

// Each findings file run through the target its folder names: what the front end reported, or what escaped it, and how long it took.
static int Replayed(string root, string scratch, string path)
{
    if (!Path.Exists(path))
    {
        Console.Error.WriteLine($"fuzz: --replay '{path}' is neither a file nor a folder");
        return 2;
    }

    var files = File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    var names = files.Select(f => Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(f)))!).Distinct().ToList();
    if (names.FirstOrDefault(n => !Targets.Names.Contains(n)) is { } unknown)
    {
        Console.Error.WriteLine($"fuzz: --replay: a finding lies in a folder named for its target ({string.Join(", ", Targets.Names)}), not in '{unknown}'");
        return 2;
    }

    using var targets = Targets.Create(root, scratch, names);
    var failed = 0;
    foreach (var file in files)
    {
        var target = targets.All.Single(t => t.Name == Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file))));
        var clock = Stopwatch.StartNew();
        try
        {
            var reported = target.Run(new FuzzInput(FuzzTarget.KindOf(file), File.ReadAllBytes(file)));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, file)}: {reported.Count} reported in {clock.ElapsedMilliseconds} ms"));
            foreach (var line in reported.Take(5))
            {
                Console.WriteLine("  " + (line.Length > 300 ? line[..300] + "…" : line));
            }
        }
        catch (Exception e)
        {
            failed++;
            Console.WriteLine($"{Path.GetRelativePath(root, file)}: {e}");
        }
    }

    Directory.Delete(scratch, recursive: true);
    return failed > 0 ? 1 : 0;
}

// The inputs split by the targets' shares, the remainder to the first, so that they add up to the count asked for.
static int[] Shares(int inputs, int[] weights)
{
    var shares = weights.Select(w => (int)((long)inputs * w / weights.Sum())).ToArray();
    shares[0] += inputs - shares.Sum();
    return shares;
}
