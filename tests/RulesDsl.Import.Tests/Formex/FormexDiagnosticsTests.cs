using System.IO.Compression;
using System.Text;
using RulesDsl.Diagnostics;

namespace RulesDsl.Import.Tests.Formex;

/// <summary>Each bad input gives its diagnostic, with the file and the line and column it is about, and no exception.</summary>
public class FormexDiagnosticsTests
{
    private const string AnnexXIII = "L_202401689EN.014401.fmx.xml";

    [Test]
    public void Truncated_XML_is_not_well_formed_RD0320()
    {
        var act = FormexFiles.Bytes(FormexFiles.ActFile);

        var (imported, diagnostics) = FormexFiles.Import([("act.fmx.xml", act[..(act.Length / 2)])]);

        imported.ShouldBeNull();
        var error = diagnostics.First();
        error.Id.ShouldBe("RD0320");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Position.File.ShouldBe("act.fmx.xml");
        error.Position.Line.ShouldBe(1);
        error.Position.Column.ShouldBeGreaterThan(300_000);
        diagnostics.Select(d => d.Id).ShouldBe(["RD0320", "RD0326"]);
    }

    [Test]
    public void An_XML_file_that_is_no_Formex_or_a_Formex_type_not_read_is_RD0321_and_the_act_is_still_imported()
    {
        var files = FormexFiles.Package();
        files.Add(("notes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notes><note/></notes>"u8.ToArray()));
        files.Add(("consolidated.fmx.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n  <CONS.ACT><BIB.INSTANCE/></CONS.ACT>"u8.ToArray()));

        var (imported, diagnostics) = FormexFiles.Import(files);

        imported.ShouldNotBeNull();
        var unknown = diagnostics.Where(d => d.Id == "RD0321").ToList();
        unknown.Select(d => d.Position.ToString()).ShouldBe(["notes.xml(2,2)", "consolidated.fmx.xml(3,4)"]);
        unknown[1].Message.ShouldContain("<CONS.ACT>");
        imported.Sources.ShouldNotContain(s => s.Path == "notes.xml");
    }

    [Test]
    public void A_declared_encoding_that_disagrees_with_the_bytes_is_RD0322_not_a_guess()
    {
        var latin1 = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<ANNEX><TITLE><TI><P>ANNEX XIII</P></TI></TITLE>\n<CONTENTS><P>Critères — désignation</P></CONTENTS></ANNEX>");
        var utf16 = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><ANNEX/>");
        var invalidUtf8 = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ANNEX>x</ANNEX>").Concat(new byte[] { 0xE9 }).ToArray();

        var (_, diagnostics) = FormexFiles.Import([("latin1.fmx.xml", latin1), ("utf16.fmx.xml", utf16), ("bad.fmx.xml", invalidUtf8)]);

        var mismatches = diagnostics.Where(d => d.Id == "RD0322").ToList();
        mismatches.Select(d => d.Position.ToString()).ShouldBe(["latin1.fmx.xml(3,18)", "utf16.fmx.xml(1,31)", "bad.fmx.xml(2,17)"]);
        mismatches[0].Message.ShouldContain("ISO-8859-1");
        mismatches[0].Message.ShouldContain("UTF-8 (a character written as the bytes C3 A8)");
        mismatches[1].Message.ShouldContain("\"UTF-16\"");
        mismatches.ShouldAllBe(d => d.IsError);
    }

