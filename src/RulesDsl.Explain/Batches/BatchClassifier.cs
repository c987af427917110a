using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>How a batch explains its verdicts: the explainer (which keeps the quoted citations between cases) and the reader's options.</summary>
public sealed record BatchExplaining(Explainer Explainer, ExplainOptions Options);

/// <summary>What to do with a record whose facts cannot be read, whom to tell, how to show progress, and on how many threads.</summary>
/// <param name="StopAtFirstError">Stop at the first bad record; otherwise skip it and go on.</param>
/// <param name="Rejected">Told of every bad record as it is met, in order, on the caller's thread.</param>
/// <param name="Progress">Told the number of records read every <see cref="BatchClassifier.ProgressEvery"/> records.</param>
/// <param name="Workers">Threads classifying; every core when 0.</param>
public sealed record BatchRun(bool StopAtFirstError = false, Action<FactsRecord>? Rejected = null, Action<int>? Progress = null, int Workers = 0);

/// <summary>
/// Classifies a batch on every core: one thread reads the input in chunks, workers read each chunk's facts, classify
/// and explain its cases and encode their output records, and the caller's thread writes the chunks in the order they
/// were read, reports bad records and counts. At most a few chunks per worker are in flight, so a batch of any length
/// runs in constant memory. Every good record gives exactly one output record, in order.
/// </summary>
public sealed class BatchClassifier(IClassifier classifier, DateOnly asOf, BatchExplaining? explaining = null)
{
    public const int ProgressEvery = 1000;

    // Without an explanation no trace is needed, which keeps the batch fast.
    private readonly ClassifyOptions options = new(asOf, Trace: explaining is not null);

    public IClassifier Classifier => classifier;

    // A typed classifier decides a case's facts from slots, set straight from what was read, with no dictionary by name.
    private readonly ITypedClassifier? typed = explaining is null ? classifier as ITypedClassifier : null;

    /// <summary>One case, by name: a process that classifies one case would compile the typed code for it alone.</summary>
    public ClassifiedRecord Classify(FactsRecord record) => Classify(record, null);

    /// <param name="deciding">The thread's slots of a typed classifier, reused case after case; null to classify by name.</param>
    private ClassifiedRecord Classify(FactsRecord record, Deciding? deciding)
    {
        if (deciding is not null)
        {
            return new ClassifiedRecord(record, deciding.Verdict(record.Given), null);
        }

        if (explaining is null)
        {
            return new ClassifiedRecord(record, classifier.Classify(record.Facts, options), null);
        }

        var classification = Classification.Run(classifier, record.Facts, options);
        return new ClassifiedRecord(record, classification.Verdict, explaining.Explainer.Explain(classification, classifier.Definition, explaining.Options));
    }

    /// <summary>Records already read (they are read on the reading thread as they are enumerated), classified on the workers.</summary>
    public BatchSummary Run(IEnumerable<FactsRecord> records, IVerdictWriter output, BatchRun? run = null) =>
        Run(records.Chunk(explaining is null ? FactsRecords.RecordsPerChunk : FactsRecords.ExplainedPerChunk).Select(chunk => (BatchChunk)(() => chunk)), output, run);

    public BatchSummary Run(IEnumerable<BatchChunk> chunks, IVerdictWriter output, BatchRun? run = null)
    {
        run ??= new BatchRun();
        _ = classifier.Definition;
        var workers = run.Workers > 0 ? run.Workers : Environment.ProcessorCount;
        var summary = new BatchSummary();
        using var pipeline = new Pipeline(this, output, workers, chunks);
        foreach (var chunk in pipeline.InOrder())
        {
            var written = 0;
            for (var index = 0; index < chunk.Records.Count; index++)
            {
                var record = chunk.Records[index];
                if (!record.Succeeded)
                {
                    summary.Skip(record);
                    run.Rejected?.Invoke(record);
                    if (run.StopAtFirstError)
                    {
                        summary.Stopped = true;
                        break;
                    }
                }
                else
                {
                    summary.Count(chunk.Verdicts[index]!);
                    written = chunk.Ends[index];
                }

                if (summary.Read % ProgressEvery == 0)
                {
                    run.Progress?.Invoke(summary.Read);
                }
            }

            if (summary.Stopped)
            {
                // The records before the bad one are written; none after it.
                output.Write(chunk.Output.WrittenSpan[..written]);
                break;
            }

            output.Write(chunk.Output.WrittenSpan);
            pipeline.Done(chunk);
        }

        output.Flush();
        return summary;
    }

