using System.CommandLine;
using ChipChain.Cli.Infrastructure;
using ChipChain.Cli.Output;
using ChipChain.Cli.Report;

namespace ChipChain.Cli.Commands;

/// <summary><c>chipchain report [FILE] [--target ID]</c>: the summary plus every analysis section, for each target.</summary>
internal sealed class ReportCommand : ICliCommand
{
    public Command Create(CliEnvironment environment)
    {
        var file = CommonOptions.File();
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.Html);
        var target = CommonOptions.Target();
        var outputFile = CommonOptions.Output("With --format html: the page to write (atomically).");
        var scenario = new Option<string?>("--scenario", "-s") { Description = "With --format html: a JSON scenario file the page's what-if panel opens with." };
        var command = new Command("report", "The default command: a summary, then single points of failure and chokepoints for every target; --format html -o FILE writes the interactive report with its what-if panel.") { file, format, target, outputFile, scenario };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            if (parse.GetValue(format) == OutputFormat.Html || parse.GetValue(outputFile) is not null || parse.GetValue(scenario) is not null)
            {
                return HtmlReportOutput.Write(environment, parse.GetValue(format), path, parse.GetValue(target), parse.GetValue(outputFile), parse.GetValue(scenario));
            }

            var graph = GraphSource.Load(path);
            var context = new ReportContext(graph, Targets.Resolve(graph, parse.GetValue(target)), path ?? GraphSource.SampleName);
            var output = parse.GetValue(format);
            if (output == OutputFormat.Json)
            {
                JsonOutput.Write(environment.Out, w =>
                {
                    w.WriteStartObject();
                    foreach (var section in ReportContents.All.Where(s => s.AppliesTo(context)))
                    {
                        w.WritePropertyName(section.Key);
                        section.WriteJson(context, w);
                    }

                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var markdown = output == OutputFormat.Markdown;
            var first = true;
            foreach (var section in ReportContents.All.Where(s => s.AppliesTo(context)))
            {
                if (!first)
                {
                    environment.Out.Write('\n');
                }

                first = false;
                environment.Out.Write(markdown ? $"## {section.Title}\n\n" : $"== {section.Title} ==\n\n");
                section.Write(context, environment.Out, output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
