using System.Reflection;
using NetArchTest.Rules;

namespace ReportSite.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use types of which others, read from the compiled code (so a type named
/// with its namespace, or found through an enclosing namespace, counts as much as one brought in by <c>using</c>).
/// Only the assembly's own namespaces count, not those the compiler generates.
/// </summary>
internal static class NamespaceImports
{
    /// <summary>
    /// For each namespace of <paramref name="assembly"/>, the others of it that its types use, each with the
    /// types that use it.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Of(Assembly assembly)
    {
        var ours = assembly.GetName().Name + ".";
        var namespaces = assembly.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith(ours, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToArray();
        var types = Types.InAssembly(assembly);
        return namespaces.ToDictionary(
            ns => ns,
            ns => (IReadOnlyDictionary<string, string[]>)namespaces
                .Where(other => other != ns)
                .Select(other => (other, users: types.That().ResideInNamespaceMatching(Exactly(ns)).ShouldNot().HaveDependencyOnAny(TypesIn(assembly, other)).GetResult().FailingTypes))
                .Where(edge => edge.users is { Count: > 0 })
                .ToDictionary(edge => edge.other, edge => edge.users!.Select(t => t.Name).Distinct().Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    private static string Exactly(string ns) => "^" + ns.Replace(".", @"\.", StringComparison.Ordinal) + "$";

    private static string[] TypesIn(Assembly assembly, string ns) =>
        assembly.GetTypes().Where(t => t.Namespace == ns && !t.IsNested).Select(t => t.FullName!).ToArray();

    /// <summary>
    /// For each group of namespaces that import one another (a strongly connected component of more than
    /// one), the shortest way round it from its first namespace: each import, with the types that make it.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> imports)
    {
        var cycles = new List<IReadOnlyList<string>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in imports[node].Keys)
            {
                if (!index.ContainsKey(next)) { Visit(next); low[node] = Math.Min(low[node], low[next]); }
                else if (onStack.Contains(next)) low[node] = Math.Min(low[node], index[next]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != node);
            if (component.Count > 1) cycles.Add(ShortestCycle(component.Order(StringComparer.Ordinal).First(), component, imports));
        }

        foreach (var node in imports.Keys) if (!index.ContainsKey(node)) Visit(node);
        return cycles;
    }

    /// <summary>The shortest chain of imports inside <paramref name="component"/> that leads from <paramref name="start"/> back to it.</summary>
    private static IReadOnlyList<string> ShortestCycle(string start, IReadOnlyCollection<string> component, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> imports)
    {
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.Count > 0 && !cameFrom.ContainsKey(start))
        {
            var node = queue.Dequeue();
            foreach (var next in imports[node].Keys.Where(component.Contains).Order(StringComparer.Ordinal))
            {
                if (cameFrom.ContainsKey(next)) continue;
                cameFrom[next] = node;
                queue.Enqueue(next);
            }
        }
        var path = new List<string>();
        var at = start;
        do
        {
            var from = cameFrom[at];
            path.Add($"{from} -> {at} (by {string.Join(", ", imports[from][at])})");
            at = from;
        } while (at != start);
        path.Reverse();
        return path;
    }
}
