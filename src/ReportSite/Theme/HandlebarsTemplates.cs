using HandlebarsDotNet;
using ReportSite.Diagnostics;

namespace ReportSite.Theme;

/// <summary>
/// The template engine seam: Handlebars.Net templates read from the theme folder at run time, so a
/// designer changes the theme without building C#. Layouts are compiled once and are thread-safe.
/// </summary>
public sealed class HandlebarsTemplates
{
    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts;

    private HandlebarsTemplates(Dictionary<string, HandlebarsTemplate<object, object>> layouts) => _layouts = layouts;

    /// <summary>Compiles <c>layouts/*.hbs</c> with <c>partials/*.hbs</c> registered by file name.</summary>
    public static HandlebarsTemplates Load(string themeDir, DiagnosticBag diagnostics)
    {
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = false, TextEncoder = new MarkupEncoder() });
        handlebars.RegisterHelper("format", (output, _, arguments) => output.Write(Format(arguments)));
        var partials = Path.Combine(themeDir, "partials");
        if (Directory.Exists(partials))
        {
            foreach (var path in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                Try(path, themeDir, diagnostics, () => handlebars.RegisterTemplate(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path)));
            }
        }
        // Compiling is most of a cold build's start-up, and layouts compile independently of each other.
        var layouts = new System.Collections.Concurrent.ConcurrentDictionary<string, HandlebarsTemplate<object, object>>();
        Parallel.ForEach(Directory.EnumerateFiles(Path.Combine(themeDir, "layouts"), "*.hbs").Order(StringComparer.Ordinal), path =>
            Try(path, themeDir, diagnostics, () => layouts[Path.GetFileNameWithoutExtension(path)] = handlebars.Compile(File.ReadAllText(path))));
        return new HandlebarsTemplates(new Dictionary<string, HandlebarsTemplate<object, object>>(layouts));
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    public string Render(string layout, object model) => _layouts[layout](model);

    /// <summary><c>{{format "第 {0} 章" number}}</c>: fills numbered slots in a UI string.</summary>
    private static string Format(Arguments arguments)
    {
        var text = arguments.Length > 0 ? arguments[0]?.ToString() ?? "" : "";
        for (var i = 1; i < arguments.Length; i++)
        {
            text = text.Replace("{" + (i - 1) + "}", arguments[i]?.ToString());
        }
        return text;
    }

    private static void Try(string path, string themeDir, DiagnosticBag diagnostics, Action compile)
    {
        try
        {
            compile();
        }
        catch (HandlebarsException e)
        {
            diagnostics.Error(Path.GetRelativePath(Path.GetDirectoryName(themeDir.TrimEnd('/'))!, path).Replace('\\', '/'), 0, $"template error: {e.Message}");
        }
    }
}
