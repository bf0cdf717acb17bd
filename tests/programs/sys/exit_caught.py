import sys
for code in [0, 1, 'msg', None, (1, 2)]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
print('still running')
