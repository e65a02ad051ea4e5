using ChipChain.Analysis.Risk;
using ChipChain.Model;

namespace ChipChain.Tests.Analysis.Risk;

public sealed class RiskProbabilitiesTests
{
    private static readonly RiskProbabilities Settings = new()
    {
        DefaultProbability = 0.02,
        ByCountry = new Dictionary<string, double> { ["TW"] = 0.05 },
        ByKind = new Dictionary<string, double> { ["foundry"] = 0.3 },
    };

    [Fact]
    public void For_country_beats_kind_beats_stated_beats_default()
    {
        Settings.For(new Node("a") { Country = "TW", Kind = "foundry", FailureProbability = 0.9 }).Should().Be(0.05);
        Settings.For(new Node("b") { Country = "NL", Kind = "foundry", FailureProbability = 0.9 }).Should().Be(0.3);
        Settings.For(new Node("c") { Country = "NL", Kind = "equipment", FailureProbability = 0.9 }).Should().Be(0.9);
        Settings.For(new Node("d") { Country = "NL", Kind = "equipment" }).Should().Be(0.02);
    }

    [Fact]
    public void For_structure_node_is_zero()
    {
        Settings.For(new Node("m") { Kind = NodeKinds.Input, Country = "TW" }).Should().Be(0);
        Settings.For(new Node("x") { CanFail = false, FailureProbability = 0.5 }).Should().Be(0);
    }

    [Fact]
    public void Over_keeps_own_entries_and_fills_the_rest_from_the_fallback()
    {
        var fallback = new RiskProbabilities { DefaultProbability = 0.2, ByCountry = new Dictionary<string, double> { ["TW"] = 0.5, ["JP"] = 0.1 } };

        var combined = Settings.Over(fallback, defaultGiven: false);

        combined.DefaultProbability.Should().Be(0.2);
        combined.ByCountry.Should().BeEquivalentTo(new Dictionary<string, double> { ["TW"] = 0.05, ["JP"] = 0.1 });
        Settings.Over(fallback, defaultGiven: true).DefaultProbability.Should().Be(0.02);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Init_probability_outside_unit_interval_throws(double p)
    {
        var byDefault = () => new RiskProbabilities { DefaultProbability = p };
        var byCountry = () => new RiskProbabilities { ByCountry = new Dictionary<string, double> { ["TW"] = p } };

        byDefault.Should().Throw<ArgumentOutOfRangeException>();
        byCountry.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*country 'TW'*");
    }

    [Fact]
    public void Init_copies_the_dictionary_so_later_changes_do_not_leak_in()
    {
        var countries = new Dictionary<string, double> { ["TW"] = 0.05 };
        var settings = new RiskProbabilities { ByCountry = countries };

        countries["TW"] = 0.9;

        settings.ByCountry["TW"].Should().Be(0.05);
    }
}
