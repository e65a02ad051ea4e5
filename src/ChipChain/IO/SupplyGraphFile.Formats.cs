using ChipChain.Export;
using ChipChain.Import;
using ChipChain.Model;

namespace ChipChain.IO;

/// <summary>Other datasets in (ETO, CSV edge lists) and other formats out (GraphML, Open-PSA fault trees).</summary>
public static partial class SupplyGraphFile
{
    /// <summary>
    /// Imports a CSV edge list: one link per row with columns <c>supplier</c>, <c>consumer</c> (required), <c>item</c>,
    /// <c>share</c> and <c>note</c>, plus optional node columns (<c>supplier_name</c>, <c>supplier_kind</c>,
    /// <c>supplier_country</c>, and the same for <c>consumer_</c>); docs/readme/import.md.
    /// </summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The graph and the warnings, each with its file and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="SupplyGraphException">The file is missing or malformed, a required column is absent, an id is empty, a share is invalid or a row links a node to itself.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ImportResult ImportEdgeList(string path) => EdgeListImport.Run(path);

    /// <summary>
    /// Imports the Emerging Technology Observatory's Advanced Semiconductor Supply Chain Dataset (ETO/CSET, CC BY-NC
    /// 4.0) from the folder holding its CSV files, current layout or the 2022 release; docs/readme/import.md.
    /// </summary>
    /// <param name="directory">The folder holding <c>inputs.csv</c>, <c>providers.csv</c>, <c>provision.csv</c> and <c>sequence.csv</c>.</param>
    /// <param name="subtypes">
    /// How an input with subtypes (lithography: EUV, ArF immersion, …) depends on them: <see cref="Requirement.All"/>
    /// (the default: every subtype is needed) or <see cref="Requirement.Any"/> (one of them suffices).
    /// </param>
    /// <returns>The graph and the warnings (unknown ids, shares over 100 %, …), each with its file and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subtypes"/> is not a defined requirement.</exception>
    /// <exception cref="SupplyGraphException">A file is missing or malformed, a required column is absent or a value is invalid.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static ImportResult ImportEto(string directory, Requirement subtypes = Requirement.All) =>
        EtoImport.Run(directory, new EtoImportOptions
        {
            Subtypes = subtypes switch
            {
                Requirement.All => SubtypeRequirement.All,
                Requirement.Any => SubtypeRequirement.Any,
                _ => throw new ArgumentOutOfRangeException(nameof(subtypes), subtypes, "The subtype requirement must be All or Any."),
            },
        });

    /// <summary>The whole graph as GraphML (for Gephi, yEd or NetworkX): node and link fields as typed attributes.</summary>
    /// <param name="graph">The graph.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public static string ToGraphML(SupplyGraph graph) => GraphMLWriter.ToXml(graph);

    /// <summary>Writes the whole graph as GraphML (UTF-8) to <paramref name="stream"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteGraphML(SupplyGraph graph, Stream stream) => GraphMLWriter.Write(graph, stream);

    /// <summary>
    /// The fault tree "target unavailable" as Open-PSA MEF 2.0 XML, for SCRAM or any other fault-tree tool: its
    /// minimal cut sets are those of the failure cascade (cycles unfolded; docs/export.md).
    /// </summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="includeProbabilities">Whether basic events carry failure probabilities (the node's own, else <paramref name="defaultProbability"/>).</param>
    /// <param name="defaultProbability">The probability of a candidate without its own, 0..1.</param>
    /// <param name="maxGates">The most gates the tree may have, counting the copies that cycles force (docs/limits.md).</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultProbability"/> is not in 0..1, or <paramref name="maxGates"/> is less than 1.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="Analysis.AnalysisLimitException">The tree needs more than <paramref name="maxGates"/> gates.</exception>
    public static string ToOpenPsa(
        SupplyGraph graph,
        string targetId,
        bool includeProbabilities = true,
        double defaultProbability = OpenPsaOptions.StandardDefaultProbability,
        int maxGates = OpenPsaOptions.DefaultMaxGates) =>
        OpenPsaWriter.ToXml(graph, targetId, OpenPsa(includeProbabilities, defaultProbability, maxGates));

    /// <summary>Writes the fault tree of <paramref name="targetId"/> as Open-PSA MEF 2.0 XML (UTF-8) to <paramref name="stream"/>.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="targetId">The target's id.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="includeProbabilities">Whether basic events carry failure probabilities (the node's own, else <paramref name="defaultProbability"/>).</param>
    /// <param name="defaultProbability">The probability of a candidate without its own, 0..1.</param>
    /// <param name="maxGates">The most gates the tree may have, counting the copies that cycles force (docs/limits.md).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultProbability"/> is not in 0..1, or <paramref name="maxGates"/> is less than 1.</exception>
    /// <exception cref="SupplyGraphException">No node has the id <paramref name="targetId"/>.</exception>
    /// <exception cref="Analysis.AnalysisLimitException">The tree needs more than <paramref name="maxGates"/> gates; thrown before anything is written.</exception>
    public static void WriteOpenPsa(
        SupplyGraph graph,
        string targetId,
        Stream stream,
        bool includeProbabilities = true,
        double defaultProbability = OpenPsaOptions.StandardDefaultProbability,
        int maxGates = OpenPsaOptions.DefaultMaxGates) =>
        OpenPsaWriter.Write(graph, targetId, stream, OpenPsa(includeProbabilities, defaultProbability, maxGates));

    private static OpenPsaOptions OpenPsa(bool includeProbabilities, double defaultProbability, int maxGates) =>
        new() { IncludeProbabilities = includeProbabilities, DefaultProbability = defaultProbability, MaxGates = maxGates };
}
