squares = []
for i in range(5):
    squares.append(i * i)
print(squares == [i * i for i in range(5)], [x for x in squares if x % 2], [[y for y in range(x)] for x in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [row[i] for row in matrix for i in range(len(row)) if i != 1])
