#!/usr/bin/env python3
"""Compare `chipchain spof` with NetworkX's immediate_dominators on the same generated graph.

On a graph where every node is `requires: any` and there are no cycles, the single points of failure of a target T
are exactly T's dominators in the supply graph with a virtual root over the sources (the nodes without suppliers):
X stops T alone iff every supply path from a source to T passes through X.

The script
  1. loads the chipchain/1 JSON with Python's json module and builds a networkx.DiGraph (supplier -> consumer) plus
     a virtual root with an edge to every source (not timed);
  2. times ONLY nx.immediate_dominators(G, root), with the graph already in memory;
  3. runs the chipchain command as a whole process (load included), `spof FILE --target T --format csv`, and times it;
  4. checks that T's dominator chain (without the virtual root and T) equals chipchain's SPOF set for T;
  5. prints both times and the ratio.

Make a graph with: chipchain generate --nodes 1000000 --any 1 --cycles 0 -o /tmp/any-1m.json
Run:   python3 scripts/compare-networkx.py /tmp/any-1m.json --target product-988015 --chipchain ./tools/chipchain
       (the installed tool, as a user runs it; scripts/pack-tool.sh and the README show how to install it)
       (add --snapshot /tmp/any-1m.ccg after `chipchain pack /tmp/any-1m.json -o /tmp/any-1m.ccg` to time the snapshot too)
Needs python3 and networkx (Debian: apt-get install -y python3-networkx).
"""

import argparse
import csv
import gc
import io
import json
import shlex
import statistics
import subprocess
import sys
import time

try:
    import networkx as nx
except ImportError:
    sys.exit("compare-networkx: networkx is missing (Debian: apt-get install -y python3-networkx)")

ROOT = "\0virtual-root"


def load(path):
    with open(path, "rb") as f:
        doc = json.load(f)
    nodes = doc["nodes"]
    links = doc["links"]
    not_any = sum(1 for n in nodes if n.get("requires") != "any")
    graph = nx.DiGraph()
    graph.add_nodes_from(n["id"] for n in nodes)
    graph.add_edges_from((link["supplier"], link["consumer"]) for link in links)
    sources = [v for v in graph.nodes if graph.in_degree(v) == 0]
    graph.add_edges_from((ROOT, s) for s in sources)
    products = [n["id"] for n in nodes if n.get("kind") == "product"]
    return graph, products, not_any, len(links)


def dominator_chain(idom, target):
    chain = set()
    v = idom.get(target)
    if v is None:
        return None  # unreachable from the sources
    while v != ROOT:
        chain.add(v)
        v = idom[v]
    return chain


def run_chipchain(command, path, target):
    args = shlex.split(command) + ["spof", path, "--target", target, "--format", "csv"]
    start = time.perf_counter()
    try:
        done = subprocess.run(args, capture_output=True, text=True)
    except OSError as error:
        return None, None, f"cannot run {args[0]}: {error}"
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        first = (done.stderr.strip().splitlines() or ["(no message)"])[0]
        return None, elapsed, f"exit code {done.returncode}: {first}"
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    return {row["id"] for row in rows if row.get("target") == target}, elapsed, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", help="a chipchain/1 JSON file where every node is requires: any")
    parser.add_argument("--target", help="the target node id (default: the product with the longest dominator chain)")
    parser.add_argument("--chipchain", default="chipchain",
                        help='the chipchain command, e.g. "dotnet src/ChipChain.Cli/bin/Release/net10.0/ChipChain.Cli.dll" (default: chipchain)')
    parser.add_argument("--skip-chipchain", action="store_true", help="time NetworkX only")
    parser.add_argument("--snapshot", help="the same graph packed with `chipchain pack` (.ccg): also time spof on it")
    args = parser.parse_args()

    print(f"networkx {nx.__version__}, python {sys.version.split()[0]}")
    # With --target given, chipchain runs first, before Python builds its graph: a Python process holding many GiB
    # (its heap is not given back to the system when the graph is dropped) slowed the chipchain runs after it by a
    # quarter, through page reclaim, so the comparison timed the machine's memory pressure rather than chipchain.
    timed = {} if args.skip_chipchain or args.target is None else time_chipchain(args, args.target)

    started = time.perf_counter()
    graph, products, not_any, link_count = load(args.graph)
    print(f"{args.graph}: {graph.number_of_nodes() - 1} nodes, {link_count} links "
          f"(loaded and built in {time.perf_counter() - started:.1f} s, not timed)")
    if not_any:
        print(f"warning: {not_any} nodes are not 'requires: any'; the SPOF sets need not equal the dominators")

    start = time.perf_counter()
    idom = nx.immediate_dominators(graph, ROOT)
    networkx_seconds = time.perf_counter() - start
    print(f"networkx immediate_dominators: {networkx_seconds:.2f} s (graph in memory)")

    target = args.target
    if target is None:
        chains = ((len(dominator_chain(idom, p) or ()), p) for p in products)
        target = max(chains, default=(0, None))[1]
        if target is None:
            sys.exit("compare-networkx: no product in the graph; pass --target")
    expected = dominator_chain(idom, target)
    if expected is None:
        sys.exit(f"compare-networkx: target {target!r} is not reachable from any source")
    print(f"target {target}: {len(expected)} dominators")

    if args.skip_chipchain:
        return 0
    if not timed:
        # Free NetworkX's graph first (pass --target to time chipchain before it is built, which is steadier).
        graph = None
        gc.collect()
        timed = time_chipchain(args, target)
    agree = True
    for label, (spofs, runs) in timed.items():
        if spofs is None:
            print(f"chipchain spof not compared: {runs}")
            return 0
        chipchain_seconds = statistics.median(runs)
        print(f"chipchain spof from {label} (whole process, load included, median of 3): {chipchain_seconds:.2f} s "
              f"(runs: {', '.join(f'{r:.2f}' for r in runs)})")
        if spofs == expected:
            print(f"answers agree: {len(spofs)} single points of failure")
        else:
            agree = False
            print(f"answers DIFFER: only networkx {sorted(expected - spofs)[:10]}, only chipchain {sorted(spofs - expected)[:10]}")
        print(f"ratio networkx / chipchain ({label}): {networkx_seconds / chipchain_seconds:.1f}x")
    return 0 if agree else 1


def time_chipchain(args, target):
    """Runs chipchain spof three times on the JSON file (and the snapshot): label -> (answer, run times) or (None, problem)."""
    timed = {}
    for label, path in [("JSON", args.graph)] + ([("snapshot", args.snapshot)] if args.snapshot else []):
        runs = []
        spofs = None
        for _ in range(3):
            spofs, seconds, problem = run_chipchain(args.chipchain, path, target)
            if problem is not None:
                timed[label] = (None, problem)
                break
            runs.append(seconds)
        else:
            timed[label] = (spofs, runs)
    return timed


if __name__ == "__main__":
    sys.exit(main())
