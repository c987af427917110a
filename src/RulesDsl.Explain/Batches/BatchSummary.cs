using System.Globalization;
using System.Runtime.InteropServices;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>
/// What a batch came to: records read, classified and skipped, counts per verdict, the missing facts that left verdicts
/// unknown, and the first bad records with their reasons (every one is reported as it is met; the summary keeps a few,
/// so that its memory does not grow with the input).
/// </summary>
public sealed class BatchSummary
{
    public const int SkippedShown = 10;

    // Counted case by case, so unsorted (a sorted dictionary's code over an int is compiled at run time); sorted when written.
    private readonly Dictionary<string, int[]> outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> missing = new(StringComparer.Ordinal);
    private readonly List<FactsRecord> skipped = [];

    // Verdicts counted as met, by reference, and folded into the counts by name when these are read or the slots are
    // full: a batch gives a few shared verdicts over and over, and counting each by name cost the writing thread about
    // a tenth of a microsecond a record.
    private readonly Verdict?[] tallied = new Verdict?[16];
    private readonly int[] tallies = new int[16];
    private int talliedCount;

    public int Read { get; private set; }

    public int Classified { get; private set; }

    public int Skipped { get; private set; }

    /// <summary>Stopped at a bad record, as asked: the records after it were not read.</summary>
    public bool Stopped { get; internal set; }

    /// <summary>The first <see cref="SkippedShown"/> bad records.</summary>
    public IReadOnlyList<FactsRecord> FirstSkipped => skipped;

    /// <summary>How many verdicts of a conclusion came out yes, no or unknown (the law applying).</summary>
    public int Count(string conclusion, Truth outcome) => Settled().outcomes.TryGetValue(conclusion, out var counts) ? counts[(int)outcome] : 0;

    /// <summary>How many verdicts of a conclusion were not applicable: before the law applies, or outside its scope.</summary>
    public int NotApplicable(string conclusion) => Settled().outcomes.TryGetValue(conclusion, out var counts) ? counts[NotApplicableSlot] : 0;

    // After the three truths, the verdicts the law did not apply to.
    private const int NotApplicableSlot = 3;

    /// <summary>For each missing fact, how many unknown verdicts it would have helped decide.</summary>
    public IReadOnlyDictionary<string, int> MissingFacts => Settled().missing;

    internal void Count(Verdict verdict)
    {
        Read++;
        Classified++;
        for (var index = 0; index < talliedCount; index++)
        {
            if (ReferenceEquals(tallied[index], verdict))
            {
                tallies[index]++;
                return;
            }
        }

        if (talliedCount == tallied.Length)
        {
            Settled();
        }

        tallied[talliedCount] = verdict;
        tallies[talliedCount++] = 1;
    }

    /// <summary>This summary with every verdict tallied so far counted by name.</summary>
    private BatchSummary Settled()
    {
        for (var index = 0; index < talliedCount; index++)
        {
            Add(tallied[index]!, tallies[index]);
            tallied[index] = null;
        }

        talliedCount = 0;
        return this;
    }

    private void Add(Verdict verdict, int times)
    {
        if (!outcomes.TryGetValue(verdict.Conclusion, out var counts))
        {
            outcomes[verdict.Conclusion] = counts = new int[4];
        }

        counts[VerdictText.Outcome(verdict) == VerdictText.NotApplicable ? NotApplicableSlot : (int)verdict.Outcome] += times;
        if (verdict.Outcome == Truth.Unknown)
        {
            var facts = verdict.MissingFacts;
            for (var index = 0; index < facts.Count; index++)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(missing, facts[index], out _) += times;
            }
        }
    }

    internal void Skip(FactsRecord record)
    {
        Read++;
        Skipped++;
        if (skipped.Count < SkippedShown)
        {
            skipped.Add(record);
        }
    }

    /// <summary>The summary for people, on standard error after a batch.</summary>
    public void Write(TextWriter output, string source)
    {
        Settled();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source}: {Read} records read, {Classified} classified, {Skipped} skipped"));
        foreach (var (conclusion, counts) in outcomes.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {conclusion}: yes {counts[(int)Truth.Yes]}, no {counts[(int)Truth.No]}, unknown {counts[(int)Truth.Unknown]}{(counts[NotApplicableSlot] > 0 ? $", not applicable {counts[NotApplicableSlot]}" : "")}"));
        }

        if (missing.Count > 0)
        {
            var facts = missing.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} ({m.Value})"));
            output.WriteLine($"  unknown for want of: {string.Join(", ", facts)}");
        }

        foreach (var record in skipped)
        {
            output.WriteLine($"  skipped: {string.Join("; ", record.Errors.Select(e => e.Format(source)))}");
        }

        if (Skipped > skipped.Count)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {Skipped - skipped.Count} more skipped, each reported above"));
        }

        if (Stopped)
        {
            output.WriteLine("  stopped at the first bad record (--on-error stop): the records after it were not read");
        }
    }
}
