using ReportSite.Tests.Support;

namespace ReportSite.Tests.Checks;

/// <summary>Links written from the root of the host (/report/en/), which the site's baseUrl path decides.</summary>
public sealed class CheckLinksTests
{
    [Fact]
    public void A_link_from_the_host_root_into_the_site_is_checked_like_any_other()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nSee [the intro](/report/en/intro/#our-approach) and [the other](/report/en/nothing/).\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal(("chapters/02-green.en.md", 7), (error.File, error.Line));
        Assert.Equal("broken link '/report/en/nothing/': '/en/nothing/' does not exist in the built site; check the address, or put the file in assets/.", error.Message);
    }

    [Fact]
    public void A_link_from_the_host_root_outside_the_site_says_where_the_site_is()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nSee [the blog](/blog/).\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal(("chapters/02-green.en.md", 7), (error.File, error.Line));
        Assert.Equal("broken link '/blog/': '/blog/' is outside the site, which site.yml's baseUrl publishes under '/report/'; write a full address (https://…) for another site.", error.Message);
    }

    [Fact]
    public void A_folder_link_reaches_the_index_html_of_a_file_that_is_not_a_page()
    {
        // The host serves a folder's index.html whoever made it (a copied file, a short link's page); check always said so.
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- assets/annex/index.html --\n<!DOCTYPE html><title>Annex</title>\n-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nSee [the annex](../assets/annex/).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_file_whose_name_ends_in_index_html_is_not_taken_for_a_folder()
    {
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- assets/gri-index.html --\n<!DOCTYPE html><title>GRI</title>\n-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\nSee [the GRI index](../assets/gri-index.html).\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void An_image_may_be_a_data_address_but_a_web_address_must_be_well_formed()
    {
        // The build used to call a data: image "not a valid web address"; check let it pass, as browsers do.
        using var site = FixtureSite.FromFile("mini");
        site.Write("-- chapters/02-green.en.md --\n---\ntitle: Green\n---\n\n## Green operations\n\n![A dot](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n\n<img src=\"https://exa mple.org/dot.png\" alt=\"Another dot\">\n");

        var error = Assert.Single(site.Build().Diagnostics);

        Assert.Equal("chapters/02-green.en.md:9: missing image 'https://exa mple.org/dot.png': it is not a valid web address; write it in full, with https://.", error.ToString());
    }
}
