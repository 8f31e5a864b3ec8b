using System.Text.RegularExpressions;
using ReportSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ReportSite.Yaml;

/// <summary>Parses YAML text into a mapping, turning syntax errors into author messages with file and line.</summary>
public static partial class YamlSource
{
    /// <summary>
    /// Parses <paramref name="text"/> whose first line is line <paramref name="firstLine"/> of
    /// <paramref name="file"/>. Returns null (and reports) when the text is not a YAML mapping.
    /// </summary>
    public static YamlMap? LoadMapping(string text, string file, DiagnosticBag diagnostics, int firstLine = 1)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Unreadable(file);
            var line = (int)e.Start.Line + firstLine - 1;
            if (Unclosed(text, file, firstLine, $" (the reader gave up at line {line})", diagnostics)) return null;
            diagnostics.Error(file, line, $"YAML syntax error: {Describe(e)}. Check the indentation (spaces, not tabs) and put quotes around values that contain ': ' or start with a special character.");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet gives up without a position on some unfinished text, such as a '[' never closed.
            diagnostics.Unreadable(file);
            if (Unclosed(text, file, firstLine, "", diagnostics)) return null;
            diagnostics.Error(file, firstLine, "YAML syntax error: the text ends before a list '[…]', a mapping '{…}' or a quoted value is closed. Close it, or put quotes around a value that starts with '[', '{' or a quote.");
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMap(new YamlMappingNode(), file, firstLine, diagnostics);
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            diagnostics.Error(file, firstLine, "expected 'key: value' lines at the top level of this YAML; write each setting as 'name: value'.");
            return null;
        }
        return new YamlMap(mapping, file, firstLine, diagnostics);
    }

    /// <summary>Reports a bracket never closed at the line where it opens, which is where the author must look.</summary>
    private static bool Unclosed(string text, string file, int firstLine, string gaveUp, DiagnosticBag diagnostics)
    {
        if (UnclosedBracket.In(text) is not var (line, bracket)) return false;
        var close = bracket == '[' ? ']' : '}';
        diagnostics.Error(file, line + firstLine - 1,
            $"YAML syntax error: the '{bracket}' on this line is never closed, so everything after it was read as part of it{gaveUp}. Add the '{close}' where the {(bracket == '[' ? "list" : "mapping")} ends, or put quotes around a value that starts with '{bracket}'.");
        return true;
    }

    private static string Describe(YamlException e)
    {
        var message = LocationPrefix().Replace(e.InnerException?.Message ?? e.Message, "").Trim().TrimEnd('.');
        return message.Length == 0 ? "the text could not be read as YAML" : char.ToLowerInvariant(message[0]) + message[1..];
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
