using ReportSite.Diagnostics;

namespace ReportSite.Cli;

/// <summary>Writes a file the author asked for, reporting a folder that is missing or read-only as an error rather than a crash.</summary>
public static class WriteFile
{
    public static void Run(string path, byte[] content, DiagnosticBag diagnostics)
    {
        try
        {
            File.WriteAllBytes(path, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(path, 0, $"could not be written ({e.Message}); check that its folder exists and can be written to.");
        }
    }
}
