using ReportSite.Content;
using ReportSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Translations;

/// <summary>One language's recorded version in a data file's <c>translated-from</c>, and its line.</summary>
public readonly record struct RecordedVersion(string Hash, int Line);

/// <summary>
/// A data file's top-level <c>translated-from: { en: 1a2b3c4d, zh-HK: 5e6f7a8b }</c>: per translated
/// language, the hash of the primary-language texts it was translated from. A language that is not one of
/// the site's, or a value that is not 8 hex digits, is an error at its line; the primary language is
/// ignored with a warning, since its texts are the source.
/// </summary>
public static class DataTranslatedFrom
{
    /// <summary>The recorded versions by language; empty when the file has no <c>translated-from</c>.</summary>
    public static IReadOnlyDictionary<string, RecordedVersion> Read(YamlMappingNode root, string file, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var recorded = new Dictionary<string, RecordedVersion>(StringComparer.Ordinal);
        if (!root.Children.TryGetValue(new YamlScalarNode(LoadChapters.TranslatedFromKey), out var node)) return recorded;
        var example = $"{LoadChapters.TranslatedFromKey}: {{ {languages.Skip(1).FirstOrDefault() ?? "en"}: 1a2b3c4d }}";
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Error(file, (int)node.Start.Line, $"{LoadChapters.TranslatedFromKey} must name each translated language's source version, as in '{example}'; run 'reportsite translations mark {file}' rather than editing it, or delete the line.");
            return recorded;
        }
        foreach (var (key, value) in mapping.Children)
        {
            var language = (key as YamlScalarNode)?.Value ?? "";
            var line = (int)key.Start.Line;
            if (language == languages[0])
            {
                diagnostics.Warning(file, line, $"'{language}' in {LoadChapters.TranslatedFromKey} is ignored: {language} is the primary language, whose texts are the source that translations record; delete it.");
            }
            else if (!languages.Contains(language))
            {
                diagnostics.Error(file, line, $"{LoadChapters.TranslatedFromKey} names '{language}', which is not one of the site's languages{Suggest.DidYouMean(language, languages)} ({string.Join(", ", languages)}, site.yml 'languages'); delete it, or run 'reportsite translations mark {file}'.");
            }
            else if (value is not YamlScalarNode { Value: { } hash } || !SourceHash.IsWellFormed(hash))
            {
                diagnostics.Error(file, line, $"{LoadChapters.TranslatedFromKey} {language} '{(value as YamlScalarNode)?.Value}' is not a source version: it is {SourceHash.Length} hex digits that 'reportsite translations mark {file}' writes; run that command rather than editing the line, or delete the entry.");
            }
            else
            {
                recorded[language] = new RecordedVersion(hash.ToLowerInvariant(), line);
            }
        }
        return recorded;
    }
}
