"""Go: a 9x9 Go player that picks its opening move by Monte-Carlo tree
search (UCT-style selection over random playouts).
Exercises objects with many small methods, lists used as stacks and as an
indexable set, flood fills, a tree of nodes, and an exception for illegal
moves.  Selection uses only sqrt and division (no log), so every IEEE-754
implementation makes the same choices.
"""
import math
import sys

DEFAULT_SIZE = 600
EMPTY, BLACK, WHITE = 0, 1, 2
KOMI = 7.5


class IllegalMove(Exception):
    pass


class Random:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def randrange(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) % n


class Square:
    def __init__(self, pos):
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []
        self.diagonals = []
        self.mark = 0


class EmptySet:
    """The empty points, as a list plus each point's index in it, so that
    adding, removing and choosing at random are all O(1)."""

    def __init__(self, n):
        self.items = list(range(n))
        self.where = list(range(n))

    def __len__(self):
        return len(self.items)

    def add(self, pos):
        self.where[pos] = len(self.items)
        self.items.append(pos)

    def remove(self, pos):
        i = self.where[pos]
        last = self.items.pop()
        if last != pos:
            self.items[i] = last
            self.where[last] = i


class Board:
    def __init__(self, size):
        self.size = size
        self.squares = [Square(i) for i in range(size * size)]
        for sq in self.squares:
            x, y = sq.pos % size, sq.pos // size
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                if 0 <= x + dx < size and 0 <= y + dy < size:
                    sq.neighbours.append(self.squares[(y + dy) * size + x + dx])
            for dx, dy in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
                if 0 <= x + dx < size and 0 <= y + dy < size:
                    sq.diagonals.append(self.squares[(y + dy) * size + x + dx])
        self.generation = 0
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
        self.empties = EmptySet(len(self.squares))
        self.ko = None
        self.to_move = BLACK
        self.passes = 0
        self.moves = 0

    def group(self, start):
        """The stones of the group at `start` and its number of liberties."""
        self.generation += 1
        gen = self.generation
        color = start.color
        start.mark = gen
        stack = [start]
        stones = []
        liberties = 0
        while stack:
            sq = stack.pop()
            stones.append(sq)
            for n in sq.neighbours:
                if n.mark != gen:
                    if n.color == EMPTY:
                        n.mark = gen
                        liberties += 1
                    elif n.color == color:
                        n.mark = gen
                        stack.append(n)
        return stones, liberties

    def legal(self, pos):
        sq = self.squares[pos]
        if sq.color != EMPTY or sq is self.ko:
            return False
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        color = self.to_move
        for n in sq.neighbours:
            liberties = self.group(n)[1]
            if n.color == color:
                if liberties > 1:
                    return True
            elif liberties == 1:
                return True
        return False

    def fills_own_eye(self, pos):
        sq = self.squares[pos]
        color = self.to_move
        for n in sq.neighbours:
            if n.color != color:
                return False
        enemies = 0
        for d in sq.diagonals:
            if d.color == 3 - color:
                enemies += 1
        return enemies < (2 if len(sq.diagonals) == 4 else 1)

    def play(self, pos):
        color = self.to_move
        enemy = 3 - color
        sq = self.squares[pos]
        sq.color = color
        self.empties.remove(pos)
        captured = []
        for n in sq.neighbours:
            if n.color == enemy:
                stones, liberties = self.group(n)
                if liberties == 0:
                    for s in stones:
                        s.color = EMPTY
                        self.empties.add(s.pos)
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, liberties = self.group(sq)
            if len(stones) == 1 and liberties == 1:
                self.ko = captured[0]
        self.to_move = enemy
        self.passes = 0
        self.moves += 1

    def play_checked(self, pos):
        if not self.legal(pos):
            raise IllegalMove(pos)
        self.play(pos)

    def pass_move(self):
        self.ko = None
        self.to_move = 3 - self.to_move
        self.passes += 1
        self.moves += 1

    def random_move(self, rng):
        items = self.empties.items
        n = len(items)
        if n == 0:
            return -1
        start = rng.randrange(n)
        for i in range(n):
            pos = items[(start + i) % n]
            if self.legal(pos) and not self.fills_own_eye(pos):
                return pos
        return -1

    def candidate_moves(self):
        return [pos for pos in sorted(self.empties.items)
                if self.legal(pos) and not self.fills_own_eye(pos)]

    def score(self):
        """Black's area score minus White's, komi included."""
        counts = [0, 0, 0]
        for sq in self.squares:
            if sq.color != EMPTY:
                counts[sq.color] += 1
            else:
                seen = 0
                for n in sq.neighbours:
                    seen |= n.color
                if seen == BLACK or seen == WHITE:
                    counts[seen] += 1
        return counts[BLACK] - counts[WHITE] - KOMI


class Node:
    def __init__(self, move, mover, parent):
        self.move = move
        self.mover = mover
        self.parent = parent
        self.children = []
        self.untried = None
        self.wins = 0
        self.visits = 0

    def best_child(self):
        explore = 1.2 * math.sqrt(self.visits)
        best, best_value = None, -1.0
        for child in self.children:
            value = child.wins / child.visits + explore / (1 + child.visits)
            if value > best_value:
                best, best_value = child, value
        return best

    def __repr__(self):
        return "Node(%d, %d/%d)" % (self.move, self.wins, self.visits)


def playout(board, rng, limit):
    while board.passes < 2 and board.moves < limit:
        pos = board.random_move(rng)
        if pos < 0:
            board.pass_move()
        else:
            board.play(pos)


def search(board, rng, iterations):
    root = Node(-1, WHITE, None)
    limit = 3 * len(board.squares)
    illegal = 0
    for _ in range(iterations):
        board.reset()
        node = root
        path = [root]
        while True:
            if node.untried is None:
                node.untried = board.candidate_moves()
                # shuffle so that expansion order is not board order
                for i in range(len(node.untried) - 1, 0, -1):
                    j = rng.randrange(i + 1)
                    node.untried[i], node.untried[j] = node.untried[j], node.untried[i]
            if node.untried:
                pos = node.untried.pop()
                child = Node(pos, board.to_move, node)
                board.play(pos)
                node.children.append(child)
                path.append(child)
                break
            if not node.children:
                break
            node = node.best_child()
            try:
                board.play_checked(node.move)
            except IllegalMove:
                # a ko point: legal in one history, not in another
                illegal += 1
                break
            path.append(node)
        playout(board, rng, limit)
        winner = BLACK if board.score() > 0 else WHITE
        for n in path:
            n.visits += 1
            if n.mover == winner:
                n.wins += 1
    return root, illegal


def main(iterations):
    board = Board(9)
    rng = Random(42)
    root, illegal = search(board, rng, iterations)
    best = max(root.children, key=lambda c: (c.visits, -c.move))
    x, y = best.move % 9, best.move // 9
    print("go %d best=(%d,%d) visits=%d wins=%d root_wins=%d children=%d illegal=%d" % (
        iterations, x, y, best.visits, best.wins, root.wins, len(root.children), illegal))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
