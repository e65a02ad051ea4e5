namespace ChipChain.Json;

/// <summary>A problem found in malformed JSON: its kind, a one-line description and where it is.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">The description, without position or file.</param>
/// <param name="Offset">The problem's byte offset in the scanned bytes.</param>
internal readonly record struct JsonSyntaxProblem(JsonSyntaxKind Kind, string Message, int Offset);
