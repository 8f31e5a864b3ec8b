using ReportSite.Diagnostics;
using ReportSite.Theme;

namespace ReportSite.Cli;

/// <summary><c>reportsite theme eject [file]</c>: built-in theme files copied into the report's theme/ folder; exit code 1 when nothing was copied.</summary>
public sealed class ThemeEjectCommand(ConsoleReporter reporter)
{
    public int Run(string input, string? file)
    {
        var diagnostics = new DiagnosticBag();
        var written = new EjectTheme().Run(input, file, diagnostics);
        reporter.Diagnostics(diagnostics.Sorted());
        reporter.Ejected(written, input);
        return written.Count > 0 ? 0 : 1;
    }
}
