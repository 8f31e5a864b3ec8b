using System.Runtime.InteropServices;

namespace ReportSite.Files;

/// <summary>
/// A second name for an existing file (a hard link): no bytes copied, no space taken. It fails where the
/// file system has none or the two names are on different volumes, and the caller copies instead.
/// </summary>
public static partial class HardLink
{
    /// <summary>Makes <paramref name="link"/> name the file at <paramref name="existing"/>; false when it could not.</summary>
    public static bool TryCreate(string existing, string link)
    {
        try
        {
            return OperatingSystem.IsWindows() ? CreateHardLinkW(link, existing, 0) : Link(existing, link) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string link);

    [LibraryImport("kernel32", StringMarshalling = StringMarshalling.Utf16)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, nint securityAttributes);
}
