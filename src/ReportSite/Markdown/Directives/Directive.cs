namespace ReportSite.Markdown.Directives;

/// <summary>
/// A parsed leaf-block directive, <c>::name[label]{#id .class key=value key2="a b"}</c>, as the
/// CommonMark generic-directive proposal (and remark-directive) writes it.
/// </summary>
public sealed record Directive(
    string Name,
    string? Label,
    IReadOnlyDictionary<string, string> Attributes)
{
    /// <summary>The attribute value, or null when absent.</summary>
    public string? this[string key] => Attributes.TryGetValue(key, out var value) ? value : null;

    /// <summary>One problem per attribute this directive does not take, with the closest it does take.</summary>
    public IEnumerable<string> UnknownAttributes(params string[] known) =>
        Attributes.Keys.Where(k => !known.Contains(k)).Select(k =>
            $"unknown attribute '{k}'{Diagnostics.Suggest.DidYouMean(k, known)}; it takes {string.Join(", ", known)}.");
}
