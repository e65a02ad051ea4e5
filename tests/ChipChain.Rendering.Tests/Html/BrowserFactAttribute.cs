namespace ChipChain.Rendering.Tests.Html;

/// <summary>
/// A test that needs Chromium, Node.js and playwright-core (installed by <c>npm install --prefix tests/browser</c>); it is
/// skipped, saying what is missing, when one of them is not there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserCheck.Missing() is { } missing)
        {
            Skip = $"browser check skipped: {missing}";
        }
    }
}
