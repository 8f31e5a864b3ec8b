using System.Globalization;
using ReportSite.Diagnostics;
using ReportSite.Localization;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Yaml;

/// <summary>
/// Typed, line-aware reading of one YAML mapping. Every problem is reported once, with the file
/// and the line of the offending value, and the reader returns null so the caller can go on
/// collecting further problems.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _firstLine;

    public YamlMap(YamlMappingNode node, string file, int firstLine, DiagnosticBag diagnostics)
    {
        _node = node;
        File = file;
        _firstLine = firstLine;
        Diagnostics = diagnostics;
    }

    public string File { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The file line of the mapping itself.</summary>
    public int Line => LineOf(_node);

    public IEnumerable<string> Keys => _node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

    public int LineOf(YamlNode node) => node.Start.Line > 0 ? (int)node.Start.Line + _firstLine - 1 : _firstLine;

    public YamlNode? Node(string key) => _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>The line of <paramref name="key"/>'s value, or of the mapping when the key is absent.</summary>
    public int LineOf(string key) => Node(key) is { } value ? LineOf(value) : Line;

    public void Error(YamlNode? at, string message) => Diagnostics.Error(File, at is null ? Line : LineOf(at), message);

    public void Warning(YamlNode? at, string message) => Diagnostics.Warning(File, at is null ? Line : LineOf(at), message);

    /// <summary>Warns about keys this file does not use, suggesting the closest known key.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known, string what)
    {
        foreach (var (key, _) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Warning(key, $"unknown {what} '{name}' is ignored{Suggest.DidYouMean(name, known)}; known: {string.Join(", ", known)}.");
            }
        }
    }

    /// <summary>A nested mapping, or null (reported) when the value is something else.</summary>
    public YamlMap? Map(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlMappingNode mapping) return new YamlMap(mapping, File, _firstLine, Diagnostics);
        Error(node, $"'{key}' must be a mapping of 'name: value' lines.");
        return null;
    }

    /// <summary>The items of a list of mappings, each readable as a <see cref="YamlMap"/>.</summary>
    public IReadOnlyList<YamlMap> MapList(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list, one '- …' item per line.");
            return [];
        }
        var items = new List<YamlMap>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping) items.Add(new YamlMap(mapping, File, _firstLine, Diagnostics));
            else Error(item, $"each item of '{key}' must be a mapping such as '{{ name: value }}'.");
        }
        return items;
    }

    /// <summary>A decimal written with '.' whatever the machine's culture.</summary>
    public decimal? Decimal(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Error(null, $"'{key}' is missing; add a line '{key}: …' with a number.");
            return null;
        }
        return Decimal(node, $"'{key}'");
    }

    /// <summary>
    /// A number in <paramref name="node"/>, where <paramref name="what"/> names it in the message. Figures
    /// are written plain ("205000000"): separators and unit words are the formatter's job.
    /// </summary>
    public decimal? Decimal(YamlNode node, string what)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } text })
        {
            Error(node, $"{what} must be a number.");
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        var hint = text.Any(c => c is ',' or '，' or '万' or '亿' or '%' or '元') || text.Any(char.IsLetter)
            ? " Write the plain figure in base units (205000000, not 2.05亿元; 39 for 39%); separators and unit words are added per language."
            : "";
        Error(node, $"{what} must be a number written with digits and '.', not '{text}'.{hint}");
        return null;
    }

    /// <summary>true/false (also yes/no), or null when absent.</summary>
    public bool? Bool(string key)
    {
        var text = String(key);
        switch (text?.ToLowerInvariant())
        {
            case null: return null;
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
        }
        Error(Node(key), $"'{key}' must be true or false, not '{text}'.");
        return null;
    }

    /// <summary>The 'name: value' lines of a nested mapping, in the order written.</summary>
    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries(string key)
    {
        var node = Node(key);
        if (node is null) return [];
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"'{key}' must be a mapping of 'name: value' lines.");
            return [];
        }
        return mapping.Children.Select(pair => (pair.Key as YamlScalarNode ?? new YamlScalarNode(""), pair.Value)).ToList();
    }

    /// <summary>
    /// A text value, keeping spaces that matter (" million"). An empty text counts as missing unless
    /// <paramref name="allowEmpty"/>, where "" is a real setting (no group separator).
    /// </summary>
    public string? String(string key, bool required = false, string? hint = null, bool allowEmpty = false)
    {
        var node = Node(key);
        if (allowEmpty && node is YamlScalarNode { Value: null or "" }) return "";
        if (node is null or YamlScalarNode { Value: null or "" })
        {
            if (required) Error(node, $"'{key}' is missing; {hint ?? $"add a line '{key}: …'"}.");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{key}' must be a single text value, not a list or mapping.");
            return null;
        }
        return scalar.Value;
    }

    /// <summary>
    /// A required keyword from a closed set ("kind: single"), or null when it is missing or none of them,
    /// reported with the closest keyword; <paramref name="what"/> names it in the message ("chart type").
    /// </summary>
    public T? Keyword<T>(string key, IReadOnlyDictionary<string, T> keywords, string what) where T : struct
    {
        var text = String(key, required: true, hint: $"add '{key}:' with one of {string.Join(", ", keywords.Keys)}");
        if (text is null) return null;
        if (keywords.TryGetValue(text, out var value)) return value;
        Error(Node(key), $"unknown {what} '{text}'{Suggest.DidYouMean(text, keywords.Keys)}; use one of {string.Join(", ", keywords.Keys)}.");
        return null;
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Error(Node(key), $"'{key}' must be a whole number, not '{text}'.");
        return null;
    }

    /// <summary>A list of texts, written either as <c>[a, b]</c> or as one <c>- item</c> per line.</summary>
    public IReadOnlyList<string>? StringList(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Error(null, $"'{key}' is missing; add a list such as '{key}: [a, b]'.");
            return null;
        }
        if (node is YamlScalarNode { Value: { Length: > 0 } single }) return [single];
        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list such as '{key}: [a, b]'.");
            return null;
        }
        var items = new List<string>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value }) items.Add(value);
            else Error(item, $"each item of '{key}' must be a single text value.");
        }
        return items;
    }

    /// <summary>
    /// A text per language, written as a mapping (<c>zh-CN: …</c>, <c>en: …</c>) or as one text for
    /// every language. The primary language is required; other missing languages fall back to it.
    /// </summary>
    public LocalizedText? Text(string key, IReadOnlyList<string> languages, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required) Error(null, $"'{key}' is missing; add '{key}:' with a line per language ({string.Join(", ", languages)}).");
            return null;
        }
        return TextOf(node, $"'{key}'", languages);
    }

    /// <summary>
    /// A text per language written as <paramref name="node"/> itself, such as a list item
    /// <c>- { zh-CN: 很好, en: Very good }</c>; <paramref name="what"/> names it in messages.
    /// </summary>
    public LocalizedText? TextOf(YamlNode node, string what, IReadOnlyList<string> languages)
    {
        var primary = languages[0];
        if (node is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return new LocalizedText(languages.ToDictionary(l => l, _ => text), primary);
        }
        if (node is not YamlMappingNode mapping)
        {
            Error(node, $"{what} must be a text, or one line per language ({string.Join(", ", languages)}).");
            return null;
        }
        var values = new Dictionary<string, string>();
        foreach (var (k, v) in mapping.Children)
        {
            var language = (k as YamlScalarNode)?.Value ?? "";
            if (!languages.Contains(language))
            {
                Error(k, $"{what} has a text for '{language}', which is not one of the site's languages{Suggest.DidYouMean(language, languages)}; the languages are {string.Join(", ", languages)} (site.yml 'languages').");
            }
            else if (v is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values[language] = value;
            }
            else
            {
                Error(v, $"{what} in '{language}' must be a single text value.");
            }
        }
        if (!values.ContainsKey(primary))
        {
            Error(node, $"{what} has no text in the primary language '{primary}'; add a line '{primary}: …' under {what}.");
            return null;
        }
        return new LocalizedText(values, primary);
    }
}
