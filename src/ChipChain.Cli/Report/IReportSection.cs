using System.Text.Json;
using ChipChain.Cli.Output;

namespace ChipChain.Cli.Report;

/// <summary>One part of <c>chipchain report</c>. Each analysis adds its own section to <see cref="ReportContents"/>.</summary>
internal interface IReportSection
{
    /// <summary>The property name of the section in the JSON report.</summary>
    string Key { get; }

    /// <summary>The heading of the section in text and Markdown.</summary>
    string Title { get; }

    /// <summary>Whether the report includes this section for this graph (most sections always apply).</summary>
    bool AppliesTo(ReportContext context) => true;

    /// <summary>Writes the section body as text or Markdown.</summary>
    void Write(ReportContext context, TextWriter writer, OutputFormat format);

    /// <summary>Writes the section's JSON value (the caller has written the property name).</summary>
    void WriteJson(ReportContext context, Utf8JsonWriter writer);
}
