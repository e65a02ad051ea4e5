namespace ChipChain.Export;

/// <summary>A reference to a gate or to a basic event.</summary>
/// <param name="IsGate">Whether it names a gate (else a basic event).</param>
/// <param name="Name">The MEF name.</param>
internal readonly record struct FaultTreeEvent(bool IsGate, string Name);
