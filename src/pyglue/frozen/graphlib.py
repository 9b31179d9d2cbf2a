# graphlib: TopologicalSorter (static_order, and prepare/get_ready/done/
# is_active for processing nodes in parallel batches) and CycleError, as
# CPython 3.11 has them.

__all__ = ["TopologicalSorter", "CycleError"]

_READY = -1    # npredecessors of a node handed out by get_ready
_DONE = -2     # npredecessors of a node marked done


class _Node:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists the
    nodes of one cycle, the first repeated at the end."""
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable
    nodes."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node with the predecessors that must come before it."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Mark the graph finished and check it for cycles."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [i.node for i in self._node2info.values()
                             if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready_nodes)
        for node in result:
            self._node2info[node].npredecessors = _READY
        self._ready_nodes.clear()
        self._npassedout += len(result)
        return result

    def is_active(self):
        """Whether more nodes can come out of get_ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes (from get_ready) as processed."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._node2info.get(node)
            if info is None:
                raise ValueError(
                    f"node {node!r} was not added using add()")
            stat = info.npredecessors
            if stat != _READY:
                if stat >= 0:
                    raise ValueError(f"node {node!r} was not passed out "
                                     f"(still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _DONE
            for successor in info.successors:
                succ = self._node2info[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # A depth-first walk over successors, without recursion; a node
        # met again on the current path closes a cycle.
        n2i = self._node2info
        stack = []
        itstack = []
        seen = set()
        on_path = {}
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return stack[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    itstack.append(iter(n2i[node].successors))
                    on_path[node] = len(stack)
                    stack.append(node)
                while stack:
                    try:
                        node = next(itstack[-1])
                        break
                    except StopIteration:
                        del on_path[stack.pop()]
                        itstack.pop()
                else:
                    break
        return None

    def static_order(self):
        """All nodes, each after its predecessors (calls prepare)."""
        self.prepare()
        while self.is_active():
            ready = self.get_ready()
            yield from ready
            self.done(*ready)

    def __class_getitem__(cls, item):
        from types import GenericAlias
        return GenericAlias(cls, item)
