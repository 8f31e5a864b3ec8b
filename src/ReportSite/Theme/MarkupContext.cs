using System.Collections;
using System.Diagnostics.CodeAnalysis;
using ReportSite.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ReportSite.Theme;

/// <summary>
/// How theme templates run: every value written is HTML-escaped unless it is <see cref="Markup"/>;
/// an empty text or list is false in <c>if</c>, as designers expect from <c>{{ if summary }}</c>;
/// names are camelCase; every name and member must exist. One context serves one thread's renders.
/// </summary>
public sealed class MarkupContext : TemplateContext
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Scriban imports the two functions by reading their delegates' parameters; delegates keep their methods in the compiled CLI.")]
    public MarkupContext(IReadOnlyDictionary<string, Template> partials)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // A report's menu lists every chapter, and reports of a thousand chapters are built.
        LoopLimit = int.MaxValue;
        MemberRenamer = Rename;
        TryGetMember = (TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        {
            var known = context.GetMemberAccessor(target).GetMembers(context, span, target).ToList();
            throw new TemplateException(TemplateProblem.At(span, span.FileName,
                $"'{member}' is not a field of this {TypeWord(target)}{Diagnostics.Suggest.DidYouMean(member, known)}; the template can use: {string.Join(", ", known)}."));
        };
        TemplateLoader = new PartialLoader(partials);
        foreach (var (name, template) in partials) CachedTemplates[name] = template;
        var functions = new ScriptObject();
        functions.Import("raw", new Func<object?, Markup>(value => value as Markup ?? new Markup(value?.ToString() ?? "")));
        functions.Import("format", new Func<string, object[], string>(Format));
        functions["include"] = new MarkupInclude((IScriptCustomFunction)BuiltinObject["include"]!);
        PushGlobal(functions);
    }

    /// <summary>C# members as templates name them: <c>DocumentTitle</c> is <c>documentTitle</c>.</summary>
    public static string Rename(System.Reflection.MemberInfo member) => char.ToLowerInvariant(member.Name[0]) + member.Name[1..];

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is Markup markup ? Write(markup.Html) : Write(MarkupEncoder.Encode(ObjectToString(textAsObject) ?? ""));

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        ViewModelAccessor.For(target.GetType()) ?? base.GetMemberAccessorImpl(target);

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        ICollection c => c.Count > 0,
        _ => base.ToBool(span, value),
    };

    /// <summary><c>{{ format t.chapterNumber number }}</c>: fills the numbered slots of a UI string ("第 {0} 章").</summary>
    private static string Format(string text, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) text = text.Replace("{" + i + "}", values[i]?.ToString());
        return text;
    }

    private static string TypeWord(object target) => target is IDictionary ? "list of words" : "model";

    /// <summary>Scriban's include, whose result (the partial's HTML) is written as it is, not escaped again.</summary>
    private sealed class MarkupInclude(IScriptCustomFunction include) : IScriptCustomFunction
    {
        public int RequiredParameterCount => include.RequiredParameterCount;

        public int ParameterCount => include.ParameterCount;

        public ScriptVarParamKind VarParamKind => include.VarParamKind;

        public Type ReturnType => typeof(Markup);

        public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

        public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new Markup(include.Invoke(context, callerContext, arguments, blockStatement)?.ToString() ?? "");

        public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new Markup((await include.InvokeAsync(context, callerContext, arguments, blockStatement))?.ToString() ?? "");
    }

    /// <summary>Partials by file name; the templates themselves are parsed once and handed over in <see cref="TemplateContext.CachedTemplates"/>.</summary>
    private sealed class PartialLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            partials.ContainsKey(templateName)
                ? templateName
                : throw new TemplateException(TemplateProblem.At(callerSpan, callerSpan.FileName,
                    $"there is no partial '{templateName}'{Diagnostics.Suggest.DidYouMean(templateName, partials.Keys)}; add partials/{templateName}{ThemeTemplates.Extension} to the theme, or include one of: {string.Join(", ", partials.Keys.Order(StringComparer.Ordinal))}."));

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new InvalidOperationException("partials are parsed when the theme loads");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new InvalidOperationException("partials are parsed when the theme loads");
    }
}
