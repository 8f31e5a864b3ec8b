namespace ReportSite.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings are reported.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One message for an author: where (file relative to the input folder, 1-based line, 0 when the
/// whole file is meant), what is wrong, and what to do about it.
/// </summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, string Message)
{
    /// <summary>1-based column, where one is known (a template's); 0 otherwise.</summary>
    public int Column { get; init; }

    /// <summary>Formats as <c>file:line: message</c> (or <c>file:line:column:</c>), the shape editors and terminals link to.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{(Column > 0 ? $"{Column}:" : "")} {Message}" : $"{File}: {Message}";
}
