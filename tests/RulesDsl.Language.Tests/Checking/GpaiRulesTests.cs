using RulesDsl.Corpus.Model;
using RulesDsl.Diagnostics;
using RulesDsl.Language.Checking;
using RulesDsl.Workspace;

namespace RulesDsl.Language.Tests.Checking;

/// <summary>The product's own rule set, rules/gpai-systemic-risk.rules, checked against the embedded corpus.</summary>
public class GpaiRulesTests
{
    private static readonly string Path = System.IO.Path.Combine(RepoPaths.Root, "rules", "gpai-systemic-risk.rules");

    // Checked where it lies, so that the file it imports is found beside it.
    private static CheckedRules Checked => Against.Check(File.ReadAllText(Path), Path);

    [Test]
    public void Checks_without_errors()
    {
        Checked.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
    }

    [Test]
    public void On_the_whole_act_every_number_it_quotes_is_written_in_the_clause_it_cites()
    {
        // The Official Journal's Article 51(2) reads 10^25, as the rules quote it: nothing to warn about.
        Checked.Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void The_lost_superscript_of_Article_51_2_in_the_EUR_Lex_excerpts_is_caught_not_quoted()
    {
        // The excerpts with the act's anchor map, through which the rules name their terms (^capgi, ^sysrisk).
        using var corpus = new TempCorpus().CopyExcerpts();
        corpus.Copy("eu-ai-act/anchors.yaml", "eu-ai-act/anchors.yaml");
        var excerpts = RulesWorkspace.Open(corpus.Folder, null, null, new FixedClock(Against.Today));

        var diagnostics = excerpts.Check("rules/gpai-systemic-risk.rules", File.ReadAllText(Path)).Diagnostics;
        // The excerpts hold Articles 3 to 52 and recitals 110 to 112: not recital 97 or Article 113, which the rules cite for their scope and date.
        diagnostics.Where(d => d.Id == "RD0109").Select(d => d.Message[..d.Message.IndexOf(';', StringComparison.Ordinal)]).Distinct()
            .ShouldBe(["the corpus has no Recital 97", "the corpus has no Article 113, point (b)"], ignoreOrder: true);
        var warning = diagnostics.Where(d => d.Id != "RD0109").ShouldHaveSingleItem();

        warning.Id.ShouldBe("RD0113");
        warning.Severity.ShouldBe(DiagnosticSeverity.Warning);
        // The threshold is in the shared declarations the file imports.
        warning.Position.File.ShouldEndWith("rules/gpai-models.rules");
        var line = File.ReadAllLines(warning.Position.File)[warning.Position.Line - 1];
        line[(warning.Position.Column - 1)..].ShouldStartWith("10^25 FLOP");
        warning.Message.ShouldContain("Article 51(2)");
        warning.Message.ShouldContain("'1025'");
    }

    [Test]
    public void Citations_resolve_to_provisions_and_sentences_of_the_corpus()
    {
        var citations = Checked.Corpus.Citations.Values.ToList();

        // The file's own citations and those of the declarations it imports, every clause that cites.
        citations.Count.ShouldBe(Checked.RuleSet.Imported.Append(Checked.Syntax).Sum(file => file.Declarations.Sum(d => d.AllCites.Count())));
        citations.ShouldContain(c => c.Syntax.Text == "Article 113, point (b)" && c.Id == ProvisionId.Parse("art_113__pnt_b"));
        citations.ShouldContain(c => c.Syntax.Text == "Annex XIII, point (f)" && c.Id == ProvisionId.Parse("anx_XIII__pnt_f"));
        citations.ShouldContain(c => c.Id == ProvisionId.Recital(111) && c.Sentence == 6);
        citations.ShouldContain(c => c.Id == ProvisionId.Parse("art_51__para_1__pnt_a"));
    }

    [Test]
    public void Conclusions_mean_defined_terms_of_the_glossary()
    {
        Checked.Corpus.Terms.Values.Select(id => id.Value).Order().ShouldBe(["art_3__pnt_63", "art_3__pnt_64", "art_3__pnt_65"]);
    }

    [Test]
    public void The_recital_sentence_it_cites_defines_cumulative_compute()
    {
        var sentence = Against.Corpus.Corpus.Find(ProvisionId.Recital(111), "en", Against.Today)!.Sentences[5].Text;

        sentence.ShouldStartWith("The cumulative amount of computation used for training includes");
    }
}
