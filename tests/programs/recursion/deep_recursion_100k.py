import sys
sys.setrecursionlimit(200000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(100000))
def sum_list(lst, i=0):
    if i == len(lst):
        return 0
    return lst[i] + sum_list(lst, i + 1)
print(sum_list(list(range(50000))))
