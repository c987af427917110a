namespace RulesDsl.Cli.Tests;

/// <summary>A fault of rulesdsl itself is RD0350 with exit 70 and a request to report it, never a stack trace.</summary>
public class InternalErrorTests
{
    [Test]
    public void An_exception_no_command_expects_is_RD0350_with_exit_70()
    {
        using var error = new StringWriter();

        var exit = CliApp.Run(["corpus", "--corpus", RepoPaths.Corpus], TextReader.Null, new FailingWriter(), error);

        exit.ShouldBe(70);
        var text = error.ToString();
        text.ShouldContain("error RD0350: internal error in 'corpus': InvalidOperationException: the output is gone");
        text.ShouldContain("please report it");
        text.ShouldNotContain("   at ");
    }

    /// <summary>Standard output that fails as no command expects it to, standing in for any fault of rulesdsl.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the output is gone");

        public override void Write(string? value) => throw new InvalidOperationException("the output is gone");

        public override void WriteLine(string? value) => throw new InvalidOperationException("the output is gone");
    }
}
