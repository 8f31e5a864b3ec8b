using System.Text.RegularExpressions;
using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Yaml;

namespace ReportSite.Standards;

/// <summary>Reads every catalogue in <c>data/standards/</c>, checking each with file and line.</summary>
public sealed partial class LoadStandards
{
    public const string Folder = "data/standards";

    private static readonly Dictionary<string, OmissionReason> Reasons = new()
    {
        ["not-applicable"] = OmissionReason.NotApplicable,
        ["legal-prohibitions"] = OmissionReason.LegalProhibitions,
        ["confidentiality"] = OmissionReason.ConfidentialityConstraints,
        ["information-unavailable"] = OmissionReason.InformationUnavailable,
    };

    public IReadOnlyList<StandardsCatalogue> Run(string inputDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(inputDir, Folder);
        if (!Directory.Exists(folder)) return [];
        var catalogues = new List<StandardsCatalogue>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var file = $"{Folder}/{id}.yml";
            if (!IdPattern().IsMatch(id))
            {
                diagnostics.Error(file, 0, $"'{id}' names the index page standards/{id}/: rename the file with lower-case letters, digits and '-' (e.g. gri.yml, hkex-esg.yml).");
                continue;
            }
            var text = File.ReadAllText(path);
            var yaml = YamlSource.LoadMapping(text, file, diagnostics);
            if (yaml is null || Read(yaml, id, site.Languages) is not { } read) continue;
            var catalogue = read with { Digest = Fingerprint.Of(text) };
            if (catalogues.FirstOrDefault(c => c.Prefix.Equals(catalogue.Prefix, StringComparison.OrdinalIgnoreCase)) is { } other)
            {
                yaml.Error(yaml.Node("prefix"), $"prefix '{catalogue.Prefix}' is already used by {other.File}; chapters could not tell the two apart. Give each framework its own prefix.");
                continue;
            }
            catalogues.Add(catalogue);
        }
        return catalogues;
    }

    private static StandardsCatalogue? Read(YamlMap yaml, string id, IReadOnlyList<string> languages)
    {
        yaml.WarnUnknownKeys(["prefix", "title", "statement", "index", "sections", LoadChapters.TranslatedFromKey], "top-level key");
        var prefix = yaml.String("prefix", required: true, hint: "add 'prefix: GRI' (how chapters write its codes, as in 'GRI 203-1')");
        if (prefix is not null && prefix.Any(char.IsWhiteSpace))
        {
            yaml.Error(yaml.Node("prefix"), $"prefix '{prefix}' must be one word, as chapters write it before each code ('GRI 203-1').");
            prefix = null;
        }
        var title = yaml.Text("title", languages, required: true);
        var statement = yaml.Text("statement", languages);
        var sections = new List<DisclosureSection>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in yaml.MapList("sections"))
        {
            entry.WarnUnknownKeys(["title", "disclosures"], "section setting");
            var sectionTitle = entry.Text("title", languages, required: true);
            var disclosures = new List<Disclosure>();
            foreach (var item in entry.MapList("disclosures"))
            {
                if (Disclosure(item, languages) is not { } disclosure) continue;
                if (seen.TryGetValue(disclosure.Code, out var first))
                {
                    item.Error(item.Node("code"), $"disclosure '{disclosure.Code}' is listed twice (first at line {first}); list each disclosure once.");
                    continue;
                }
                seen[disclosure.Code] = disclosure.Line;
                disclosures.Add(disclosure);
            }
            if (sectionTitle is not null) sections.Add(new DisclosureSection(sectionTitle, disclosures));
        }
        var index = yaml.String("index");
        if (index is not null && !seen.ContainsKey(index))
        {
            yaml.Error(yaml.Node("index"), $"'index: {index}' names a disclosure this catalogue does not list{Suggest.DidYouMean(index, seen.Keys)}; give the code of the content index disclosure (GRI 102-55), or leave 'index' out.");
        }
        if (seen.Count == 0) yaml.Error(yaml.Node("sections"), "the catalogue lists no disclosures; add 'sections:', each with a 'title' and its 'disclosures' (code and title).");
        if (prefix is null || title is null || seen.Count == 0) return null;
        return new StandardsCatalogue { Id = id, Prefix = prefix, Title = title, Statement = statement, Sections = sections, IndexCode = index };
    }

    private static Disclosure? Disclosure(YamlMap item, IReadOnlyList<string> languages)
    {
        item.WarnUnknownKeys(["code", "title", "omission"], "disclosure setting");
        var code = item.String("code", required: true, hint: "add 'code: \"203-1\"' (in quotes)");
        if (code is not null && code.Any(char.IsWhiteSpace))
        {
            item.Error(item.Node("code"), $"code '{code}' must not contain spaces; write the code alone ('203-1'), the prefix is set once at the top.");
            code = null;
        }
        var title = item.Text("title", languages, required: true);
        Omission? omission = null;
        if (item.Map("omission") is { } map)
        {
            map.WarnUnknownKeys(["reason", "explanation"], "omission setting");
            var reason = map.Keyword("reason", Reasons, "reason for omission");
            var explanation = map.Text("explanation", languages);
            if (reason is not null) omission = new Omission(reason.Value, explanation);
        }
        return code is null || title is null ? null : new Disclosure(code, title, omission, item.Line);
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
