print('héllo €😀 日本語')
print('\u2028 separator', 'tab\tend')
import sys
sys.stdout.write('é\n')
sys.stderr.write('stderr é😀\n')
