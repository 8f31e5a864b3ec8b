using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using ReportSite.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportSite.Theme;

/// <summary>
/// Reads a view model's properties for templates through getters compiled once per type, instead of
/// Scriban's reflection on every read: a report's menu reads every chapter's link on every page.
/// View models are immutable, so templates can read and never write.
/// </summary>
public sealed class ViewModelAccessor : IObjectAccessor
{
    private static readonly ConcurrentDictionary<Type, ViewModelAccessor> ByType = new();

    private readonly Dictionary<string, Func<object, object?>> _getters;

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "View models are this project's records; the compiled CLI keeps every member of the project's assemblies (TrimmerRootAssembly), so their properties are there to read.")]
    private ViewModelAccessor(Type type) =>
        _getters = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .ToDictionary(p => MarkupContext.Rename(p), Getter, StringComparer.Ordinal);

    /// <summary>The accessor for records of this project's own view models; null for anything else, which Scriban reads its own way.</summary>
    public static ViewModelAccessor? For(Type type) =>
        type.Namespace?.StartsWith("ReportSite", StringComparison.Ordinal) == true && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type != typeof(Markup)
            ? ByType.GetOrAdd(type, t => new ViewModelAccessor(t))
            : null;

    /// <summary>The model's members as a template's variables.</summary>
    public ScriptObject Globals(object model)
    {
        var globals = new ScriptObject(_getters.Count);
        foreach (var (name, get) in _getters) globals[name] = get(model);
        return globals;
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _getters.Count;

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _getters.Keys;

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _getters.ContainsKey(member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var get))
        {
            value = get(target);
            return true;
        }
        value = null;
        return false;
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type IndexType => typeof(object);

    /// <summary>
    /// A compiled getter where the runtime compiles code; ahead of time compiled, where expressions would only
    /// be interpreted, the property's own reflection getter, which is faster there.
    /// </summary>
    private static Func<object, object?> Getter(PropertyInfo property)
    {
        if (!RuntimeFeature.IsDynamicCodeCompiled) return property.GetValue;
        var target = Expression.Parameter(typeof(object));
        var read = Expression.Property(Expression.Convert(target, property.DeclaringType!), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), target).Compile();
    }
}
