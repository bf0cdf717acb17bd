import sys
try:
    sys.exit()
except SystemExit as e:
    print('caught', e.code, repr(e))
raise SystemExit(None)