    /// <summary>
    /// One thread's slots of a typed classifier, and the verdicts it has given: a verdict is all in its value (outcome,
    /// deciding rule, how, missing facts, applicability), and a batch gives few of them over and over, so each is made once
    /// and shared by every case that has it — which also lets a writer encode it once.
    /// </summary>
    private sealed class Deciding(ITypedClassifier classifier, DateOnly asOf)
    {
        // Verdicts kept in a table of pairs of slots, a pair chosen by a hash of the value, the newer of a pair in its
        // first slot and a third value taking the older's place: the memory of a long batch stays flat, and two values
        // met over and over keep their verdicts even when their hashes meet. A table of our own, as a dictionary keyed
        // by a struct of ours is compiled at run time in every process (ReadyToRun does not compile the framework's
        // generic code over our value types).
        private const int PairBits = 11;
        private const int Size = 2 << PairBits;

        private readonly FactSlots slots = classifier.NewSlots();
        private readonly VerdictValue[] values = new VerdictValue[Size];
        private readonly Verdict?[] verdicts = new Verdict?[Size];

        public Verdict Verdict(GivenFacts facts)
        {
            facts.Into(slots);
            var value = slots.Decide(asOf);

            // Missing facts beyond 64 come in an array of their own each time: such a verdict is not kept.
            if (value.MissingWords is not null)
            {
                return classifier.ToVerdict(value, asOf);
            }

            var first = Pair(value);
            if (Kept(first, value) is { } newer)
            {
                return newer;
            }

            if (Kept(first + 1, value) is { } older)
            {
                (values[first], values[first + 1]) = (values[first + 1], values[first]);
                (verdicts[first], verdicts[first + 1]) = (verdicts[first + 1], verdicts[first]);
                return older;
            }

            var verdict = classifier.ToVerdict(value, asOf);
            (values[first + 1], verdicts[first + 1]) = (values[first], verdicts[first]);
            (values[first], verdicts[first]) = (value, verdict);
            return verdict;
        }

        private Verdict? Kept(int slot, VerdictValue value)
        {
            var kept = values[slot];
            return verdicts[slot] is { } verdict && kept.Outcome == value.Outcome && kept.Rule == value.Rule
                && kept.How.Packed == value.How.Packed && kept.Missing == value.Missing && kept.Applicability == value.Applicability
                ? verdict
                : null;
        }

        /// <summary>The first slot of the value's pair: every part of the value mixed into the top bits of a product (Fibonacci hashing).</summary>
        private static int Pair(VerdictValue value)
        {
            var parts = value.Missing
                ^ ((((ulong)(uint)value.Rule << 32) | (uint)value.How.Packed) * 0xC2B2AE3D27D4EB4FUL)
                ^ ((ulong)value.Outcome << 8 | (ulong)value.Applicability);
            return (int)((parts * 0x9E3779B97F4A7C15UL) >> (64 - PairBits)) * 2;
        }
    }

    /// <summary>A chunk classified: its records, the verdict of each good one, and their output records with where each ends.</summary>
    private sealed class Classified(IReadOnlyList<FactsRecord> records, Verdict?[] verdicts, int[] ends, ArrayBufferWriter<byte> output)
    {
        public IReadOnlyList<FactsRecord> Records => records;

        public Verdict?[] Verdicts => verdicts;

        public int[] Ends => ends;

        public ArrayBufferWriter<byte> Output => output;
    }

    /// <summary>A chunk on its way: read, then classified by a worker, then written by the caller.</summary>
    private sealed class Work(BatchChunk chunk)
    {
        private readonly object gate = new();
        private Classified? result;
        private Exception? failure;
        private bool done;

        public BatchChunk Chunk => chunk;

        public void Finish(Classified? classified, Exception? error)
        {
            lock (gate)
            {
                (result, failure, done) = (classified, error, true);
                Monitor.PulseAll(gate);
            }
        }

        /// <summary>The chunk classified, waited for by blocking: spinning would take a core from the workers.</summary>
        public Classified Result()
        {
            lock (gate)
            {
                while (!done)
                {
                    Monitor.Wait(gate);
                }
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            return result!;
        }
    }

    /// <summary>
    /// A queue of at most <paramref name="capacity"/> items whose waits block rather than spin: on a machine whose cores
    /// are all busy, a spinning reader or writer takes time from the workers it waits for.
    /// </summary>
    private sealed class BlockingQueue<T>(int capacity)
    {
        private readonly Queue<T> items = new();
        private bool closed;

