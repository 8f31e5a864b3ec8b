using System.Text.Json;

namespace ReportSite.Tests.Support;

/// <summary>
/// Runs the theme's search script (theme/assets/search.js) in Node, the same code the reader's browser
/// runs: an expression sees its exports (<c>search</c>, <c>parse</c>, <c>shardOf</c>, <c>snippet</c>, <c>stem</c>) and
/// <c>loader(folder)</c>, which reads an index folder's files as the page's fetches would.
/// </summary>
public static class SearchScript
{
    /// <summary>The value of a JavaScript <paramref name="expression"/> (awaited), through JSON.</summary>
    public static T? Evaluate<T>(string expression)
    {
        var script = $$"""
            const { search, parse, shardOf, snippet, stem } = require({{JsonSerializer.Serialize(Path.Combine(Repo.Theme, "assets", "search.js"))}});
            const fs = require("fs");
            const path = require("path");
            const loader = (folder) => async (file) => JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
            (async () => console.log(JSON.stringify(await ({{expression}}))))().catch((error) => {
              console.error(error);
              process.exit(1);
            });
            """;
        var (exitCode, output, error) = Tools.Run("node", ["-e", script], timeoutSeconds: 30);
        Assert.True(exitCode == 0, error);
        return JsonSerializer.Deserialize<T>(output);
    }
}
