import builtins
print(builtins.len is len, 'print' in dir(builtins), type(__builtins__).__name__)
len_orig = builtins.len
builtins.len = lambda x: 'patched'
print(len([1]))
builtins.len = len_orig
print(len([1]))
def shadow():
    len = lambda x: 'local shadow'
    return len([])
print(shadow(), len([1, 2]))