        /// <summary>Adds an item, waiting for room; false once the queue is closed.</summary>
        public bool Add(T item)
        {
            lock (items)
            {
                while (items.Count >= capacity && !closed)
                {
                    Monitor.Wait(items);
                }

                if (closed)
                {
                    return false;
                }

                items.Enqueue(item);
                Monitor.PulseAll(items);
                return true;
            }
        }

        /// <summary>Takes the next item, waiting for one; false once the queue is closed and (unless dropped) empty.</summary>
        public bool TryTake(out T item)
        {
            lock (items)
            {
                while (items.Count == 0 && !closed)
                {
                    Monitor.Wait(items);
                }

                var taken = items.TryDequeue(out item!);
                Monitor.PulseAll(items);
                return taken;
            }
        }

        /// <summary>No more items are added; those queued are still taken, unless <paramref name="drop"/>.</summary>
        public void Close(bool drop = false)
        {
            lock (items)
            {
                closed = true;
                if (drop)
                {
                    items.Clear();
                }

                Monitor.PulseAll(items);
            }
        }
    }

    private sealed class Pipeline : IDisposable
    {
        private readonly BatchClassifier batch;
        private readonly IVerdictWriter output;
        private readonly BlockingQueue<Work> queued;
        private readonly BlockingQueue<Work> ordered;
        private readonly ConcurrentBag<ArrayBufferWriter<byte>> buffers = [];
        private readonly Task[] workers;
        private readonly Task reading;
        private Exception? failure;

        public Pipeline(BatchClassifier batch, IVerdictWriter output, int workers, IEnumerable<BatchChunk> chunks)
        {
            this.batch = batch;
            this.output = output;
            // The bound that keeps memory flat: the reader waits once this many chunks are read and not yet written.
            var inFlight = 2 * workers + 2;
            queued = new BlockingQueue<Work>(inFlight);
            ordered = new BlockingQueue<Work>(inFlight);
            this.workers = [.. Enumerable.Range(0, workers).Select(_ => Task.Factory.StartNew(Serve, TaskCreationOptions.LongRunning))];
            reading = Task.Factory.StartNew(() => Read(chunks), TaskCreationOptions.LongRunning);
        }

        /// <summary>The chunks classified, in the order they were read; a failure to read or classify is thrown here.</summary>
        public IEnumerable<Classified> InOrder()
        {
            while (ordered.TryTake(out var work))
            {
                yield return work.Result();
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }

        public void Done(Classified chunk) => buffers.Add(chunk.Output);

        /// <summary>Stops reading (when the batch stopped early or failed) and waits for every thread, so none outlives the batch.</summary>
        public void Dispose()
        {
            ordered.Close(drop: true);
            queued.Close(drop: true);
            Task.WaitAll([reading, .. workers]);
        }

        private void Read(IEnumerable<BatchChunk> chunks)
        {
            try
            {
                foreach (var chunk in chunks)
                {
                    var work = new Work(chunk);
                    if (!ordered.Add(work) || !queued.Add(work))
                    {
                        // The batch stopped at a bad record: nothing more is read.
                        break;
                    }
                }
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                queued.Close();
                ordered.Close();
            }
        }

        private void Serve()
        {
            var encoder = output.Encoder();
            var deciding = batch.typed is { } typed ? new Deciding(typed, batch.options.AsOf) : null;
            while (queued.TryTake(out var work))
            {
                try
                {
                    work.Finish(Classify(work.Chunk(), encoder, deciding), null);
                }
                catch (Exception e)
                {
                    work.Finish(null, e);
                }
            }
        }

        private Classified Classify(IReadOnlyList<FactsRecord> records, IVerdictEncoder encoder, Deciding? deciding)
        {
            var into = buffers.TryTake(out var reused) ? reused : new ArrayBufferWriter<byte>();
            into.ResetWrittenCount();
            var verdicts = new Verdict?[records.Count];
            var ends = new int[records.Count];
            for (var index = 0; index < records.Count; index++)
            {
                if (records[index].Succeeded)
                {
                    var classified = batch.Classify(records[index], deciding);
                    encoder.Encode(classified, into);
                    verdicts[index] = classified.Verdict;
                }

                ends[index] = into.WrittenCount;
            }

            return new Classified(records, verdicts, ends, into);
        }
    }
}
