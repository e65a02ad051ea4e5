namespace ChipChain.Validation;

/// <summary>How serious a diagnostic is.</summary>
internal enum DiagnosticSeverity
{
    /// <summary>Worth a look; the graph still loads.</summary>
    Warning = 0,

    /// <summary>The graph cannot be used.</summary>
    Error = 1,
}
