using System.Security.Cryptography;
using System.Text;
using RulesDsl.Files;

namespace RulesDsl.Caching;

/// <summary>
/// The folder rulesdsl keeps what it can build again in (built classifiers, linked corpora), and the trust placed in
/// it: <c>$RULESDSL_CACHE</c>, else <c>$XDG_CACHE_HOME/rulesdsl</c>, else <c>~/.cache/rulesdsl</c>, created readable by
/// its user only. Whoever can write the folder could otherwise choose what rulesdsl reads back, so every record in it is
/// signed (HMAC-SHA256) with the user's <see cref="CacheSigningKey"/>, kept outside the folder. A cache only saves time:
/// one that cannot be read or written is skipped, one that is not private to the user is not used.
/// </summary>
public sealed class CacheFolder(string folder, string? keyFile = null)
{
    public const string Variable = "RULESDSL_CACHE";

    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly Lazy<SigningKey> signingKey = new(() =>
    {
        var (key, unusable) = CacheSigningKey.Read(keyFile ?? CacheSigningKey.DefaultFile());
        return new SigningKey(key, unusable);
    });

    public string Folder { get; } = folder;

    public string KeyFile { get; } = keyFile ?? CacheSigningKey.DefaultFile();

    public static string DefaultFolder()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } set)
        {
            return set;
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "rulesdsl");
    }

    /// <summary>
    /// Why the cache must not be used, or null if it may: a folder another user owns (or one that cannot be made
    /// private), a signing key inside the folder, or one that cannot be read. A folder of the user's own that others may
    /// read or write is made private (mode 700) first: what they wrote before is refused by its MAC.
    /// </summary>
    public string? Distrust()
    {
        var folder = Path.GetFullPath(Folder);
        if (Path.GetFullPath(KeyFile).StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return $"its key '{KeyFile}' is inside the cache folder, where whoever writes the folder could replace it";
        }

        if (!OperatingSystem.IsWindows() && Directory.Exists(folder))
        {
            if (UnixFiles.Owner(folder) is { } owner && owner != UnixFiles.EffectiveUser)
            {
                return $"the folder belongs to another user (uid {owner})";
            }

            try
            {
                if ((File.GetUnixFileMode(folder) & ~Private) != 0)
                {
                    File.SetUnixFileMode(folder, Private);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return "the folder is open to other users and is not this user's to make private";
            }
        }

        return signingKey.Value.Unusable;
    }

    /// <summary>
    /// The HMAC of the fields under the user's key, each prefixed by its length so that no two lists of fields sign the
    /// same text; null without a usable key.
    /// </summary>
    public string? Mac(params ReadOnlySpan<string> fields)
    {
        if (signingKey.Value.Key is not { } secret)
        {
            return null;
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(Fields(fields))));
    }

    /// <summary>The fields as one text, each prefixed by its length, so that no two lists of fields give the same text.</summary>
    public static string Fields(params ReadOnlySpan<string> fields)
    {
        var joined = new StringBuilder();
        foreach (var field in fields)
        {
            joined.Append(field.Length).Append(':').Append(field);
        }

        return joined.ToString();
    }

    /// <summary>Whether <paramref name="mac"/> is the user's MAC of the fields, compared in constant time.</summary>
    public bool Verified(string? mac, params ReadOnlySpan<string> fields) =>
        mac is not null && Mac(fields) is { } expected
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(expected));

    /// <summary>The folder and any missing above it, readable by their user only where the system has modes.</summary>
    public void CreatePrivate()
    {
        if (Directory.Exists(Folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
        }
        else
        {
            Directory.CreateDirectory(Folder, Private);
        }
    }

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private const int MacLength = 64;

    /// <summary>
    /// The body of a record written by <see cref="WriteSigned"/> under <paramref name="key"/>, or null: no such file, not
    /// readable, not signed by this user for this key, or a cache that must not be used.
    /// </summary>
    public byte[]? ReadSigned(string file, string key)
    {
        if (Distrust() is not null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return bytes.Length >= MacLength && Verified(Encoding.ASCII.GetString(bytes, 0, MacLength), key, Sha256(bytes.AsSpan(MacLength)))
            ? bytes[MacLength..]
            : null;
    }

    /// <summary>
    /// Writes a record, its body after the user's MAC of <paramref name="key"/> and the body's hash, whole or not at all;
    /// a cache that cannot be written, or must not be used, is left as it is (it only costs the work again next time).
    /// </summary>
    public void WriteSigned(string file, string key, ReadOnlySpan<byte> body)
    {
        if (Distrust() is not null || Mac(key, Sha256(body)) is not { } mac)
        {
            return;
        }

        var bytes = new byte[MacLength + body.Length];
        Encoding.ASCII.GetBytes(mac, bytes);
        body.CopyTo(bytes.AsSpan(MacLength));
        try
        {
            CreatePrivate();
            AllOrNothing.Write([(file, bytes)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full disk only costs the work again next time.
        }
    }

    /// <summary>The user's key, or why there is none. A class, not a tuple: a Lazy of a tuple is compiled at run time.</summary>
    private sealed record SigningKey(byte[]? Key, string? Unusable);
}
