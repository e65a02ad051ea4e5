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
        var format = CommonOptions.Format(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown);
        var target = CommonOptions.Target();
        var command = new Command("report", "The default command: a summary, then single points of failure and chokepoints for every target.") { file, format, target };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
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
