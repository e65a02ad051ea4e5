using ChipChain.Model;

namespace ChipChain.Tests.Model;

public sealed class NodeTests
{
    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_blank_id_throws(string id)
    {
        var act = () => new Node(id);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void FailureProbability_outside_unit_interval_throws(double p)
    {
        var act = () => new Node("a") { FailureProbability = p };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Capacity_negative_throws()
    {
        var act = () => new Node("a") { Capacity = -1 };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DisplayName_without_name_is_id()
    {
        new Node("tsmc").DisplayName.Should().Be("tsmc");
        new Node("tsmc") { Name = "TSMC" }.DisplayName.Should().Be("TSMC");
    }

    [Fact]
    public void Requires_default_is_all()
    {
        new Node("a").Requires.Should().Be(Requirement.All);
    }
}
