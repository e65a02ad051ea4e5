namespace ChipChain.Json;

/// <summary>What is wrong with a malformed JSON document, as <see cref="JsonSyntax"/> finds it in the bytes.</summary>
internal enum JsonSyntaxKind
{
    /// <summary>Nothing but whitespace and comments.</summary>
    Empty,

    /// <summary>The data ends inside the document.</summary>
    EndOfData,

    /// <summary>A word that is not <c>true</c>, <c>false</c> or <c>null</c>.</summary>
    InvalidLiteral,

    /// <summary>A comma right before a closing bracket.</summary>
    TrailingComma,

    /// <summary>An unclosed <c>/*</c>, a lone <c>/</c>, or a comment where comments are not allowed.</summary>
    Comment,

    /// <summary>A backslash not followed by a JSON escape.</summary>
    InvalidEscape,

    /// <summary>A <c>\u</c> escape that is half of a surrogate pair.</summary>
    LoneSurrogate,

    /// <summary>Bytes that are not UTF-8 inside a string.</summary>
    InvalidUtf8,

    /// <summary>A raw control character inside a string.</summary>
    ControlCharacter,

    /// <summary>A string with no closing quote.</summary>
    UnterminatedString,

    /// <summary>A number that does not follow JSON's grammar.</summary>
    InvalidNumber,

    /// <summary>Something other than a comma or the closing bracket after a value.</summary>
    MissingComma,

    /// <summary>Something other than a colon after a property name.</summary>
    MissingColon,

    /// <summary>Something other than a quoted name where a property name belongs.</summary>
    ExpectedPropertyName,

    /// <summary>Something that starts no value where a value belongs.</summary>
    ExpectedValue,

    /// <summary>A closing bracket of the other kind.</summary>
    MismatchedBracket,

    /// <summary>Containers nested deeper than the reader allows.</summary>
    Depth,

    /// <summary>More data after the root value.</summary>
    ExtraData,

    /// <summary>The bytes hold no problem the scan can name (kept so a caller always has a message).</summary>
    Unknown,
}
