namespace ReportSite.Diagnostics;

/// <summary>
/// A problem found deep inside a stage (a theme template failing while a directive renders) that the
/// stage reports as its <see cref="Diagnostic"/> instead of crashing the build.
/// </summary>
public class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
