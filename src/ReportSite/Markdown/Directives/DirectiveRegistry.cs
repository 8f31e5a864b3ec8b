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

    /// <summary>Every problem with a directive block: syntax, unknown name, or the directive's own checks.</summary>
    public IEnumerable<string> Validate(DirectiveBlock block) => Validate(block.Directive, block.Error, block.Source, inline: false);

    /// <summary>Every problem with a text directive: syntax, unknown name, or the directive's own checks.</summary>
    public IEnumerable<string> Validate(DirectiveInline inline) => Validate(inline.Directive, inline.Error, inline.Source, inline: true);

    private IEnumerable<string> Validate(Directive? directive, string? error, string source, bool inline)
    {
        if (error is not null)
        {
            yield return $"malformed directive '{source}': {error}.";
            yield break;
        }
        var handler = Get(directive!.Name);
        var written = (inline ? ":" : "::") + directive.Name;
        if (handler is null || handler.IsInline != inline)
        {
            var known = _byName.Values.Where(d => d.IsInline == inline).Select(d => d.Name).Order(StringComparer.Ordinal).ToList();
            var prefix = inline ? ":" : "::";
            yield return handler is not null
                ? (inline
                    ? $"'{written}' is a block directive: put ::{directive.Name}{{…}} on a line of its own."
                    : $"'{written}' is a text directive: write :{directive.Name}[…] inside a sentence.")
                : $"unknown directive '{written}'{DidYouMean(directive.Name, known, prefix)}; "
                    + (known.Count == 0 ? $"this site has no {(inline ? "text" : "block")} directives." : $"known: {string.Join(", ", known.Select(n => prefix + n))}.");
            yield break;
        }
        foreach (var problem in handler.Validate(directive))
        {
            yield return $"{written}: {problem}";
        }
    }

    private static string DidYouMean(string name, IEnumerable<string> known, string prefix) =>
        Diagnostics.Suggest.Closest(name, known) is { } match ? $" (did you mean '{prefix}{match}'?)" : "";
}