    [Test]
    public void A_file_in_the_encoding_it_declares_is_read()
    {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><ACT><BIB.INSTANCE><LG.DOC>EN</LG.DOC></BIB.INSTANCE><ENACTING.TERMS><ARTICLE IDENTIFIER=\"001\"><TI.ART>Article 1</TI.ART><ALINEA>Scope — all</ALINEA></ARTICLE></ENACTING.TERMS></ACT>";
        var asciiLatin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ANNEX><TITLE><TI><P>ANNEX I</P></TI></TITLE><CONTENTS><P>Plain text</P></CONTENTS></ANNEX>";

        var (imported, diagnostics) = FormexFiles.Import([("act.fmx.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), ("annex.fmx.xml", Encoding.ASCII.GetBytes(asciiLatin1))]);

        diagnostics.ShouldBeEmpty();
        FormexFiles.Provision(imported!, "art_1").Text.Single().Text.ToString().ShouldBe("Scope — all");
        FormexFiles.Provision(imported!, "anx_I").Text.Single().Text.ToString().ShouldBe("Plain text");
    }

    [Test]
    public void A_zip_entry_whose_path_leaves_the_folder_is_RD0323_and_not_read()
    {
        var zip = Zip(FormexFiles.Package().Select(f => (Path.GetFileName(f.Path), f.Bytes))
            .Append(("../L_202401689EN.000101.fmx.xml", "<ACT/>"u8.ToArray()))
            .Append(("/etc/evil.fmx.xml", "<ACT/>"u8.ToArray())));

        var (imported, diagnostics) = FormexFiles.Import([("package.zip", zip)]);

        imported.ShouldNotBeNull();
        var unsafeEntries = diagnostics.Where(d => d.Id == "RD0323").ToList();
        unsafeEntries.Select(d => d.Position.ToString()).ShouldBe(["package.zip(1,1)", "package.zip(1,1)"]);
        unsafeEntries[0].Message.ShouldContain("'../L_202401689EN.000101.fmx.xml'");
        unsafeEntries[1].Message.ShouldContain("'/etc/evil.fmx.xml'");
        FormexFiles.Lines(imported).ShouldBe(FormexFiles.Lines(FormexFiles.Act));
    }

    [Test]
    public void An_annex_the_package_description_lists_but_the_files_lack_is_RD0324()
    {
        var files = FormexFiles.Package().Where(f => !f.Path.EndsWith(AnnexXIII, StringComparison.Ordinal)).ToList();

        var (imported, diagnostics) = FormexFiles.Import(files);

        var missing = diagnostics.Single(d => d.Id == "RD0324");
        missing.Position.File.ShouldBe($"{FormexFiles.Folder}/{FormexFiles.DescriptionFile}");
        missing.Position.Line.ShouldBe(1);
        missing.Position.Column.ShouldBe(Encoding.UTF8.GetString(FormexFiles.Bytes(FormexFiles.DescriptionFile)).IndexOf($"<REF.PHYS FILE=\"{AnnexXIII}\"", StringComparison.Ordinal) + 2);
        missing.Message.ShouldContain(AnnexXIII);
        FormexFiles.Provisions(imported!).Count(p => p.Id.Parent is null && p.Id.Value.StartsWith("anx_", StringComparison.Ordinal)).ShouldBe(12);
    }

    [Test]
    public void A_printed_label_that_disagrees_with_the_identifier_is_RD0306_as_in_the_HTML_and_takes_the_id_of_its_place()
    {
        var (imported, diagnostics) = FormexFiles.Import([("act.fmx.xml", Replace(FormexFiles.Bytes(FormexFiles.ActFile),
            "<PARAG IDENTIFIER=\"051.002\"><NO.PARAG>2.</NO.PARAG>", "<PARAG IDENTIFIER=\"051.002\"><NO.PARAG>3.</NO.PARAG>"))]);

        var warning = diagnostics.Single(d => d.Id == "RD0306");
        warning.Severity.ShouldBe(DiagnosticSeverity.Info);
        warning.Position.File.ShouldBe("act.fmx.xml");
        warning.Message.ShouldContain("'3.'");
        warning.Message.ShouldContain("art_51__para_2");
        FormexFiles.Provision(imported!, "art_51__para_2").Label.ShouldBe("3.");
    }

    [Test]
    public void An_article_whose_number_makes_no_id_is_RD0325_and_left_out()
    {
        var (imported, diagnostics) = FormexFiles.Import([("act.fmx.xml", Replace(FormexFiles.Bytes(FormexFiles.ActFile),
            "<ARTICLE IDENTIFIER=\"051\"><TI.ART>Article\u00A051</TI.ART>", "<ARTICLE IDENTIFIER=\"\"><TI.ART>Article fifty-one</TI.ART>"))]);

        var error = diagnostics.Single(d => d.Id == "RD0325");
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
        error.Position.File.ShouldBe("act.fmx.xml");
        error.Message.ShouldContain("Article fifty-one");
        FormexFiles.Provisions(imported!).ShouldNotContain(p => p.Id.Value == "art_51");
    }

    [Test]
    public void Files_without_the_act_are_RD0326()
    {
        var (imported, diagnostics) = FormexFiles.Import([("annex.fmx.xml", FormexFiles.Bytes(AnnexXIII))]);

        imported.ShouldBeNull();
        diagnostics.Single().Id.ShouldBe("RD0326");
        diagnostics.Single().Position.ToString().ShouldBe("annex.fmx.xml(1,1)");
    }

    [Test]
    public void A_zip_that_cannot_be_read_is_RD0327()
    {
        var (imported, diagnostics) = FormexFiles.Import([("broken.zip", [.. "PK\u0003\u0004"u8, .. new byte[64]])]);

        imported.ShouldBeNull();
        diagnostics.Select(d => d.Id).ShouldBe(["RD0327", "RD0326"]);
        diagnostics[0].Position.ToString().ShouldBe("broken.zip(1,1)");
    }

    [Test]
    public void A_second_provision_with_an_id_already_read_is_RD0328()
    {
        var (imported, diagnostics) = FormexFiles.Import([("act.fmx.xml", Replace(FormexFiles.Bytes(FormexFiles.ActFile),
            "<ARTICLE IDENTIFIER=\"052\">", "<ARTICLE IDENTIFIER=\"051\">"))]);

        var duplicate = diagnostics.Single(d => d.Id == "RD0328");
        duplicate.Message.ShouldContain("art_51;");
        duplicate.Position.File.ShouldBe("act.fmx.xml");
        FormexFiles.Provision(imported!, "art_51").Title!.ShouldStartWith("Classification of general-purpose AI models");
    }

    [Test]
    public void A_DTD_is_refused_RD0329_and_its_entities_never_expanded()
    {
        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE ACT [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n<ACT><TITLE><TI><P>&b;</P></TI></TITLE></ACT>";

        var (imported, diagnostics) = FormexFiles.Import([("laughs.fmx.xml", Encoding.UTF8.GetBytes(laughs))]);

        imported.ShouldBeNull();
        diagnostics[0].Id.ShouldBe("RD0329");
        diagnostics[0].Position.ToString().ShouldBe("laughs.fmx.xml(2,1)");
    }

    private static byte[] Replace(byte[] bytes, string old, string replacement)
    {
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldContain(old);
        return Encoding.UTF8.GetBytes(text.Replace(old, replacement, StringComparison.Ordinal));
    }

    private static byte[] Zip(IEnumerable<(string Name, byte[] Bytes)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }

        return buffer.ToArray();
    }
}
