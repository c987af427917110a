using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace RulesDsl.Caching;

/// <summary>
/// Who owns a file and who runs rulesdsl, on Unix, where .NET's file API has modes but no owners. Linux's statx has
/// one layout on every architecture (stx_uid at byte 20); elsewhere the owner is unknown (null) and a folder that
/// cannot be made private is what tells it belongs to someone else.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal static class UnixFiles
{
    private const int CurrentFolder = -100;
    private const uint UidField = 0x8;

    public static uint EffectiveUser => GetEffectiveUser();

    public static uint? Owner(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            return StatX(CurrentFolder, path, 0, UidField, buffer) == 0 ? BitConverter.ToUInt32(buffer, 20) : null;
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than glibc 2.28 has no statx.
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "geteuid")]
    private static extern uint GetEffectiveUser();

    [DllImport("libc", EntryPoint = "statx")]
    private static extern int StatX(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
}
