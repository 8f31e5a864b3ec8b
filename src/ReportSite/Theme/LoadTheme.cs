using System.Security.Cryptography;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Kpis;
using ReportSite.Yaml;

namespace ReportSite.Theme;

/// <summary>
/// Loads a theme folder: <c>layouts/</c> and <c>partials/</c> (Handlebars), <c>i18n/&lt;language&gt;.yml</c>
/// (every word readers see) and <c>assets/</c> (CSS, JS, icons).
/// </summary>
public sealed class LoadTheme
{
    /// <summary>Layouts the build renders; a theme must provide each.</summary>
    public static readonly string[] RequiredLayouts = ["base", "entry", "home", "chapter"];

    /// <summary>The section of a language file that says how numbers are written.</summary>
    private const string NumberSection = "number";

    public Theme? Run(string themeDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var themeName = Path.GetFileName(Path.TrimEndingDirectorySeparator(themeDir));
        if (!Directory.Exists(Path.Combine(themeDir, "layouts")))
        {
            diagnostics.Error(themeName, 0, $"no theme found at '{themeDir}' (it needs a 'layouts' folder); pass --theme with the theme folder.");
            return null;
        }
        var templates = HandlebarsTemplates.Load(themeDir, diagnostics);
        foreach (var layout in RequiredLayouts.Where(l => !templates.Has(l)))
        {
            diagnostics.Error($"{themeName}/layouts/{layout}.hbs", 0, "missing; the theme must provide this layout.");
        }
        var languages = LoadLanguageFiles(themeDir, themeName, site, diagnostics);
        var assetsDir = Path.Combine(themeDir, "assets");
        var assets = Directory.Exists(assetsDir)
            ? Directory.EnumerateFiles(assetsDir, "*", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(path => new ThemeAsset(Path.GetRelativePath(assetsDir, path).Replace('\\', '/'), path, Version(path)))
                .ToList()
            : [];
        return languages is null ? null : new Theme(templates, languages.Value.Strings, languages.Value.Numbers, assets);
    }

    /// <summary>Reads each <c>i18n/&lt;language&gt;.yml</c> once: its words, and its <c>number:</c> conventions.</summary>
    private static (Dictionary<string, IReadOnlyDictionary<string, string>> Strings, Dictionary<string, NumberLocale> Numbers)? LoadLanguageFiles(
        string themeDir, string themeName, SiteConfig site, DiagnosticBag diagnostics)
    {
        var all = new Dictionary<string, IReadOnlyDictionary<string, string>>();
        var numbers = new Dictionary<string, NumberLocale>();
        foreach (var language in site.Languages)
        {
            var file = $"{themeName}/i18n/{language}.yml";
            var path = Path.Combine(themeDir, "i18n", language + ".yml");
            if (!File.Exists(path))
            {
                diagnostics.Error(file, 0, $"missing: site.yml lists the language '{language}', so the theme needs its words. Copy another file in {themeName}/i18n/ to {language}.yml and translate it.");
                continue;
            }
            var yaml = YamlSource.LoadMapping(File.ReadAllText(path), file, diagnostics);
            if (yaml is null) continue;
            all[language] = yaml.Keys.Where(k => k != NumberSection).ToDictionary(k => k, k => yaml.String(k) ?? "");
            numbers[language] = ReadNumberLocale.Run(yaml.Map(NumberSection));
        }
        if (all.Count != site.Languages.Count) return null;
        foreach (var (language, strings) in all.Where(s => !s.Value.ContainsKey("languageName")))
        {
            diagnostics.Error($"{themeName}/i18n/{language}.yml", 0, $"'languageName' is missing; add the language's name written in that language (e.g. 'languageName: English'), shown in the language switcher.");
            return null;
        }

        // A word missing in one language shows in the primary language rather than as a blank.
        var primary = all[site.PrimaryLanguage];
        foreach (var language in site.Languages.Skip(1))
        {
            var strings = new Dictionary<string, string>(all[language]);
            foreach (var key in primary.Keys.Where(k => !strings.ContainsKey(k)))
            {
                diagnostics.Warning($"{themeName}/i18n/{language}.yml", 0, $"'{key}' is not translated; readers of the {language} edition see the {site.PrimaryLanguage} text '{primary[key]}'. Add '{key}: …'.");
                strings[key] = primary[key];
            }
            all[language] = strings;
        }
        return (all, numbers);
    }

    private static string Version(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..10];
    }
}
