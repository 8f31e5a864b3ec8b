using System.Text.RegularExpressions;
using ReportSite.Content;
using ReportSite.Diagnostics;
using ReportSite.Yaml;

namespace ReportSite.Media;

/// <summary>Reads <c>data/media.yml</c>, checking every item with file and line.</summary>
public sealed partial class LoadMedia
{
    public const string FileName = "data/media.yml";

    private static readonly string[] KnownKeys = ["id", "url", "verb", "title", "poster", "duration"];
    private static readonly Dictionary<string, MediaVerb> Verbs = new()
    {
        ["watch"] = MediaVerb.Watch,
        ["read"] = MediaVerb.Read,
        ["listen"] = MediaVerb.Listen,
        ["learn"] = MediaVerb.Learn,
    };

    public MediaSet Run(string inputDir, SiteConfig site, DiagnosticBag diagnostics)
    {
        var items = new List<MediaItem>();
        var path = Path.Combine(inputDir, FileName);
        var yaml = File.Exists(path) ? YamlSource.LoadMapping(File.ReadAllText(path), FileName, diagnostics) : null;
        if (yaml is not null)
        {
            yaml.WarnUnknownKeys(["media", LoadChapters.TranslatedFromKey], "top-level key");
            foreach (var entry in yaml.MapList("media"))
            {
                if (Read(entry, site) is not { } item) continue;
                if (items.FirstOrDefault(i => i.Id == item.Id) is { } first)
                {
                    entry.Error(entry.Node("id"), $"media item '{item.Id}' is defined twice; it is already defined at {FileName}:{first.Line}. Short links must be unique: give one another id.");
                    continue;
                }
                items.Add(item);
            }
        }
        return new MediaSet(items, site.BaseUrl, site.Campaign);
    }

    private static MediaItem? Read(YamlMap entry, SiteConfig site)
    {
        entry.WarnUnknownKeys(KnownKeys, "media setting");
        var id = entry.String("id", required: true, hint: "add 'id: short-name'; it becomes the short link s/short-name/");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            entry.Error(entry.Node("id"), $"media id '{id}' names the short link s/{id}/: use 1 to 32 lower-case letters, digits and '-', starting with a letter or digit (e.g. 'weicun-film').");
            id = null;
        }
        var url = entry.String("url", required: true, hint: "add 'url: https://…' with the page or video to open");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0))
        {
            entry.Error(entry.Node("url"), $"'{url}' is not a full web address; write it with http:// or https://, as copied from the browser's address bar.");
            url = null;
        }
        var verb = entry.Keyword("verb", Verbs, "verb");
        var title = entry.Text("title", site.Languages, required: true);
        var duration = entry.String("duration");
        if (duration is not null && !DurationPattern().IsMatch(duration))
        {
            entry.Error(entry.Node("duration"), $"duration '{duration}' must be minutes and seconds such as \"3:25\" (or \"1:02:30\"), in quotes.");
        }
        if (id is null || url is null || verb is null || title is null) return null;
        return new MediaItem
        {
            Id = id,
            Url = url,
            Verb = verb.Value,
            Title = title,
            Poster = entry.String("poster"),
            Duration = duration,
            File = FileName,
            Line = entry.Line,
        };
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(\d+:)?[0-5]?\d:[0-5]\d$")]
    private static partial Regex DurationPattern();
}
