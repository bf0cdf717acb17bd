"""Heap queue algorithm (a binary min-heap in a list, heap[k] <= heap[2k+1], heap[2k+2]):
krait's own heapq."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop']

from operator import index as _index


def _sift_down(heap, startpos, pos):
    # Move heap[pos] up towards startpos until its parent is not larger.
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up(heap, pos):
    # Move the smaller child up until a leaf is reached, then settle heap[pos] there.
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item."""
    returnitem = heap[0]
    heap[0] = item
    _sift_up(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than the two calls)."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_up(heap, 0)
    return item


def heapify(x):
    """Transform list into a heap, in-place, in O(len(x)) time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_up(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _sift_up_max(heap, 0)
        return returnitem
    return lastelt


def _heapify_max(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_up_max(x, i)


def _sift_down_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _sift_up_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _sift_down_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (stable: ties keep input order)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append(((key(value) if key is not None else value), order, value))
            break
        else:
            continue
        entries[-1] = entries[-1] + (it,)
    # A simple k-way merge: repeatedly pick the best head (ties: the earlier input).
    heads = [list(e) for e in entries]
    while heads:
        best = 0
        for i in range(1, len(heads)):
            a, b = heads[i], heads[best]
            if (a[0] > b[0]) if reverse else (a[0] < b[0]):
                best = i
            elif not (a[0] < b[0] or b[0] < a[0]) and a[1] < b[1]:
                best = i
        h = heads[best]
        yield h[2]
        try:
            value = next(h[3])
        except StopIteration:
            del heads[best]
        else:
            h[0] = key(value) if key is not None else value
            h[2] = value


def nsmallest(n, iterable, key=None):
    """The n smallest elements: equivalent to sorted(iterable, key=key)[:n]."""
    n = _index(n)
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements: equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    n = _index(n)
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
