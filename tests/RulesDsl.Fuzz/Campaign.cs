using System.Diagnostics;
using System.Security.Cryptography;

namespace RulesDsl.Fuzz;

/// <summary>What went wrong with one input: an exception out of the front end, or more than a second of work twice.</summary>
internal sealed record Finding(string Target, string Signature, string Detail, string? File);

/// <summary>One target's run: how many inputs, in how long, and what they found.</summary>
internal sealed record TargetRun(string Target, int Inputs, TimeSpan Elapsed, IReadOnlyList<Finding> Findings, TimeSpan Slowest)
{
    public double PerSecond => Elapsed.TotalSeconds > 0 ? Inputs / Elapsed.TotalSeconds : 0;
}

/// <summary>
/// Feeds one target its seeds as they are, then inputs the mutator makes from them, until the count or the deadline;
/// each input is timed, and one over <see cref="SlowLimit"/> is run again and found slow only if it takes more than that
/// of its thread's processor time again (the machine may be busy with something else the first time).
/// </summary>
internal sealed class Campaign(FuzzTarget target, int seed, string findings)
{
    public static readonly TimeSpan SlowLimit = TimeSpan.FromSeconds(1);

    /// <summary>Findings of one signature (exception type and where it was thrown) kept as files; the rest are only counted.</summary>
    private const int FilesPerSignature = 1;

    private readonly Dictionary<string, int> signatures = new(StringComparer.Ordinal);

    /// <summary>The input being run and since when, for the watchdog that stops a hang.</summary>
    public (FuzzInput Input, long Started)? Current { get; private set; }

    public TargetRun Run(int inputs, DateTime deadline, Action<Finding> found)
    {
        // A target's own stream of random numbers, so that its inputs do not depend on which other targets run.
        var random = new Random(unchecked(seed * 31 + Array.IndexOf(Targets.Names, target.Name) + 1));
        var mutator = new Mutator(random, target.Seeds, target.Tokens);
        var list = new List<Finding>();
        var slowest = TimeSpan.Zero;
        var clock = Stopwatch.StartNew();
        var done = 0;
        for (; done < inputs && DateTime.UtcNow < deadline; done++)
        {
            var input = done < target.Seeds.Count ? target.Seeds[done] : mutator.Next();
            var (finding, elapsed) = Try(input);
            slowest = elapsed > slowest ? elapsed : slowest;
            if (finding is not null)
            {
                list.Add(finding);
                found(finding);
            }
        }

        return new TargetRun(target.Name, done, clock.Elapsed, list, slowest);
    }

    /// <summary>The finding of an input that ran out its time: the watchdog's, before it ends the process.</summary>
    public Finding Hang(FuzzInput input, TimeSpan elapsed) =>
        Keep(input, "hang", $"still running after {elapsed.TotalSeconds:F0} s");

    private (Finding? Finding, TimeSpan Elapsed) Try(FuzzInput input)
    {
        var (exception, elapsed) = Time(input);
        if (exception is null && elapsed > SlowLimit)
        {
            // Run again, on the processor time of this thread alone: the first time may have waited for a processor the
            // other targets or other programs held, or for a garbage collection another thread started.
            var before = ThreadClock.Now();
            (exception, var again) = Time(input);
            var used = ThreadClock.Now() - before ?? again;
            if (exception is null && used > SlowLimit)
            {
                return (Keep(input, "slow", $"took {elapsed.TotalMilliseconds:F0} ms, then {used.TotalMilliseconds:F0} ms of processor time (limit {SlowLimit.TotalMilliseconds:F0} ms)"), elapsed);
            }
        }

        return exception is null ? (null, elapsed) : (Keep(input, Signature(exception), exception.ToString()), elapsed);
    }

    private (Exception? Exception, TimeSpan Elapsed) Time(FuzzInput input)
    {
        var started = Stopwatch.GetTimestamp();
        Current = (input, started);
        try
        {
            target.Run(input);
            return (null, Stopwatch.GetElapsedTime(started));
        }
        catch (Exception e)
        {
            // Whatever escapes the entry point is a finding: the CLI would show the user an internal error.
            return (e, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            Current = null;
        }
    }

    /// <summary>An exception's type and the first frame of the project's own code it passed through.</summary>
    private static string Signature(Exception e)
    {
        var frames = new StackTrace(e, false).GetFrames();
        var own = frames.Select(f => f.GetMethod()).FirstOrDefault(m => m?.DeclaringType?.FullName?.StartsWith("RulesDsl.", StringComparison.Ordinal) == true);
        return $"{e.GetType().Name} in {own?.DeclaringType?.FullName}.{own?.Name}";
    }

    private Finding Keep(FuzzInput input, string signature, string detail)
    {
        lock (signatures)
        {
            var seen = signatures.GetValueOrDefault(signature);
            signatures[signature] = seen + 1;
            if (seen >= FilesPerSignature)
            {
                return new Finding(target.Name, signature, detail, null);
            }
        }

        var folder = Path.Combine(findings, target.Name);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Convert.ToHexStringLower(SHA256.HashData(input.Bytes))[..16]}.{input.Kind}");
        File.WriteAllBytes(file, input.Bytes);
        return new Finding(target.Name, signature, detail, file);
    }
}
