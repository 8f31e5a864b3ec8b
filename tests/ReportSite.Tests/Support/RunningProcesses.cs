namespace ReportSite.Tests.Support;

/// <summary>Looks for processes a test started and should have stopped, by a word unique to their command line (Linux /proc).</summary>
public static class RunningProcesses
{
    /// <summary>The ids of live processes whose command line contains <paramref name="text"/>; a stopped process's is empty.</summary>
    public static IReadOnlyList<int> Containing(string text)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var id) || id == Environment.ProcessId) continue;
            try
            {
                // Arguments are separated by NUL bytes; the text may span them, so they become spaces.
                if (File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Contains(text, StringComparison.Ordinal)) found.Add(id);
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }
}
