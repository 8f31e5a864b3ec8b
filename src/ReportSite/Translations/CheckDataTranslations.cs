using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Files;

namespace ReportSite.Translations;

/// <summary>
/// Compares each data file's <c>translated-from</c> (site.yml and <c>data/**/*.yml</c>, one file at a time
/// as <see cref="Each"/> runs it) with the hash of its primary-language texts now, per non-primary
/// language: up to date, out of date (<see cref="WarnStaleTranslations"/> reports those), not tracked, or
/// missing when the file has no text at all in the language. Texts without the language (the edition
/// shows the primary text there) are a warning per file and language, at the first of them, naming them.
/// Each missing text is reported by the loaders. What it reads of a file is its <see cref="FileStamp"/>.
/// </summary>
public sealed class CheckDataTranslations(string inputDir, SiteConfig site) : IItemWork<string, FileStamp, IReadOnlyList<TranslationStatus>>
{
    /// <summary>The files that may hold texts per language, as messages name them: site.yml, then every <c>data/**/*.yml</c> in name order.</summary>
    public static IReadOnlyList<string> List(string inputDir)
    {
        var files = new List<string>();
        if (File.Exists(Path.Combine(inputDir, LoadSiteConfig.FileName))) files.Add(LoadSiteConfig.FileName);
        var data = Path.Combine(inputDir, "data");
        if (!Directory.Exists(data)) return files;
        files.AddRange(Directory.EnumerateFiles(data, "*.yml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(inputDir, path).Replace('\\', '/'))
            .Where(file => !file.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal));
        return files;
    }

    /// <summary>Whether <paramref name="file"/> (as messages name files) is one of the files <see cref="List"/> finds.</summary>
    public static bool IsDataFile(string file) =>
        file == LoadSiteConfig.FileName || (file.StartsWith("data/", StringComparison.Ordinal) && file.EndsWith(".yml", StringComparison.Ordinal));

    public string Id(string file) => file;

    public FileStamp Reads(string file) => FileStamp.Of(Path.Combine(inputDir, file));

    public IReadOnlyList<TranslationStatus> Make(string file, DiagnosticBag diagnostics)
    {
        if (DataTexts.Parse(File.ReadAllText(Path.Combine(inputDir, file))) is not { } root) return [];
        var texts = DataTexts.Of(root, site.Languages);
        var recorded = DataTranslatedFrom.Read(root, file, site.Languages, diagnostics);
        if (texts.Count == 0) return [];
        var current = DataTexts.Hash(texts, site.PrimaryLanguage);
        var statuses = new List<TranslationStatus>();
        foreach (var language in site.Languages.Skip(1))
        {
            var has = recorded.TryGetValue(language, out var version);
            var missing = texts.Where(t => !t.Texts.ContainsKey(language)).ToList();
            var state = missing.Count == texts.Count ? TranslationState.Missing
                : !has ? TranslationState.NotTracked
                : version.Hash == current ? TranslationState.UpToDate
                : TranslationState.OutOfDate;
            statuses.Add(new TranslationStatus(file, language, file, file, state)
            {
                Current = current, Recorded = has ? version.Hash : null, Line = has ? version.Line : 0, DataFile = true, MissingTexts = missing.Select(t => t.Path).ToList(),
            });
            if (missing.Count > 0) diagnostics.Warning(file, missing[0].Line, Missing(missing, texts.Count, language));
        }
        return statuses;
    }

    /// <summary>How many texts lack <paramref name="language"/>, the first few by path, and what to do.</summary>
    private string Missing(IReadOnlyList<DataText> missing, int all, string language)
    {
        const int Named = 5;
        var paths = string.Join(", ", missing.Take(Named).Select(t => t.Path)) + (missing.Count > Named ? $" and {missing.Count - Named} more" : "");
        var primary = site.PrimaryLanguage;
        return missing.Count == all
            ? $"missing: none of its {all} texts has {language} yet; the {language} edition shows its {primary} texts. Add a line '{language}: …' beside each '{primary}: …'."
            : $"missing: {missing.Count} of its {all} texts {(missing.Count == 1 ? "has" : "have")} no {language} yet ({paths}); the {language} edition shows the {primary} text there. "
                + $"Add a line '{language}: …' beside {(missing.Count == 1 ? "its" : "each")} '{primary}: …' ('reportsite translations' lists them).";
    }
}
