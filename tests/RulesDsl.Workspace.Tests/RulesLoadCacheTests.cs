using RulesDsl.Caching;
using RulesDsl.Compiler.Loading;
using RulesDsl.Linking.Snapshots;
using RulesDsl.Workspace;

namespace RulesDsl.Workspace.Tests;

/// <summary>
/// A load remembered: the same rules against the same corpus on the same day load their classifiers from the cache
/// without the rules being checked or the corpus read; a change to any input the check read is checked again.
/// </summary>
public class RulesLoadCacheTests : OnShippedCopy
{
    private static readonly DateOnly InForce = new(2026, 11, 23);

    private CacheFolder folder = null!;

    [SetUp]
    public void MakeCache() => folder = CacheInCopy();

    [Test]
    public void A_load_is_remembered_and_the_next_run_loads_its_classifier_without_reading_the_corpus()
    {
        var first = Load(RulesFile);
        first.Remembered.ShouldBeFalse();
        var key = first.Loaded.ShouldHaveSingleItem().Loaded.Key;
        Dispose(first);
        // Without a snapshot of the corpus, reading it would write one again: nothing does.
        Directory.GetFiles(folder.Folder, "corpus-*.snapshot").ToList().ForEach(File.Delete);

        var second = Load(RulesFile);
        try
        {
            second.Succeeded.ShouldBeTrue();
            second.Remembered.ShouldBeTrue();
            var loaded = second.Loaded.ShouldHaveSingleItem();
            loaded.Loaded.Key.ShouldBe(key);
            loaded.Loaded.FromCache.ShouldBeTrue();
            loaded.Path.ShouldBe(first.Loaded[0].Path);
            Directory.GetFiles(folder.Folder, "corpus-*.snapshot").ShouldBeEmpty();

            // What was not read is read when asked for: the checked rules and the corpus, for an explanation.
            loaded.Rules.Syntax.Path.ShouldBe(loaded.Path);
            loaded.Graph.References.ShouldNotBeEmpty();
        }
        finally
        {
            Dispose(second);
        }
    }

    [Test]
    public void A_changed_imported_file_outside_the_rules_path_is_checked_again()
    {
        Dispose(Load(RulesFile));
        // gpai-models.rules is not the path given but is imported by it: its text is in the record, not in the key.
        Copy.Edit(ModelsFile, "when training_compute greater", "when training_compte greater");

        var load = Load(RulesFile);

        load.Remembered.ShouldBeFalse();
        load.Succeeded.ShouldBeFalse();
        load.Errors.ShouldContain(d => d.Id == "RD0101");
    }

    [Test]
    public void A_changed_rules_file_is_checked_again_and_a_load_with_errors_is_not_remembered()
    {
        Dispose(Load(Rules));
        var record = Directory.GetFiles(folder.Folder, "rules-*.load").ShouldHaveSingleItem();
        Copy.Edit(ModelsFile, "when training_compute greater", "when training_compte greater");

        var broken = Load(Rules);

        broken.Remembered.ShouldBeFalse();
        broken.Errors.ShouldContain(d => d.Id == "RD0101");
        // The record of the good load is left as it was: it is kept under the key of the files before the edit.
        Directory.GetFiles(folder.Folder, "rules-*.load").ShouldBe([record]);
        Copy.Edit(ModelsFile, "when training_compte greater", "when training_compute greater");
        var again = Load(Rules);
        again.Remembered.ShouldBeTrue();
        Dispose(again);
    }

    [Test]
    public void Another_day_or_a_changed_review_record_is_another_key()
    {
        var corpusKey = LinkedCorpusCache.Key(Copy.Folder).ShouldNotBeNull();
        var key = RulesLoadCache.Key(Rules, corpusKey, InForce);

        RulesLoadCache.Key(Rules, corpusKey, InForce.AddDays(1)).ShouldNotBe(key);
        RulesLoadCache.Key(Rules, corpusKey + "0", InForce).ShouldNotBe(key);
        File.AppendAllText(Path.Combine(Rules, "gpai-models.reviewed.json"), "\n");
        RulesLoadCache.Key(Rules, corpusKey, InForce).ShouldNotBe(key);
    }

    [Test]
    public void A_record_not_signed_with_the_users_key_is_not_read_and_is_replaced()
    {
        Dispose(Load(RulesFile));
        var record = Directory.GetFiles(folder.Folder, "rules-*.load").ShouldHaveSingleItem();
        // Someone who can write the folder, but does not hold the key, points the record at another classifier.
        File.WriteAllText(record, File.ReadAllText(record).Replace("classifier\t", "classifier\t0", StringComparison.Ordinal));

        var load = Load(RulesFile);

        load.Remembered.ShouldBeFalse();
        load.Succeeded.ShouldBeTrue();
        Dispose(load);
        var again = Load(RulesFile);
        again.Remembered.ShouldBeTrue();
        Dispose(again);
    }

    [Test]
    public void A_loader_without_a_cache_checks_the_rules_every_time()
    {
        var workspace = RulesWorkspace.Open(Copy.Folder, RulesFile, InForce, new FixedClock(InForce), new LinkedCorpusCache(folder));
        Dispose(workspace.Load(new ClassifierLoader()));

        var load = workspace.WithRulesChanged().Load(new ClassifierLoader());

        load.Remembered.ShouldBeFalse();
        Directory.GetFiles(folder.Folder, "rules-*.load").ShouldBeEmpty();
        Dispose(load);
    }

    private RulesLoad Load(string rules) =>
        RulesWorkspace.Open(Copy.Folder, rules, InForce, new FixedClock(InForce), new LinkedCorpusCache(folder))
            .Load(new ClassifierLoader(new ClassifierCache(folder.Folder, folder.KeyFile)));

    private static void Dispose(RulesLoad load) => load.Loaded.ToList().ForEach(l => l.Dispose());
}
