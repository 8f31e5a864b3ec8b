using ReportSite.Caching;
using ReportSite.Content;
using ReportSite.Feedback;

namespace ReportSite.Pipeline;

/// <summary>
/// Digests of the inputs that many pages depend on, read once per remembering build: the folder of theme
/// files overriding the built-in ones (the built-in theme cannot change while the generator runs),
/// site.yml (with the preview's feedback endpoint), the data folder and the survey alone.
/// </summary>
public sealed record InputFingerprints(string Theme, string Site, string Data, string Survey)
{
    public static InputFingerprints Of(BuildOptions options) => new(
        Fingerprint.Folder(options.ThemeOverrides),
        Fingerprint.Of(Read(Path.Combine(options.InputDir, LoadSiteConfig.FileName)), options.FeedbackEndpoint),
        Fingerprint.Folder(Path.Combine(options.InputDir, "data")),
        Fingerprint.Of(Read(Path.Combine(options.InputDir, LoadFeedbackForm.FileName))));

    private static string? Read(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
