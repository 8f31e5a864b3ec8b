using System.Text.RegularExpressions;
using ReportSite.Diagnostics;
using ReportSite.Files;
using ReportSite.Yaml;

namespace ReportSite.Content;

/// <summary>Reads and validates <c>site.yml</c>.</summary>
public sealed partial class LoadSiteConfig
{
    public const string FileName = "site.yml";

    private static readonly string[] Known = ["languages", "baseUrl", "title", "shortTitle", "subtitle", "organisation", "description", "year", "qr", "contact", "feedback", "about", "highlights", "downloads", "cover", "shareImages", LoadChapters.TranslatedFromKey];

    public SiteConfig? Run(string inputDir, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDir, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(FileName, 0, $"not found in '{inputDir}'; every report needs a site.yml with at least 'languages', 'baseUrl' and 'title'.");
            return null;
        }
        var yaml = YamlSource.LoadMapping(File.ReadAllText(path), FileName, diagnostics);
        if (yaml is null) return null;
        yaml.WarnUnknownKeys(Known, "setting");

        var languages = ReadLanguages(yaml);
        var baseUrl = ReadBaseUrl(yaml);
        if (languages is null) return null;
        // Every setting is read before deciding, so one run reports every mistake in the file.
        var title = yaml.Text("title", languages, required: true);
        var shortTitle = yaml.Text("shortTitle", languages);
        var subtitle = yaml.Text("subtitle", languages);
        var organisation = yaml.Text("organisation", languages);
        var description = yaml.Text("description", languages);
        var year = yaml.Int("year");
        var qr = yaml.Map("qr");
        qr?.WarnUnknownKeys(["errorCorrection", "campaign"], "qr setting");
        var level = qr?.String("errorCorrection");
        if (level is not null and not ("M" or "Q"))
        {
            qr!.Error(qr.Node("errorCorrection"), $"qr errorCorrection '{level}' is not for print: use M (15%) or Q (25%, recommended; H is only needed behind a logo).");
            level = null;
        }
        var campaign = qr?.String("campaign")?.TrimStart('?', '&');
        var contact = yaml.Map("contact");
        contact?.WarnUnknownKeys(["email"], "contact setting");
        var email = contact?.String("email");
        if (email is not null && !EmailPattern().IsMatch(email))
        {
            contact!.Error(contact.Node("email"), $"'{email}' is not an e-mail address; write it as name@example.com.");
            email = null;
        }
        var feedback = yaml.Map("feedback");
        feedback?.WarnUnknownKeys(["endpoint"], "feedback setting");
        var endpoint = ReadEndpoint(feedback, baseUrl);
        var about = ReadAbout(yaml.Map("about"), languages);
        var cover = ReadCover(yaml.Map("cover"), languages, inputDir);
        var highlights = yaml.StringList("highlights") ?? [];
        var shareImages = yaml.Bool("shareImages");
        var downloads = yaml.MapList("downloads").Select(d => ReadDownload(d, languages)).OfType<Download>().ToList();
        if (baseUrl is null || title is null) return null;
        return new SiteConfig
        {
            Languages = languages,
            BaseUrl = baseUrl,
            Title = title,
            ShortTitle = shortTitle,
            Subtitle = subtitle,
            Organisation = organisation,
            Description = description,
            Year = year,
            Campaign = campaign,
            QrErrorCorrection = level ?? "Q",
            ContactEmail = email,
            FeedbackEndpoint = endpoint,
            About = about,
            Highlights = highlights,
            HighlightsLine = yaml.LineOf("highlights"),
            Downloads = downloads,
            Cover = cover,
            ShareImages = shareImages ?? true,
        };
    }

    private static List<string>? ReadLanguages(YamlMap yaml)
    {
        var languages = yaml.StringList("languages", required: true);
        if (languages is null) return null;
        if (languages.Count == 0)
        {
            yaml.Error(yaml.Node("languages"), "'languages' is empty; list the primary language first, e.g. 'languages: [zh-CN, en]'.");
            return null;
        }
        var valid = true;
        foreach (var language in languages.Where(l => !LanguageCode().IsMatch(l)))
        {
            yaml.Error(yaml.Node("languages"), $"'{language}' is not a language code; use codes such as zh-CN, zh-HK, en.");
            valid = false;
        }
        foreach (var duplicate in languages.GroupBy(l => l).Where(g => g.Count() > 1))
        {
            yaml.Error(yaml.Node("languages"), $"'{duplicate.Key}' is listed twice in 'languages'.");
            valid = false;
        }
        return valid ? languages.ToList() : null;
    }

    private static string? ReadBaseUrl(YamlMap yaml)
    {
        var text = yaml.String("baseUrl", required: true, hint: "add the address the site will be published at, e.g. 'baseUrl: https://www.example.com/csr2018/'");
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            yaml.Error(yaml.Node("baseUrl"), $"'baseUrl' must be a full http(s) address such as https://www.example.com/csr2018/, not '{text}'.");
            return null;
        }
        return text.EndsWith('/') ? text : text + "/";
    }

    private static AboutReport? ReadAbout(YamlMap? about, IReadOnlyList<string> languages)
    {
        if (about is null) return null;
        about.WarnUnknownKeys(["period", "scope", "standards", "dataSources", "assurance", "history", "prevails", "disclosures"], "about setting");
        return new AboutReport(
            about.Text("period", languages),
            about.Text("scope", languages),
            about.Text("standards", languages),
            about.Text("dataSources", languages),
            about.Text("assurance", languages),
            about.Text("history", languages),
            about.Text("prevails", languages),
            about.StringList("disclosures") ?? [],
            about.LineOf("disclosures"));
    }

    private static CoverImage? ReadCover(YamlMap? cover, IReadOnlyList<string> languages, string inputDir)
    {
        if (cover is null) return null;
        cover.WarnUnknownKeys(["image", "alt"], "cover setting");
        var image = cover.String("image", required: true, hint: "add 'image: assets/cover.jpg' with the picture's path in the report folder");
        if (image is not null && !(image.StartsWith("assets/", StringComparison.Ordinal) && File.Exists(Path.Combine(inputDir, image))))
        {
            cover.Error(cover.Node("image"), $"the cover image '{image}' is not a file under assets/; put the picture in the report's assets/ folder and write its path as 'assets/cover.jpg'.");
            image = null;
        }
        var alt = cover.Text("alt", languages, required: true);
        return image is null || alt is null ? null : new CoverImage(image, alt, ImageSize.Read(Path.Combine(inputDir, image)));
    }

    private static Download? ReadDownload(YamlMap download, IReadOnlyList<string> languages)
    {
        download.WarnUnknownKeys(["title", "url", "size", "language"], "download setting");
        var title = download.Text("title", languages, required: true);
        var url = download.String("url", required: true, hint: "add 'url:' with the file's address, e.g. assets/report-2018.pdf");
        var language = download.String("language");
        if (language is not null && !languages.Contains(language))
        {
            download.Error(download.Node("language"), $"'{language}' is not one of the site's languages ({string.Join(", ", languages)}); say which edition the file is, or leave 'language' out.");
        }
        return title is null || url is null ? null : new Download(title, url, download.String("size"), language);
    }

    /// <summary>The collector's address: absolute, and https when the site is, or browsers block the post.</summary>
    private static string? ReadEndpoint(YamlMap? feedback, string? baseUrl)
    {
        var text = feedback?.String("endpoint");
        if (feedback is null || text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
        {
            feedback.Error(feedback.Node("endpoint"), $"feedback endpoint '{text}' must be the collector's full address, such as https://feedback.example.com/responses.");
            return null;
        }
        if (uri.Scheme == "http" && !uri.IsLoopback && baseUrl?.StartsWith("https:", StringComparison.Ordinal) == true)
        {
            feedback.Error(feedback.Node("endpoint"), $"feedback endpoint '{text}' is http but the site is https; browsers refuse to send a form from a secure page to an insecure address. Use https.");
            return null;
        }
        return text;
    }

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageCode();
}
