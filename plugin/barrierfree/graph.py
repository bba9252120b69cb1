"""Sparse graphs for a network and a profile (scipy.sparse.csgraph), built once and cached on the network.

A directed edge per usable direction of each passable link, weighted by length x the profile's cost factors. Where
two links join the same nodes only the cheaper one is kept (csgraph would add parallel weights up), and each edge
remembers its link so paths come back as link lists.
"""

from dataclasses import dataclass

import numpy as np

from ..dependencies import require
from ..errors import DigitalTwinError
from . import profiles as profile_rules


@dataclass
class Graph:
    matrix: object  # scipy.sparse.csr_matrix, node x node
    edge_link: np.ndarray  # link index of each stored edge, aligned with matrix.data
    passable: np.ndarray  # per link
    cost: np.ndarray  # per link: length x cost factor (the weight searched on)
    unknown_policy: str
    reverse: object = None  # the transposed matrix, made when first needed

    def link_between(self, u, v):
        """The link an edge u -> v of this graph stands for."""
        start, end = self.matrix.indptr[u], self.matrix.indptr[u + 1]
        hits = np.flatnonzero(self.matrix.indices[start:end] == v)
        if not len(hits):
            raise DigitalTwinError("internal error: no edge between nodes {u} and {v}", u=u, v=v)
        return int(self.edge_link[start + hits[0]])


def directed_edges(network, links):
    """(tails, heads, link indices) of every direction the given links may be walked in."""
    forward = links[network.direction[links] != 3]
    backward = links[network.direction[links] != 2]
    tails = np.concatenate([network.link_start[forward], network.link_end[backward]])
    heads = np.concatenate([network.link_end[forward], network.link_start[backward]])
    return tails, heads, np.concatenate([forward, backward])


def build_graph(network, passable, cost, unknown_policy):
    sparse = require("scipy.sparse", "Barrier-free graph search")
    tails, heads, links = directed_edges(network, np.flatnonzero(passable))
    weights = cost[links]
    keep = tails != heads  # a loop never shortens a path
    tails, heads, links, weights = tails[keep], heads[keep], links[keep], weights[keep]
    order = np.lexsort((weights, heads, tails))  # by tail, head, then cheapest first
    tails, heads, links, weights = tails[order], heads[order], links[order], weights[order]
    first = np.ones(len(tails), dtype=bool)
    first[1:] = (tails[1:] != tails[:-1]) | (heads[1:] != heads[:-1])
    tails, heads, links, weights = tails[first], heads[first], links[first], weights[first]
    n = network.node_count
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(tails, minlength=n), out=indptr[1:])
    # Built from CSR arrays directly: explicit zero-length edges (elevators drawn as points) stay edges.
    matrix = sparse.csr_matrix((weights, heads, indptr), shape=(n, n))
    return Graph(matrix=matrix, edge_link=links, passable=passable, cost=cost, unknown_policy=unknown_policy)


def graph_for(network, profile, unknown_policy, preferences=True):
    """The cached graph of this network for the profile and unknown policy. With ``preferences`` the weights include
    the profile's cost factors (route choice); without, they are plain lengths (reachable areas, distances)."""
    key = ("graph", profile.key, unknown_policy, preferences)
    if key not in network.cache:
        passable = profile_rules.passable_links(network, profile, unknown_policy)
        cost = network.link_length * profile_rules.cost_factors(network, profile) if preferences \
            else network.link_length
        network.cache[key] = build_graph(network, passable, cost, unknown_policy)
    return network.cache[key]


def plain_graph(network):
    """Every link passable in its allowed directions, weighted by length: the route anyone would be shown."""
    return graph_for(network, profile_rules.PLAIN, profile_rules.UNKNOWN_PASSABLE)


def reverse_graph(graph):
    """The same graph with every edge turned round (distances *to* a node), cached on the graph."""
    if graph.reverse is None:
        graph.reverse = graph.matrix.transpose().tocsr()
    return graph.reverse


def distances(graph, sources, limit=np.inf, predecessors=False, reverse=False):
    """Dijkstra from each source (one row each): distances, and predecessors when asked."""
    csgraph = require("scipy.sparse.csgraph", "Barrier-free graph search")
    matrix = reverse_graph(graph) if reverse else graph.matrix
    return csgraph.dijkstra(matrix, directed=True, indices=np.atleast_1d(sources), limit=limit,
                            return_predecessors=predecessors)


def path_nodes(predecessor_row, source, target):
    """Node indices from source to target along a predecessor row, or [] when unreachable."""
    if source == target:
        return [source]
    if predecessor_row[target] < 0:
        return []
    path = [target]
    while path[-1] != source:
        path.append(int(predecessor_row[path[-1]]))
    return path[::-1]


def path_links(graph, nodes):
    return [graph.link_between(u, v) for u, v in zip(nodes[:-1], nodes[1:], strict=False)]
