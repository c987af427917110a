using System.Collections.Immutable;
using System.Reflection.PortableExecutable;
using RulesDsl.Compiler.Generation;
using RulesDsl.Compiler.Loading;

namespace RulesDsl.Compiler.Tests;

/// <summary>Equal rules and cited text give equal bytes; the assembly says what it was built from.</summary>
public class DeterminismTests
{
    [Test]
    public void Two_compilations_of_the_same_rules_give_the_same_bytes()
    {
        var first = Built.Compile(Built.Gpai);
        var second = Built.Compile(Built.Check(Built.GpaiText, Built.GpaiPath));

        first.Assembly.ShouldNotBeEmpty();
        first.Generated.Source.ShouldBe(second.Generated.Source);
        first.Assembly.SequenceEqual(second.Assembly).ShouldBeTrue();
        first.Pdb.SequenceEqual(second.Pdb).ShouldBeTrue();
    }

    [Test]
    public void A_changed_threshold_changes_the_bytes()
    {
        var changed = Built.Check(Built.Gpai.Syntax.Text.Replace("value 10^25 FLOP", "value 5e25 FLOP", StringComparison.Ordinal), Built.GpaiPath);

        var compiled = Built.Compile(changed);

        compiled.Assembly.ShouldNotBeEmpty();
        compiled.Assembly.SequenceEqual(Built.Compile(Built.Gpai).Assembly).ShouldBeFalse();
    }

    [Test]
    public void Nothing_of_this_machine_is_in_the_assembly_or_its_pdb()
    {
        var compiled = Built.Compile(Built.Gpai);
        var text = System.Text.Encoding.UTF8.GetString([.. compiled.Assembly]) + System.Text.Encoding.UTF8.GetString([.. compiled.Pdb]);

        text.ShouldNotContain(RepoPaths.Root);
        text.ShouldNotContain(Environment.UserName + "/", Case.Sensitive);
        using var pe = new PEReader(ImmutableArray.Create([.. compiled.Assembly]));
        pe.ReadCodeViewDebugDirectoryData(pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.CodeView)).Path
            .ShouldBe("gpai-systemic-risk.pdb");
    }

    [Test]
    public void The_embedded_manifest_names_the_rules_file_hash_every_cited_provision_and_the_tool()
    {
        using var loaded = Built.Load(Built.Gpai);
        var manifest = loaded.Manifest;

        manifest.ToJson().ShouldBe(ClassifierManifest.Of(Built.Gpai, Built.Corpus, ClassifierGenerator.ToolVersion).ToJson());
        manifest.Tool.ShouldBe("rulesdsl");
        manifest.ToolVersion.ShouldBe(ClassifierGenerator.ToolVersion);
        manifest.Act.ShouldBe("eu-ai-act");
        manifest.RulesFiles.ShouldHaveSingleItem().ShouldBe(new RulesFileHash(Built.GpaiPath, ClassifierManifest.Sha256(Built.Gpai.Syntax.Text)));
        manifest.Languages.ShouldBe(["en", "nl"]);
        var cited = manifest.Citations.Select(c => c.Id).ToList();
        cited.ShouldContain("art_51__para_2");
        cited.ShouldContain("anx_XIII__pnt_f");
        cited.ShouldContain("rct_111");
        // The defined terms the conclusions mean: Article 3(64) and (65).
        cited.ShouldContain("art_3__pnt_64");
        cited.ShouldContain("art_3__pnt_65");
        var article = Built.Corpus.Corpus.Find(Corpus.Model.ProvisionId.Parse("art_51__para_2"), "en", Built.Today)!;
        manifest.Citations.First(c => c.Id == "art_51__para_2").Texts.ShouldContain(t => t.Language == "en" && t.Sha256 == ClassifierManifest.Sha256(article.Text));
    }

    [Test]
    public void A_cited_sentence_is_hashed_alone_in_the_rules_language_and_whole_elsewhere()
    {
        var recital = Built.Compile(Built.Gpai).Generated.Manifest.Citations.Single(c => c.Id == "rct_111" && c.Sentence == 6);
        var english = Built.Corpus.Corpus.Find(Corpus.Model.ProvisionId.Parse("rct_111"), "en", Built.Today)!;

        recital.Texts.ShouldContain(t => t.Language == "en" && t.Sentence == 6 && t.Sha256 == ClassifierManifest.Sha256(english.Sentences[5].Text));
        recital.Texts.ShouldContain(t => t.Language == "nl" && t.Sentence == null);
    }

    [Test]
    public void Every_version_of_Annex_XIII_point_f_is_recorded()
    {
        var point = Built.Compile(Built.Gpai).Generated.Manifest.Citations.Single(c => c.Id == "anx_XIII__pnt_f");

        point.Texts.Select(t => t.Version).Distinct().Count().ShouldBe(Built.Corpus.Corpus.Versions(Corpus.Model.ProvisionId.Parse("anx_XIII__pnt_f"), "en").Count());
        point.Texts.Length.ShouldBeGreaterThan(1);
    }

    [Test]
    public void The_manifest_reads_back_as_written()
    {
        var manifest = Built.Compile(Built.Gpai).Generated.Manifest;

        ClassifierManifest.FromJson(manifest.ToJson())!.ToJson().ShouldBe(manifest.ToJson());
        Should.Throw<InvalidOperationException>(() => ClassifierLoader.ReadManifest(typeof(DeterminismTests).Assembly))
            .Message.ShouldContain(ClassifierManifest.ResourceName);
    }
}
