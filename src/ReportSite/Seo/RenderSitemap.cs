using System.Text;
using System.Xml;
using ReportSite.Files;
using ReportSite.Pages;

namespace ReportSite.Seo;

/// <summary>
/// Writes <c>sitemap.xml</c> (sitemaps.org protocol 0.9): one <c>url</c> per page search engines may
/// list, at the address its canonical link gives, and for a page published in several languages the
/// same hreflang alternates and x-default (the entry page) the page itself declares, in Google's
/// sitemap format for localised pages. No <c>lastmod</c>: rebuilding unchanged text writes the same file.
/// A site with more pages than one sitemap may hold gets numbered sitemaps and a sitemap index.
/// </summary>
public sealed class RenderSitemap(int maxUrlsPerFile = RenderSitemap.MaxUrls)
{
    public const string FileName = "sitemap.xml";

    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>The protocol's limit of URLs in one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public IReadOnlyList<StaticFile> Run(SiteMap map)
    {
        var chunks = map.Pages.Where(p => !p.NoIndex).Chunk(maxUrlsPerFile).ToList();
        if (chunks.Count <= 1) return [StaticFile.Generated(FileName, UrlSet(map, chunks.FirstOrDefault() ?? []))];

        var files = chunks.Select((chunk, i) => StaticFile.Generated($"sitemap-{i + 1}.xml", UrlSet(map, chunk))).ToList();
        return [StaticFile.Generated(FileName, Index(files.Select(f => map.AbsoluteUrl(f.OutputPath)))), .. files];
    }

    private static byte[] UrlSet(SiteMap map, IEnumerable<Page> pages) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        xml.WriteAttributeString("xmlns", Namespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var page in pages)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, map.AbsoluteUrl(page));
            var editions = map.Editions(page);
            if (editions.Count > 1)
            {
                foreach (var edition in editions) Alternate(xml, edition.Language, map.AbsoluteUrl(edition));
                Alternate(xml, "x-default", map.AbsoluteUrl(""));
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static byte[] Index(IEnumerable<string> sitemaps) => Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        foreach (var url in sitemaps)
        {
            xml.WriteStartElement("sitemap", Namespace);
            xml.WriteElementString("loc", Namespace, url);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
