using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using RulesDsl.Explain.Rendering;
using RulesDsl.Linking.Reports;
using RulesDsl.Runtime;
using static RulesDsl.Explain.Tests.Explained;

namespace RulesDsl.Explain.Tests;

/// <summary>
/// The HTML explanation opened in a real browser (Debian's chromium, headless) beside the linked corpus it links into.
/// Without chromium the test fails rather than pass unseen: .ci/run installs it.
/// </summary>
public partial class BrowserTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Test]
    public void The_Dutch_explanation_of_a_3_8e25_FLOP_model_shows_its_verdict_and_quotes_and_every_link_opens_a_page()
    {
        var chromium = Chromium();
        chromium.ShouldNotBeNull("chromium is not installed (apt-get install -y chromium; .ci/run installs it when missing)");
        var folder = Path.Combine(Path.GetTempPath(), "rulesdsl-explain-browser", Guid.NewGuid().ToString("N"));
        try
        {
            LinkedHtml.Write(Built.Corpus, Path.Combine(folder, RenderOptions.DefaultCorpusHref), Built.Today);
            var page = Path.Combine(folder, "explanation.html");
            using (var writer = new StreamWriter(page))
            {
                new HtmlExplanation(new RenderOptions()).Render(ExplainIn(Classify(Built.GeneralPurpose.With("training_compute", 3.8e25)), "nl"), writer);
            }

            var dom = Run(chromium, folder, "--dump-dom", new Uri(page).AbsoluteUri);

            dom.ShouldContain("<h1 id=\"verdict\">AI-model voor algemene doeleinden met een systeemrisico: <span class=\"outcome\">ja</span></h1>");
            dom.ShouldContain("Er moet derhalve een initiële drempel voor");
            // Article 51 is quoted from the Dutch Official Journal, its defined terms linked, its superscript kept; no
            // quote falls back to English.
            dom.ShouldContain("<blockquote lang=\"nl\">Een <a class=\"term\"");
            dom.ShouldContain("groter is dan 10^25.</blockquote>");
            dom.ShouldNotContain("<blockquote lang=\"en\"");
            dom.ShouldNotContain("geciteerd in het Engels");
            var links = Href().Matches(dom).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
            links.ShouldContain("corpus-html/eu-ai-act/rct_111.nl.html#s6");
            foreach (var link in links)
            {
                var parts = link.Split('#', 2);
                var target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(parts[0])));
                File.Exists(target).ShouldBeTrue($"{link} does not lead to a page");
                if (parts.Length == 2)
                {
                    File.ReadAllText(target).ShouldContain($"id=\"{parts[1]}\"", customMessage: $"{link}: no element {parts[1]}");
                }
            }

            var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "explanation-3.8e25-flop.nl.png");
            Run(chromium, folder, $"--screenshot={screenshot}", "--window-size=1200,2000", new Uri(page).AbsoluteUri);
            new FileInfo(screenshot).Length.ShouldBeGreaterThan(10_000);
            TestContext.AddTestAttachment(screenshot, "The Dutch explanation as chromium shows it");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>Debian's chromium, from /usr/bin or the PATH; null when neither has it.</summary>
    private static string? Chromium() =>
        new[] { "/usr/bin/chromium" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, "chromium")))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs headless chromium with its own profile in <paramref name="folder"/> and returns what it printed.</summary>
    private static string Run(string chromium, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No sandbox: CI runs as root, where chromium's sandbox refuses to start.
        foreach (var argument in new[] { "--headless", "--no-sandbox", "--disable-gpu", $"--user-data-dir={Path.Combine(folder, ".profile")}" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish in {Patience.TotalSeconds} s");
        }

        process.ExitCode.ShouldBe(0, errors.Result);
        return output.Result;
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
