using ReportSite.Markdown.Directives;
using ReportSite.Pipeline;

namespace ReportSite.Tests.Support;

/// <summary>
/// A tiny report written from a text fixture (txtar: "-- path --" lines start each file), built with
/// the repository's theme (or the built-in one) into a temp folder, in the style of Hugo's whole-site tests.
/// </summary>
public sealed partial class FixtureSite : IDisposable
{
    private readonly TempDir _dir = new();

    public FixtureSite(string txtar)
    {
        Write(txtar);
    }

    /// <summary>Loads <c>Fixtures/&lt;name&gt;.txtar</c>.</summary>
    public static FixtureSite FromFile(string name) =>
        new(File.ReadAllText(Path.Combine(Repo.Root, "tests", "ReportSite.Tests", "Fixtures", name + ".txtar")));

    public string Input => _dir.Combine("input");

    public string Output => _dir.Combine("output");

    public BuildResult Build(DirectiveRegistry? directives = null) =>
        new SiteBuild(directives ?? DirectiveRegistry.Empty).Run(new BuildOptions(Input, Output, Repo.Theme));

    /// <summary>Builds with share images and chart pictures drawn in the fonts <paramref name="fonts"/> finds (a test's stand-in for the machine's).</summary>
    public BuildResult Build(ReportSite.Fonts.IFontLookup fonts) =>
        new SiteBuild(DirectiveRegistry.Empty, fonts: fonts).Run(new BuildOptions(Input, Output, Repo.Theme));

    /// <summary>
    /// Builds as an author's command line does: with the generator's built-in theme, overridden file by
    /// file by the report's own <c>theme/</c> folder (or by <paramref name="theme"/> when given).
    /// </summary>
    public BuildResult BuildWithBuiltInTheme(string? output = null, string? theme = null) =>
        new SiteBuild(DirectiveRegistry.Empty).Run(new BuildOptions(Input, output ?? Output, theme));

    /// <summary>Writes one input file exactly as given (no txtar trimming).</summary>
    public void WriteFile(string inputPath, string content)
    {
        var full = Path.Combine(Input, inputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Adds or replaces input files, given as txtar.</summary>
    public void Write(string txtar)
    {
        foreach (var (path, content) in Parse(txtar))
        {
            var full = Path.Combine(Input, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content);
        }
    }

    public void Delete(string inputPath) => File.Delete(Path.Combine(Input, inputPath));

    /// <summary>The page's own content (its &lt;main&gt; element), without the header and footer every page shares.</summary>
    public string ReadMain(string path) => MainElement().Match(ReadOutput(path)).Value;

    public string ReadInput(string path) => File.ReadAllText(Path.Combine(Input, path));

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    public static IEnumerable<(string Path, string Content)> Parse(string txtar)
    {
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in txtar.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null) yield return (path, content.ToString());
                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }
        if (path is not null) yield return (path, content.ToString().TrimEnd('\n') + "\n");
    }

    public void Dispose() => _dir.Dispose();

    [System.Text.RegularExpressions.GeneratedRegex("<main[^>]*>.*</main>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex MainElement();
}
