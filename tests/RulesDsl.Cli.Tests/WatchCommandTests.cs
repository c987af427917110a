using System.Runtime.Loader;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RulesDsl.Cli.Commands;
using RulesDsl.Compiler.Loading;
using RulesDsl.Workspace;

namespace RulesDsl.Cli.Tests;

/// <summary>
/// <c>rulesdsl watch</c> on a temporary copy of the shipped rules and corpus: runs driven by hand for what a change
/// prints, and the real loop on the file system for the rerun after a save and the end on Ctrl-C.
/// </summary>
public class WatchCommandTests : OnShippedCopy
{
    private const string ThresholdLine = "value 10^25 FLOP from 2025-08-02";
    private const string Presumption = "when training_compute greater than compute_threshold";
    private const string Act = "eu-ai-act/en/oj.md";
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    /// <summary>Long enough for a loaded machine to compile the rules; the loop is polled, so a fast one waits less.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Test]
    public void A_higher_threshold_reruns_the_examples_and_those_just_above_the_old_one_now_fail()
    {
        var output = new StringWriter();
        using var session = Session(output);
        session.Run([]);
        output.ToString().ShouldContain("36 examples: 36 passed, 0 failed");

        Copy.Edit(ModelsFile, ThresholdLine, "value 10^26 FLOP from 2025-08-02");
        var second = RunAfter(session, output, ModelsFile);

        second.ShouldMatch($@"^== run 2: changed {Regex.Escape(Shown(ModelsFile))}; corpus reused; \d+ ms ==\n");
        second.ShouldContain($"FAIL {Shown(RulesFile)}({ShippedRules.LineOf("example \"above the threshold, rebuttal rejected")},1) \"above the threshold, rebuttal rejected\": expected systemic_risk = yes by high_impact_route, got systemic_risk = unknown");
        second.ShouldContain("threshold for the cumulative amount of computation used for training: 10^26 FLOP");
        second.ShouldContain($"PASS {Shown(RulesFile)}({ShippedRules.LineOf("example \"designated by the Commission\"")},1) \"designated by the Commission\"");
        second.ShouldEndWith("36 examples: 29 passed, 7 failed\n");
    }

    [Test]
    public void A_typo_prints_its_diagnostic_and_keeps_the_last_good_classifier_until_a_good_edit_recovers()
    {
        var output = new StringWriter();
        using var session = Session(output);
        session.Run([]);
        var good = session.Serving(RulesFile).ShouldNotBeNull();

        Copy.Edit(ModelsFile, Presumption, "when training_compte greater than compute_threshold");
        var broken = RunAfter(session, output, ModelsFile);

        broken.ShouldContain($"{Shown(ModelsFile)}({ShippedRules.LineOf("when training_compute greater", file: "gpai-models.rules")},8): error RD0101: there is no fact, parameter or conclusion named 'training_compte' (did you mean 'training_compute'?)");
        broken.ShouldContain($"{Shown(RulesFile)}: has errors; still serving the classifier of run 1");
        broken.ShouldNotContain($"PASS {Shown(RulesFile)}");
        session.Serving(RulesFile).ShouldBeSameAs(good);

        Copy.Edit(ModelsFile, "when training_compte greater", "when training_compute greater");
        var recovered = RunAfter(session, output, ModelsFile);

        recovered.ShouldNotContain("error RD");
        recovered.ShouldEndWith("36 examples: 36 passed, 0 failed\n");
    }

    [Test]
    public void A_corpus_change_relinks_the_corpus_and_a_rules_change_reuses_the_linked_one()
    {
        var output = new StringWriter();
        using var session = Session(output);
        session.Run([]);
        output.ToString().ShouldStartWith("== run 1: start; corpus read and linked; ");
        output.ToString().ShouldNotContain("RD0127");

        // The clause the compute threshold cites, as an amending act might change it.
        Copy.Edit(Act, "greater than 10<sup>25</sup>.", "greater than 10<sup>26</sup>.");
        var rulesOnly = RunAfter(session, output, RulesFile);
        rulesOnly.ShouldContain("; corpus reused; ");
        rulesOnly.ShouldNotContain("RD0127");

        var corpusChange = RunAfter(session, output, Path.Combine(Copy.Folder, Act));

        corpusChange.ShouldMatch($@"^== run 3: changed {Regex.Escape($"{Shown(Copy.Folder)}/{Act}")}; corpus read and linked; \d+ ms ==\n");
        corpusChange.ShouldContain($"{Shown(ModelsFile)}({ShippedRules.LineOf("cites Article 51(2); Article 51(3)", file: "gpai-models.rules")},9): warning RD0127: parameter 'compute_threshold' cites Article 51(2), whose text has changed since the review of {ReviewedOn()}");
        corpusChange.ShouldEndWith("36 examples: 36 passed, 0 failed\n");
    }

    [Test]
    public void Disposing_the_session_unloads_every_classifier_it_served()
    {
        using var session = Session(new StringWriter());
        session.Run([]);
        var unloaded = 0;
        AssemblyLoadContext.GetLoadContext(session.Serving(RulesFile)!.Classifier.GetType().Assembly)!.Unloading += _ => unloaded++;

        session.Dispose();

        unloaded.ShouldBe(1);
        session.Serving(RulesFile).ShouldBeNull();
    }

    [Test]
    public async Task The_real_loop_reruns_once_after_a_save_and_ends_cleanly_on_cancellation()
    {
        var output = new SharedWriter();
        var error = new SharedWriter();
        using var stop = new CancellationTokenSource();
        var watching = Task.Run(() => WatchCommand.Watch(Workspace(), output, error, WatchLoop.DefaultQuiet, stop.Token));
        await Until(() => output.Text.Contains("36 examples: 36 passed", StringComparison.Ordinal), watching);

        // A save as editors do it: the text written to a temporary file, then renamed over the rules file.
        var saved = ModelsFile + ".tmp~";
        File.WriteAllText(saved, File.ReadAllText(ModelsFile).Replace(ThresholdLine, "value 10^26 FLOP from 2025-08-02", StringComparison.Ordinal));
        File.Move(saved, ModelsFile, overwrite: true);
        await Until(() => output.Text.Contains("7 failed", StringComparison.Ordinal), watching);
        stop.Cancel();

        (await watching.WaitAsync(Patience)).ShouldBe(0);
        output.Text.ShouldContain($"== run 2: changed {Shown(ModelsFile)}; corpus reused; ");
        output.Text.ShouldNotContain("== run 3");
        error.Text.ShouldBe("rulesdsl: watch stopped\n");
    }

    [Test]
    public void Watching_a_folder_that_is_not_there_is_exit_1_and_a_wrong_date_exit_2()
    {
        var (missing, _, error) = Cli.Run("watch", "--rules", Path.Combine(Copy.Root, "none"), "--corpus", Copy.Folder);
        var (wrongDate, _, _) = Cli.Run("watch", "--rules", Rules, "--corpus", Copy.Folder, "--as-of", "23-11-2026");

        missing.ShouldBe(1);
        error.ShouldContain("no such file or folder to watch");
        wrongDate.ShouldBe(2);
    }

    [Test]
    public void Markdown_nested_past_the_limit_is_reported_and_the_watch_goes_on()
    {
        var output = new StringWriter();
        using var session = Session(output);
        session.Run([]);
        var deep = Path.Combine(Copy.Folder, "eu-ai-act", "en", "deep.md");
        File.WriteAllText(deep, string.Concat(Enumerable.Repeat("> ", 130)) + "text\n");

        var hostile = RunAfter(session, output, deep);
        File.Delete(deep);
        var next = RunAfter(session, output, deep);

        hostile.ShouldContain("error RD0025");
        hostile.ShouldNotContain("   at ");
        next.ShouldMatch(@"^== run 3: ");
        next.ShouldNotContain("RD0025");
        next.ShouldEndWith("36 examples: 36 passed, 0 failed\n");
    }

    private WatchSession Session(TextWriter output) => new(Workspace(), output, new ClassifierLoader());

    private RulesWorkspace Workspace() => RulesWorkspace.Open(Copy.Folder, Rules, null, new FixedClock(AsOf));

    /// <summary>What one more run prints, given the paths a watcher would report.</summary>
    private static string RunAfter(WatchSession session, StringWriter output, params string[] changed)
    {
        var before = output.ToString().Length;
        session.Run(changed);
        return output.ToString()[before..].ReplaceLineEndings("\n");
    }

    private static string Shown(string path) => path.Replace('\\', '/');

    /// <summary>The date of the shipped review record, which the warnings name.</summary>
    private string ReviewedOn()
    {
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(Rules, "gpai-systemic-risk.reviewed.json")));
        return record.RootElement.GetProperty("reviewedOn").GetString()!;
    }

    /// <summary>Polls the loop's output until <paramref name="done"/>, failing if the loop ends or takes too long.</summary>
    private static async Task Until(Func<bool> done, Task watching)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!done())
        {
            watching.IsCompleted.ShouldBeFalse("the watch ended before the expected output");
            await Task.Delay(TimeSpan.FromMilliseconds(50), patience.Token);
        }
    }

    /// <summary>A writer the loop's thread writes to while the test's thread reads it.</summary>
    private sealed class SharedWriter : TextWriter
    {
        private readonly StringBuilder text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text
        {
            get
            {
                lock (text)
                {
                    return text.ToString().ReplaceLineEndings("\n");
                }
            }
        }

        public override void Write(char value)
        {
            lock (text)
            {
                text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (text)
            {
                text.Append(value);
            }
        }
    }
}
