using ReportSite.Checks;

namespace ReportSite.Tests.Checks;

/// <summary>How an address on a built page reaches a file of the site, as a static host serves it.</summary>
public sealed class LinkResolverTests
{
    private static readonly HashSet<string> Files =
    [
        "index.html", "404.html", "en/index.html", "en/intro/index.html", "en/green/index.html", "zh-CN/index.html",
        "assets/site.css", "assets/report.pdf", "assets/annual report.pdf", "assets/gri-index.html", "s/ab12/index.html",
    ];

    private static readonly Dictionary<string, IReadOnlySet<string>> Ids = new()
    {
        ["en/intro/index.html"] = new HashSet<string> { "our-approach", "我们的方法" },
        ["en/green/index.html"] = new HashSet<string> { "green-operations" },
    };

    private static ResolvedLink Resolve(string from, string href, string? basePath = "/report/") =>
        new LinkResolver(Files.Contains, file => Ids.GetValueOrDefault(file), basePath).Resolve(from, href);

    [Theory]
    [InlineData("en/green/index.html", "../intro/", "en/intro/index.html", "en/intro/")]
    [InlineData("en/green/index.html", "../intro/index.html", "en/intro/index.html", "en/intro/")]
    [InlineData("en/green/index.html", "./", "en/green/index.html", "en/green/")]
    [InlineData("en/green/index.html", "", "en/green/index.html", "en/green/")]
    [InlineData("en/green/index.html", "../", "en/index.html", "en/")]
    [InlineData("en/index.html", "../", "index.html", "")]
    [InlineData("en/index.html", "../../../../", "index.html", "")]
    [InlineData("index.html", "s/ab12/", "s/ab12/index.html", "s/ab12/")]
    [InlineData("en/green/index.html", "../../assets/site.css?v=0123", "assets/site.css", "assets/site.css")]
    [InlineData("en/green/index.html", "../../assets/annual%20report.pdf", "assets/annual report.pdf", "assets/annual report.pdf")]
    [InlineData("en/green/index.html", "../../assets/gri-index.html", "assets/gri-index.html", "assets/gri-index.html")]
    [InlineData("404.html", "zh-CN/", "zh-CN/index.html", "zh-CN/")]
    public void A_relative_path_resolves_from_the_page_s_folder_and_a_folder_serves_its_index(string from, string href, string file, string url)
    {
        var link = Resolve(from, href);

        Assert.Equal((LinkOutcome.Found, file, url, false), (link.Outcome, link.File, link.Url, link.FromHostRoot));
    }

    [Theory]
    [InlineData("https://example.org/report/")]
    [InlineData("//example.org/x.png")]
    [InlineData("mailto:csr@example.org?subject=Report")]
    [InlineData("MAILTO:")]
    [InlineData("tel:+85212345678")]
    [InlineData("data:image/gif;base64,R0lGODlhAQABAAAAACw=")]
    public void An_address_that_leaves_the_site_is_not_followed(string href)
    {
        var link = Resolve("en/green/index.html", href);

        Assert.Equal((LinkOutcome.External, ""), (link.Outcome, link.File));
    }

    [Fact]
    public void An_address_from_the_host_root_is_followed_below_the_base_path()
    {
        var inside = Resolve("404.html", "/report/en/intro/#our-approach");
        var outside = Resolve("404.html", "/blog/?page=2#top");

        Assert.Equal((LinkOutcome.Found, "en/intro/index.html", true), (inside.Outcome, inside.File, inside.FromHostRoot));
        Assert.Equal((LinkOutcome.OutsideSite, "/blog/", ""), (outside.Outcome, outside.Path, outside.File));
    }

    [Fact]
    public void Without_a_base_path_an_address_from_the_host_root_is_left_to_the_host()
    {
        var link = Resolve("404.html", "/report/en/nothing/", basePath: null);

        Assert.Equal((LinkOutcome.HostRoot, "/report/en/nothing/"), (link.Outcome, link.Path));
    }

    [Theory]
    [InlineData("../intro/#our-approach", LinkOutcome.Found)]
    [InlineData("../intro/#%E6%88%91%E4%BB%AC%E7%9A%84%E6%96%B9%E6%B3%95", LinkOutcome.Found)]
    [InlineData("../intro/?lang=en#our-approach", LinkOutcome.Found)]
    [InlineData("../intro/#", LinkOutcome.Found)]
    [InlineData("#green-operations", LinkOutcome.Found)]
    [InlineData("../intro/#nowhere", LinkOutcome.MissingId)]
    [InlineData("#our-approach", LinkOutcome.MissingId)]
    [InlineData("../../assets/report.pdf#page=2", LinkOutcome.Found)]
    [InlineData("../nothing/#our-approach", LinkOutcome.Missing)]
    public void A_fragment_must_be_an_id_on_a_target_whose_ids_are_known(string href, LinkOutcome outcome)
    {
        Assert.Equal(outcome, Resolve("en/green/index.html", href).Outcome);
    }

    [Fact]
    public void A_missing_target_keeps_the_path_as_written_and_names_the_file_tried()
    {
        var link = Resolve("en/green/index.html", "../nothing/?x=1#top");

        Assert.Equal((LinkOutcome.Missing, "../nothing/", "en/nothing/index.html", "en/nothing/", "top"), (link.Outcome, link.Path, link.File, link.Url, link.Fragment));
    }

    [Fact]
    public void A_folder_without_its_slash_is_not_its_index()
    {
        // Static hosts differ on redirecting "intro" to "intro/"; a link that needs the redirect is reported.
        Assert.Equal(LinkOutcome.Missing, Resolve("en/green/index.html", "../intro").Outcome);
    }
}
