using RulesDsl.Explain.Building;
using RulesDsl.Explain.Model;
using RulesDsl.Runtime;

namespace RulesDsl.Explain.Batches;

/// <summary>How a batch explains its verdicts: the explainer (which keeps the quoted citations between cases) and the reader's options.</summary>
public sealed record BatchExplaining(Explainer Explainer, ExplainOptions Options);

/// <summary>What to do with a record whose facts cannot be read, whom to tell, and how to show progress.</summary>
/// <param name="StopAtFirstError">Stop at the first bad record; otherwise skip it and go on.</param>
/// <param name="Rejected">Told of every bad record as it is met.</param>
/// <param name="Progress">Told the number of records read every <see cref="BatchClassifier.ProgressEvery"/> records.</param>
public sealed record BatchRun(bool StopAtFirstError = false, Action<FactsRecord>? Rejected = null, Action<int>? Progress = null);

/// <summary>
/// Classifies cases one record at a time: each is read, classified, explained if asked and written before the next is
/// read, so a batch of any length runs in constant memory. Every good record gives exactly one output record, in order.
/// </summary>
public sealed class BatchClassifier(IClassifier classifier, DateOnly asOf, BatchExplaining? explaining = null)
{
    public const int ProgressEvery = 1000;

    // Without an explanation no trace is needed, which keeps the batch fast.
    private readonly ClassifyOptions options = new(asOf, Trace: explaining is not null);

    public IClassifier Classifier => classifier;

    public ClassifiedRecord Classify(FactsRecord record)
    {
        if (explaining is null)
        {
            return new ClassifiedRecord(record, classifier.Classify(record.Facts, options), null);
        }

        var classification = Classification.Run(classifier, record.Facts, options);
        return new ClassifiedRecord(record, classification.Verdict, explaining.Explainer.Explain(classification, classifier.Definition, explaining.Options));
    }

    public BatchSummary Run(IEnumerable<FactsRecord> records, IVerdictWriter output, BatchRun? run = null)
    {
        run ??= new BatchRun();
        var summary = new BatchSummary();
        foreach (var record in records)
        {
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
                var classified = Classify(record);
                output.Write(classified);
                summary.Count(classified.Verdict);
            }

            if (summary.Read % ProgressEvery == 0)
            {
                run.Progress?.Invoke(summary.Read);
            }
        }

        output.Flush();
        return summary;
    }
}
