x = 'ab\x1'
