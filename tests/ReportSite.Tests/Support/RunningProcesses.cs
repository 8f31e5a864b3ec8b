using System.Globalization;
namespace ReportSite.Tests.Support;

/// <summary>Looks for processes a test started and should have stopped, by a word unique to their command line (Linux /proc).</summary>
public static class RunningProcesses
{
    /// <summary>
    /// The processes still alive after <paramref name="grace"/>: a killed process's own children get the
    /// signal at once but may take a moment to go, and nothing waits for them as it waits for the child.
    /// </summary>
    public static IReadOnlyList<int> ContainingAfter(string text, TimeSpan grace)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var found = Containing(text);
        while (found.Count > 0 && waited.Elapsed < grace)
        {
            Thread.Sleep(50);
            found = Containing(text);
        }
        return found;
    }

    /// <summary>The ids of live processes whose command line contains <paramref name="text"/>; a stopped process's is empty.</summary>
    public static IReadOnlyList<int> Containing(string text)
    {
        var found = new List<int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == Environment.ProcessId) continue;
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
