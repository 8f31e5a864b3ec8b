namespace ReportSite.Markdown.Directives;

/// <summary>The directives a site knows, by name. Immutable: <see cref="With"/> returns a new registry.</summary>
public sealed class DirectiveRegistry
{
    private readonly IReadOnlyDictionary<string, IDirective> _byName;

    public static DirectiveRegistry Empty { get; } = new(new Dictionary<string, IDirective>());

    private DirectiveRegistry(IReadOnlyDictionary<string, IDirective> byName) => _byName = byName;

    public DirectiveRegistry With(IDirective directive) =>
        new(new Dictionary<string, IDirective>(_byName) { [directive.Name] = directive });

    public IDirective? Get(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<string> Names => _byName.Keys.Order(StringComparer.Ordinal);

    /// <summary>Every problem with a parsed directive block: syntax, unknown name, or the directive's own checks.</summary>
    public IEnumerable<string> Validate(DirectiveBlock block)
    {
        if (block.Error is not null)
        {
            yield return $"malformed directive '{block.Source}': {block.Error}.";
            yield break;
        }
        var directive = block.Directive!;
        var handler = Get(directive.Name);
        if (handler is null)
        {
            var known = Names.ToList();
            yield return $"unknown directive '::{directive.Name}'{DidYouMean(directive.Name, known)}; "
                + (known.Count == 0 ? "this site has no directives." : $"known directives: {string.Join(", ", known.Select(n => "::" + n))}.");
            yield break;
        }
        foreach (var problem in handler.Validate(directive))
        {
            yield return $"::{directive.Name}: {problem}";
        }
    }

    private static string DidYouMean(string name, IEnumerable<string> known) =>
        Diagnostics.Suggest.Closest(name, known) is { } match ? $" (did you mean '::{match}'?)" : "";
}
