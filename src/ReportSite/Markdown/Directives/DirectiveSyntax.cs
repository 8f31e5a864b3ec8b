using System.Text;

namespace ReportSite.Markdown.Directives;

/// <summary>
/// Reads one directive line. Returns either a <see cref="Directive"/> or an author-facing error that
/// says what is wrong and how to write it instead.
/// </summary>
public static class DirectiveSyntax
{
    private const string Shape = "write directives as ::name{key=value key2=\"text with spaces\"}";

    public readonly record struct Result(Directive? Directive, string? Error);

    public static Result Parse(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith("::", StringComparison.Ordinal)) return Fail("a directive starts with '::'");
        if (text.StartsWith(":::", StringComparison.Ordinal)) return Fail("container directives (:::) are not supported; use a leaf directive on one line, " + Shape);
        var position = 2;
        var nameStart = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_' or '.')) position++;
        var name = text[nameStart..position];
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return Fail("the directive has no name after '::'; " + Shape);
        }

        string? label = null;
        if (position < text.Length && text[position] == '[')
        {
            var close = text.IndexOf(']', position + 1);
            if (close < 0) return Fail($"the label '[' of ::{name} is never closed; add ']'");
            label = text[(position + 1)..close];
            position = close + 1;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (position < text.Length && text[position] == '{')
        {
            var error = ParseAttributes(text, ref position, name, attributes);
            if (error is not null) return Fail(error);
        }
        if (position < text.Length)
        {
            var rest = text[position..].Trim();
            return Fail(rest.Contains('}') && !text.Contains('{')
                ? $"::{name} has a '}}' without an opening '{{'; {Shape}"
                : $"unexpected '{rest}' after ::{name}; {Shape}, alone on its line");
        }
        return new Result(new Directive(name, label, attributes), null);
    }

    private static string? ParseAttributes(string text, ref int position, string name, Dictionary<string, string> attributes)
    {
        position++; // '{'
        while (true)
        {
            while (position < text.Length && char.IsWhiteSpace(text[position])) position++;
            if (position >= text.Length) return $"the attributes of ::{name} are never closed; add '}}' at the end";
            if (text[position] == '}')
            {
                position++;
                return null;
            }

            string key;
            if (text[position] is '#' or '.')
            {
                key = text[position] == '#' ? "id" : "class";
                position++;
                var value = ReadBare(text, ref position);
                if (value.Length == 0) return $"'{(key == "id" ? '#' : '.')}' in ::{name} must be followed by a name";
                attributes[key] = key == "class" && attributes.TryGetValue("class", out var classes) ? classes + " " + value : value;
                continue;
            }

            key = ReadKey(text, ref position);
            if (key.Length == 0) return $"unexpected '{text[position]}' in the attributes of ::{name}; {Shape}";
            if (attributes.ContainsKey(key)) return $"attribute '{key}' is given twice in ::{name}; keep one";
            if (position < text.Length && text[position] == '=')
            {
                position++;
                if (position >= text.Length || text[position] is '}' || char.IsWhiteSpace(text[position]))
                {
                    return $"attribute '{key}' of ::{name} has '=' but no value; write {key}=value or {key}=\"…\"";
                }
                if (text[position] is '"' or '\'')
                {
                    var quote = text[position];
                    var close = text.IndexOf(quote, position + 1);
                    if (close < 0) return $"the quoted value of '{key}' in ::{name} is never closed; add the closing {quote}";
                    attributes[key] = text[(position + 1)..close];
                    position = close + 1;
                }
                else
                {
                    attributes[key] = ReadBare(text, ref position);
                }
            }
            else
            {
                attributes[key] = "";
            }
            if (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != '}')
            {
                return $"put a space between the attributes of ::{name} (after '{key}')";
            }
        }
    }

    private static string ReadKey(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '_' or ':' or '.')) position++;
        return text[start..position];
    }

    private static string ReadBare(string text, ref int position)
    {
        var value = new StringBuilder();
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] is not '}' and not '"' and not '\'' and not '=')
        {
            value.Append(text[position++]);
        }
        return value.ToString();
    }

    private static Result Fail(string error) => new(null, error);
}
