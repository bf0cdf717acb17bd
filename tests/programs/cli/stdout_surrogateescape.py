# Under LC_ALL=C.UTF-8 CPython writes lone surrogates to stdout with surrogateescape: \udc80 becomes the raw byte 0x80.
import sys
print('before')
print('\udc80')
