using System.Diagnostics;
using System.Runtime;

namespace RulesDsl.Tests;

/// <summary>
/// How the work of an operation grows with its input, compared within one run: how many times the processor time and
/// the bytes allocated the same operation takes on an input <see cref="Factor"/> times larger. Work that grows in
/// proportion to its input (or as n log n) stays well under <see cref="Bound"/>; work that grows as the square of it
/// goes to <see cref="Factor"/>². No absolute time is measured against: a loaded machine slows both sizes alike, and
/// processor time does not count the time the process waits for a processor.
/// </summary>
internal static class Growth
{
    public const int Factor = 16;

    /// <summary>Halfway, on a log scale, between linear growth (<see cref="Factor"/>) and quadratic growth
    /// (<see cref="Factor"/>²), so that noise of four times either way is tolerated.</summary>
    public const double Bound = 64;

    // The fastest of a few runs is the one the rest of the machine disturbed least.
    private const int Runs = 5;

    /// <summary>How many times the processor time and the bytes allocated <paramref name="work"/> takes on the input of
    /// <see cref="Factor"/> × <paramref name="size"/> than on the input of <paramref name="size"/>.</summary>
    /// <param name="input">Makes the input of a size; not measured.</param>
    /// <param name="work">The operation measured; its result is kept alive so none of it is optimised away.</param>
    public static GrowthRatio Of<TInput, TResult>(Func<int, TInput> input, Func<TInput, TResult> work, int size)
    {
        var smaller = input(size);
        var larger = input(size * Factor);

        // The first runs compile what the work calls, to its final tier; they are not measured.
        for (var run = 0; run < Runs; run++)
        {
            GC.KeepAlive(work(smaller));
        }

        GC.KeepAlive(work(larger));
        var small = (Time: double.MaxValue, Allocated: long.MaxValue);
        var large = small;
        for (var run = 0; run < Runs; run++)
        {
            small = Fastest(small, Measure(work, smaller));
            large = Fastest(large, Measure(work, larger));
        }

        return new GrowthRatio(
            large.Time / Math.Max(small.Time, 0.001),
            (double)large.Allocated / Math.Max(1, small.Allocated),
            $"at {size} and {size * Factor}: {small.Time:F1} and {large.Time:F1} ms of processor time, {small.Allocated} and {large.Allocated} bytes allocated");
    }

    private static (double Time, long Allocated) Fastest((double Time, long Allocated) a, (double Time, long Allocated) b) =>
        (Math.Min(a.Time, b.Time), Math.Min(a.Allocated, b.Allocated));

    private static (double Time, long Allocated) Measure<TInput, TResult>(Func<TInput, TResult> work, TInput input)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        // Every thread's allocations: the work may hand parts of itself to the thread pool (a corpus read, a batch).
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        // A collection costs what the heap holds, not what the work did: none runs while the work is measured.
        var noCollection = GC.TryStartNoGCRegion(NoCollectionBudget);
        process.Refresh();
        var before = process.TotalProcessorTime;
        GC.KeepAlive(work(input));
        process.Refresh();
        var time = (process.TotalProcessorTime - before).TotalMilliseconds;
        if (noCollection && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        return (time, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    // As much as the runtime lets a region allocate without a collection on a 64-bit workstation heap.
    private const long NoCollectionBudget = 200L * 1024 * 1024;
}

/// <summary>How many times the processor time and the bytes allocated grew, and the measurements, to show on a failure.</summary>
internal sealed record GrowthRatio(double Time, double Allocated, string Measured);
