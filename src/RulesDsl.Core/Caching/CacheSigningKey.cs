using System.Security.Cryptography;
using RulesDsl.Files;

namespace RulesDsl.Caching;

/// <summary>
/// The secret the cache's records are signed with (HMAC-SHA256), kept outside the cache folder so that whoever can
/// write the folder cannot sign a record: 32 random bytes in <c>$RULESDSL_CACHE_KEY</c> (a file, for CI runners that
/// share a cache and hold their own secret), else <c>$XDG_CONFIG_HOME/rulesdsl/cache.key</c>, else
/// <c>~/.config/rulesdsl/cache.key</c>; created on first use readable by its user only (mode 600, its folder 700).
/// </summary>
public static class CacheSigningKey
{
    public const string Variable = "RULESDSL_CACHE_KEY";

    public const int Length = 32;

    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    public static string DefaultFile()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set)
        {
            return set;
        }

        var root = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(root, "rulesdsl", "cache.key");
    }

    /// <summary>The key in the file, made first if there is none; or why it cannot be used.</summary>
    public static (byte[]? Key, string? Unusable) Read(string file)
    {
        try
        {
            if (!File.Exists(file))
            {
                Create(file);
            }

            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(file) & ~PrivateFolder) != 0)
            {
                // Readable by others, it signs nothing they could not sign: made private again, or refused.
                if (UnixFiles.Owner(file) is { } owner && owner != UnixFiles.EffectiveUser)
                {
                    return (null, $"its key '{file}' belongs to another user");
                }

                File.SetUnixFileMode(file, Private);
            }

            var key = File.ReadAllBytes(file);
            return key.Length == Length ? (key, null) : (null, $"its key '{file}' is not {Length} bytes");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"its key '{file}' cannot be read or created ({e.Message})");
        }
    }

    /// <summary>Writes a new key, private from its first byte; of two first runs at once, both keep the first one's key.</summary>
    private static void Create(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, PrivateFolder);
        }

        AllOrNothing.WriteNew(file, RandomNumberGenerator.GetBytes(Length), Private);
    }
}
