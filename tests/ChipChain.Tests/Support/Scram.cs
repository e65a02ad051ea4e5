using System.Diagnostics;
using System.Xml.Linq;

namespace ChipChain.Tests.Support;

/// <summary>Runs SCRAM (the Open-PSA fault-tree tool) on a fault tree, for the cross-check tests; null when it is not installed.</summary>
internal static class Scram
{
    /// <summary>The <c>scram</c> executable on the PATH, or null.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "scram"))
            .FirstOrDefault(File.Exists);

    /// <summary>Writes <paramref name="xml"/> to a scratch file, runs <c>scram FILE ARGS -o REPORT</c>, asserts success and returns the report.</summary>
    public static XDocument Run(string scram, string xml, params string[] args)
    {
        var folder = Directory.CreateTempSubdirectory("chipchain-scram");
        try
        {
            var input = Path.Combine(folder.FullName, "tree.xml");
            var report = Path.Combine(folder.FullName, "report.xml");
            File.WriteAllText(input, xml);
            var start = new ProcessStartInfo(scram, [input, .. args, "-o", report])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            process.ExitCode.Should().Be(0, error.Result);
            return XDocument.Load(report);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
