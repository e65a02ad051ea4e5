using System.Text.RegularExpressions;
using ChipChain.Model;
using ChipChain.Rendering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ChipChain.Rendering.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of the README and <c>docs/</c> is a complete program for a console project that
/// references the library and the renderers; each is compiled here (implicit usings as in <c>dotnet new console</c>),
/// so a snippet that stops compiling fails the build of the docs, not a reader.
/// </summary>
public sealed partial class DocSnippetTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lock ConsoleLock = new();

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        MetadataReference.CreateFromFile(typeof(SupplyGraph).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(DiagramRenderer).Assembly.Location),
    ]);

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, line, _) in AllSnippets())
        {
            data.Add(file, line);
        }

        return data;
    }

    [Fact]
    public void Docs_have_csharp_snippets_to_check()
    {
        AllSnippets().Select(s => s.File).Should().Contain(["README.md", "docs/library.md"]);
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_and_runs_as_a_console_program(string file, int line)
    {
        // Snippets name files relative to the repository root, as a reader running them from a clone would.
        var code = AllSnippets().Single(s => s.File == file && s.Line == line).Code
            .Replace("\"graphs/", "\"" + RepositoryFiles.Path("graphs") + "/", StringComparison.Ordinal);
        var usings = string.Concat(ImplicitUsings.Select(u => $"global using {u};\n"));
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(usings), CSharpSyntaxTree.ParseText(code, path: $"{file}:{line}")],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var output = new MemoryStream();
        var result = compilation.Emit(output);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        errors.Should().BeEmpty($"the C# block at {file} line {line} compiles");

        // Run it: a snippet that compiles but throws (an id the sample lacks, a cut that matches nothing) fails too.
        var entry = System.Reflection.Assembly.Load(output.ToArray()).EntryPoint!;
        var original = Console.Out;
        lock (ConsoleLock)
        {
            try
            {
                Console.SetOut(TextWriter.Null);
                var run = () => entry.Invoke(null, [Array.Empty<string>()]);
                run.Should().NotThrow($"the C# block at {file} line {line} runs");
            }
            finally
            {
                Console.SetOut(original);
            }
        }
    }

    private static IEnumerable<(string File, int Line, string Code)> AllSnippets()
    {
        var files = new[] { "README.md" }.Concat(Directory.GetFiles(RepositoryFiles.Path("docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p)).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(RepositoryFiles.Path(file.Split('/'))).ReplaceLineEndings("\n");
            foreach (Match m in CSharpBlock().Matches(text))
            {
                var line = text.AsSpan(0, m.Index).Count('\n') + 1;
                yield return (file, line, m.Groups["code"].Value);
            }
        }
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
