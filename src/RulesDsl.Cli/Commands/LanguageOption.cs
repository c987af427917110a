using System.Collections.Immutable;
using RulesDsl.Corpus.Languages;

namespace RulesDsl.Cli.Commands;

/// <summary>
/// Reads the languages a command's <c>--lang</c> names, each through <see cref="ReaderLanguage"/>, so that every command
/// refuses a code that is not an official EU language's alike: the same message on the error stream, exit code 2.
/// </summary>
internal static class LanguageOption
{
    /// <summary>One language, or none when the option is not given.</summary>
    public static bool TryRead(string? text, TextWriter error, out ReaderLanguage? reader)
    {
        reader = null;
        if (text is null)
        {
            return true;
        }

        if (!ReaderLanguage.TryGet(text.Trim(), out var found))
        {
            error.WriteLine($"rulesdsl: --lang {ReaderLanguage.NotOfficial(text)}");
            return false;
        }

        reader = found;
        return true;
    }

    /// <summary>Languages separated by commas (<c>nl,en</c>), at least one, in the order given; none when the option is
    /// not given.</summary>
    public static bool TryReadList(string? text, TextWriter error, out ImmutableArray<ReaderLanguage>? readers)
    {
        readers = null;
        if (text is null)
        {
            return true;
        }

        var codes = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            error.WriteLine($"rulesdsl: --lang '{text}' names no language; one or more codes, comma-separated, as nl,en");
            return false;
        }

        var read = ImmutableArray.CreateBuilder<ReaderLanguage>(codes.Length);
        foreach (var code in codes)
        {
            if (!TryRead(code, error, out var reader))
            {
                return false;
            }

            read.Add(reader!);
        }

        readers = read.MoveToImmutable();
        return true;
    }
}
