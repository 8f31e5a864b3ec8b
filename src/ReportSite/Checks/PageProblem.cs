using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Pages;

namespace ReportSite.Checks;

/// <summary>
/// Reports a problem on a finished page where it can be fixed: at the chapter line that writes the
/// offending text when the page shows a chapter and the text is in it, else at the theme's page.
/// </summary>
public static class PageProblem
{
    public static void Report(Page page, string needle, string message, DiagnosticBag diagnostics, Func<string, bool>? lineIs = null)
    {
        if (page.Source is { } source && LineOf(source, needle, lineIs) is var line and > 0)
        {
            diagnostics.Error(source.File, line, message);
        }
        else
        {
            diagnostics.Error($"theme ({page.OutputPath})", 0, message);
        }
    }

    /// <summary>The first chapter line that contains the text (a link's address without its #fragment), or 0.</summary>
    private static int LineOf(ChapterSource source, string needle, Func<string, bool>? lineIs)
    {
        if (needle.Split('#')[0] is { Length: > 0 } path) needle = path;
        if (needle.Length == 0) return 0;
        var lines = source.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(needle, StringComparison.Ordinal) && (lineIs?.Invoke(lines[i]) ?? true)) return source.BodyFirstLine + i;
        }
        return 0;
    }
}
