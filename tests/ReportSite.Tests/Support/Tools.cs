using System.Diagnostics;

namespace ReportSite.Tests.Support;

/// <summary>
/// Runs the system tools some tests need (installed by <c>tests/install-tools.sh</c>: chromium, zbar-tools, java, node). A missing
/// tool fails the test with the install command rather than skipping it.
/// </summary>
public static class Tools
{
    public const string Chromium = "/usr/bin/chromium";

    public static readonly string[] ChromiumFlags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars"];

    /// <summary>
    /// Runs <paramref name="tool"/> (a name on PATH or a full path) to its end, in <paramref name="workingDirectory"/>
    /// (else the test's own) with <paramref name="environment"/> added to its variables, and returns what it said.
    /// </summary>
    public static (int ExitCode, string Output, string Error) Run(string tool, IEnumerable<string> arguments, int timeoutSeconds = 60,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var path = tool.StartsWith('/') ? tool : Find(tool);
        Assert.True(path is not null && File.Exists(path), $"'{tool}' is not installed; run: bash tests/install-tools.sh");
        var start = new ProcessStartInfo(path!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? "" };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(timeoutSeconds * 1000), $"{tool} did not finish in {timeoutSeconds} s");
            return (process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            // A tool that overran (or a failure while waiting) must not outlive the test, nor must what it started.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    /// <summary>The tool's file on PATH, or null when it is not installed.</summary>
    public static string? Find(string tool) =>
        Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);

    /// <summary>Renders a local file (an SVG, a page) to a PNG with headless chromium.</summary>
    public static void Screenshot(string file, string png, int width, int height)
    {
        using var profile = new TempDir();
        Run(Chromium, [.. ChromiumFlags, $"--user-data-dir={profile.Path}", $"--screenshot={png}", $"--window-size={width},{height}", "file://" + file]);
        Assert.True(File.Exists(png), $"chromium wrote no screenshot of {file}");
    }

    /// <summary>Every QR code zbarimg finds in an image, as text.</summary>
    public static IReadOnlyList<string> DecodeQr(string image)
    {
        var (_, output, _) = Run("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", image]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
