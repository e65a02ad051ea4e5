namespace ChipChain.Cli.Output.Json;

/// <summary>The JSON of a per-target command run without <c>--target</c>: <c>{"targets": [...]}</c>, one object per default target.</summary>
/// <typeparam name="T">The shape of one target's object, the same one <c>--target</c> prints alone.</typeparam>
/// <param name="Targets">One object per target, in the graph's target order.</param>
internal sealed record TargetsJson<T>(IReadOnlyList<T> Targets);
