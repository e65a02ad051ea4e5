namespace ChipChain.Cli.Report;

/// <summary>The sections of <c>chipchain report</c>, in order.</summary>
internal static class ReportContents
{
    public static IReadOnlyList<IReportSection> All { get; } =
    [
        new SummarySection(),
        new FailureSection(),
        new ChokepointsSection(),
        new RiskSection(),
    ];
}
