print(callable(len), callable(lambda: 0), callable(int), callable(5), callable('x'), callable(print))
print(chr(65), chr(0x1F600), ord('€'), ord('\n'), [chr(i) for i in range(97, 102)])
