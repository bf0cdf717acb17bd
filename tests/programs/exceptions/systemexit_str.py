import sys
print('out')
sys.exit('error message goes to stderr')
