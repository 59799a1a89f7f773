"""The touchpoint graph as plain dicts: which flow joins each ordered pair of touchpoints.

Building and querying it never imports networkx (about 0.2 s of CPU to import); the
analysis module turns it into a networkx graph only for the algorithms it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, KeysView, Mapping


class TouchpointGraph:
    """Touchpoint ids in insertion order and, per edge, the id of the flow it carries."""

    def __init__(self) -> None:
        self._succ: dict[str, dict[str, str]] = {}
        self._pred: dict[str, dict[str, str]] = {}

    @property
    def nodes(self) -> KeysView[str]:
        return self._succ.keys()

    def __iter__(self) -> Iterator[str]:
        return iter(self._succ)

    def __contains__(self, node: object) -> bool:
        return node in self._succ

    def __len__(self) -> int:
        return len(self._succ)

    def add_node(self, node: str) -> None:
        if node not in self._succ:
            self._succ[node] = {}
            self._pred[node] = {}

    def remove_node(self, node: str) -> None:
        """Remove ``node`` and every edge into or out of it."""
        for target in self._succ.pop(node):
            self._pred[target].pop(node, None)
        for source in self._pred.pop(node):
            self._succ[source].pop(node, None)

    def add_edge(self, source: str, target: str, flow: str) -> None:
        if source not in self._succ:
            self.add_node(source)
        if target not in self._succ:
            self.add_node(target)
        self._succ[source][target] = flow
        self._pred[target][source] = flow

    def remove_edge(self, source: str, target: str) -> None:
        del self._succ[source][target]
        del self._pred[target][source]

    def flow_between(self, source: str, target: str) -> str | None:
        """The id of the flow from ``source`` to ``target``, if there is one."""
        return self._succ.get(source, {}).get(target)

    def out_degree(self, node: str) -> int:
        return len(self._succ[node])

    def successors(self, node: str) -> Iterable[str]:
        return self._succ[node].keys()


Adjacency = Mapping[str, Iterable[str]]


def topological_order(adjacency: Adjacency) -> list[str] | None:
    """The nodes in an order where every edge points forward, or None if there is a cycle."""
    indegree = dict.fromkeys(adjacency, 0)
    for targets in adjacency.values():
        for target in targets:
            indegree[target] += 1
    ready = [node for node, count in indegree.items() if count == 0]
    order: list[str] = []
    while ready:
        node = ready.pop()
        order.append(node)
        for target in adjacency[node]:
            indegree[target] -= 1
            if indegree[target] == 0:
                ready.append(target)
    return order if len(order) == len(indegree) else None


def _components(adjacency: Adjacency) -> list[list[str]]:
    """Strongly connected components (Tarjan's algorithm, iterative), nodes in map order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in adjacency:
        if root in index:
            continue
        work = [(root, iter(adjacency[root]))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(adjacency[target])))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component: list[str] = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    found.append(component)
    order = {node: i for i, node in enumerate(adjacency)}
    return [sorted(c, key=order.__getitem__) if len(c) > 1 else c for c in found]


def simple_cycles(adjacency: Adjacency) -> Iterator[list[str]]:
    """Every simple cycle once (Johnson's algorithm within each strongly connected
    component), each starting at its first node in map order; lazily, so a caller can
    stop after a few on a graph with very many."""
    for component in _components(adjacency):
        if len(component) == 1:
            node = component[0]
            if node in adjacency[node]:
                yield [node]
            continue
        remaining = set(component)
        for start in component:
            yield from _cycles_through(adjacency, start, remaining)
            remaining.discard(start)


def _cycles_through(adjacency: Adjacency, start: str, allowed: set[str]) -> Iterator[list[str]]:
    """Johnson's circuit search: the simple cycles through ``start`` within ``allowed``."""
    path = [start]
    blocked = {start}
    held: dict[str, set[str]] = {}  # node -> nodes to unblock when it is unblocked
    stack = [iter([t for t in adjacency[start] if t in allowed])]
    closed = [False]
    while stack:
        for target in stack[-1]:
            if target == start:
                yield path[:]
                closed[-1] = True
            elif target not in blocked:
                path.append(target)
                closed.append(False)
                stack.append(iter([t for t in adjacency[target] if t in allowed]))
                blocked.add(target)
                break
        else:
            stack.pop()
            node = path.pop()
            if closed.pop():
                if closed:
                    closed[-1] = True
                unblock = {node}
                while unblock:
                    member = unblock.pop()
                    if member in blocked:
                        blocked.remove(member)
                        unblock.update(held.pop(member, set()))
            else:
                for target in adjacency[node]:
                    if target in allowed:
                        held.setdefault(target, set()).add(node)
