using ChipChain.Model;

namespace ChipChain.Tests.Model;

public sealed class LinkTests
{
    [Fact]
    public void Constructor_self_link_throws_typed_exception()
    {
        var act = () => new Link("tsmc", "tsmc");
        act.Should().Throw<SelfLinkException>().Which.NodeId.Should().Be("tsmc");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Share_outside_unit_interval_throws(double share)
    {
        var act = () => new Link("a", "b") { Share = share };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Share_at_bounds_is_accepted(double share)
    {
        new Link("a", "b") { Share = share }.Share.Should().Be(share);
    }

    [Fact]
    public void ToString_names_supplier_item_and_consumer()
    {
        new Link("asml", "tsmc") { Item = "euv" }.ToString().Should().Be("asml -[euv]-> tsmc");
    }
}
