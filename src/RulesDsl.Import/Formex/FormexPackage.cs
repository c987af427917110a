using System.IO.Compression;
using RulesDsl.Diagnostics;

namespace RulesDsl.Import.Formex;

/// <summary>The files of a Formex package as given: loose files, or zips of them, unpacked in memory.</summary>
internal static class FormexPackage
{
    /// <summary>No file of an act comes near this (the AI Act's largest is 0.65 MB); more is a broken or hostile zip.</summary>
    private const long MaxEntryBytes = 64L * 1024 * 1024;

    public static bool IsZip(byte[] bytes) => bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);

    /// <summary>The XML files given, with each zip replaced by the XML files it holds ("package.zip/L_…fmx.xml").</summary>
    public static List<(string Path, byte[] Bytes)> Expand(IReadOnlyList<(string Path, byte[] Bytes)> files, List<Diagnostic> diagnostics)
    {
        var parts = new List<(string Path, byte[] Bytes)>();
        foreach (var file in files)
        {
            if (IsZip(file.Bytes))
            {
                parts.AddRange(Unzip(file.Path, file.Bytes, diagnostics));
            }
            else
            {
                parts.Add(file);
            }
        }

        return parts;
    }

    public static bool HoldsFormex(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            return archive.Entries.Any(e => e.Name.EndsWith(".fmx.xml", StringComparison.OrdinalIgnoreCase));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static List<(string Path, byte[] Bytes)> Unzip(string path, byte[] bytes, List<Diagnostic> diagnostics)
    {
        var parts = new List<(string Path, byte[] Bytes)>();
        var at = new SourcePosition(path, 1, 1);
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
            {
                if (!StaysInFolder(entry.FullName))
                {
                    diagnostics.Add(FormexDiagnostics.UnsafeZipEntry(at, entry.FullName));
                    continue;
                }

                if (!entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (entry.Length > MaxEntryBytes)
                {
                    diagnostics.Add(FormexDiagnostics.UnreadableZip(at, $"the entry '{entry.FullName}' unpacks to {entry.Length:N0} bytes, more than {MaxEntryBytes:N0}"));
                    continue;
                }

                using var content = entry.Open();
                using var copy = new MemoryStream();
                content.CopyTo(copy);
                parts.Add(($"{path}/{entry.FullName}", copy.ToArray()));
            }
        }
        catch (InvalidDataException e)
        {
            diagnostics.Add(FormexDiagnostics.UnreadableZip(at, e.Message));
        }

        return parts;
    }

    /// <summary>False for an entry that would land outside the folder the zip is unpacked in (zip slip).</summary>
    private static bool StaysInFolder(string entryName)
    {
        var name = entryName.Replace('\\', '/');
        return name.Length > 0
            && name[0] != '/'
            && !(name.Length >= 2 && name[1] == ':')
            && !Path.IsPathRooted(entryName)
            && name.Split('/').All(segment => segment != "..");
    }
}
