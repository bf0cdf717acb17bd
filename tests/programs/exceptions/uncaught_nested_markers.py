data = {'a': [1, 2, 3]}
def get(key, idx):
    return data[key][idx] + compute(idx)
def compute(i):
    return [10, 20][i]
print(get('a', 1))
print(get('a', 2))
