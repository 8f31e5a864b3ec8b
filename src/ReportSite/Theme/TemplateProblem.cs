using System.Text.RegularExpressions;
using ReportSite.Diagnostics;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Theme;

/// <summary>A template that cannot render, with where it went wrong.</summary>
public sealed class TemplateException(Diagnostic diagnostic) : DiagnosticException(diagnostic);

/// <summary>Turns the engine's complaints into messages for a theme's designer: file, line, column, what to do.</summary>
public static partial class TemplateProblem
{
    public static Diagnostic At(SourceSpan span, string file, string message) =>
        new(Severity.Error, file, span.Start.Line + 1, message) { Column = span.Start.Column + 1 };

    /// <summary>An error while rendering, with a did-you-mean over the page's variables when a name is unknown.</summary>
    public static TemplateException From(ScriptRuntimeException e, ScriptObject globals)
    {
        if (e.InnerException is TemplateException inner) return inner;
        var message = e.OriginalMessage;
        if (UnknownVariable().Match(message) is { Success: true } unknown)
        {
            var name = unknown.Groups["name"].Value;
            message = $"'{name}' is not a variable of this template{Suggest.DidYouMean(name, globals.Keys)}; the template can use: {string.Join(", ", globals.Keys.Order(StringComparer.Ordinal))}";
        }
        return new TemplateException(At(e.Span, e.Span.FileName, message.TrimEnd('.') + "."));
    }

    [GeneratedRegex("^The variable or function `(?<name>[^`]+)` was not found")]
    private static partial Regex UnknownVariable();
}
