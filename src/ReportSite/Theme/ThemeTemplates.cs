using System.Collections.Concurrent;
using ReportSite.Diagnostics;
using ReportSite.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace ReportSite.Theme;

/// <summary>
/// The template engine seam: Scriban templates read from the theme's files at run time (a report's
/// <c>theme/</c> folder over the built-in theme), so a designer changes the theme without building C#. <c>layouts/*.html</c> render pages, <c>partials/*.html</c>
/// are included by name (<c>{{ include 'header' }}</c>). Each file is parsed once per theme and the
/// parsed templates are shared by every page, on every thread.
/// Templates are strict: a name the view model does not have, an unknown function or a syntax error is
/// an error at the template's file, line and column, never an empty string.
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = ".html";

    private readonly Dictionary<string, Template> _layouts;
    private readonly Dictionary<string, Template> _partials;
    private readonly ThreadLocal<MarkupContext> _contexts;
    private readonly ThemeFiles _files;

    private ThemeTemplates(Dictionary<string, Template> layouts, Dictionary<string, Template> partials, ThemeFiles files)
    {
        (_layouts, _partials, _files) = (layouts, partials, files);
        _contexts = new ThreadLocal<MarkupContext>(() => new MarkupContext(_partials));
    }

    /// <summary>Parses every layout and partial of the folder <paramref name="themeDir"/> alone; syntax errors are reported with file, line and column.</summary>
    public static ThemeTemplates Load(string themeDir, DiagnosticBag diagnostics) => Load(ThemeFiles.InFolder(themeDir), diagnostics);

    /// <summary>
    /// Parses every layout and partial of <paramref name="files"/>; syntax errors are reported with line and
    /// column at the file's <see cref="ThemeFile.DisplayPath"/>, which later render errors name too.
    /// </summary>
    public static ThemeTemplates Load(ThemeFiles files, DiagnosticBag diagnostics)
    {
        Dictionary<string, Template> ParseAll(string folder)
        {
            var parsed = new ConcurrentDictionary<string, Template>();
            // Parsing is much of a cold build's start-up, and files parse independently of each other.
            Parallel.ForEach(files.In(folder).Where(f => f.Path.EndsWith(Extension, StringComparison.Ordinal)), file =>
            {
                var template = Template.Parse(file.ReadText(), file.DisplayPath);
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Add(TemplateProblem.At(message.Span, file.DisplayPath, $"template syntax error: {message.Message}."));
                }
                if (!template.HasErrors) parsed[Path.GetFileNameWithoutExtension(file.Path)] = template;
            });
            return new Dictionary<string, Template>(parsed, StringComparer.Ordinal);
        }
        return new ThemeTemplates(ParseAll("layouts"), ParseAll("partials"), files);
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>
    /// Renders <paramref name="layout"/> with the members of <paramref name="model"/> as its variables
    /// (in camelCase: <c>{{ chapter.title }}</c>). Throws <see cref="TemplateException"/> for a template
    /// that asks for what the model does not have.
    /// </summary>
    public string Render(string layout, object model) => Render(_layouts, "layouts", layout, model);

    /// <summary>
    /// Renders the partial <paramref name="partial"/> with the members of <paramref name="model"/> as its
    /// variables: how a directive or a generated page hands its view model to the theme. Throws
    /// <see cref="TemplateException"/> as layouts do, also when the theme has no such partial.
    /// </summary>
    public Markup RenderPartial(string partial, object model) => new(Render(_partials, "partials", partial, model));

    private string Render(Dictionary<string, Template> templates, string folder, string name, object model)
    {
        if (!templates.TryGetValue(name, out var template))
        {
            throw new TemplateException(new Diagnostic(Severity.Error, _files.DisplayPath($"{folder}/{name}{Extension}"), 0,
                $"missing; the theme must provide this template (the default theme has one to copy)."));
        }
        var context = _contexts.Value!;
        var globals = ViewModelAccessor.For(model.GetType())?.Globals(model) ?? throw new ArgumentException($"{model.GetType()} is not a view model", nameof(model));
        context.PushGlobal(globals);
        try
        {
            // Render returns what the template wrote and empties the context's output for the next one.
            // Renders do not nest: a directive's partial renders while the Markdown renders, before any layout.
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw TemplateProblem.From(e, globals);
        }
        finally
        {
            context.PopGlobal();
        }
    }
}
