s = 'ß日本😀日本ß'
print(s.find('日本'), s.rfind('日本'), s.count('日本'), s.index('😀'), s.split('😀'), s.partition('本'), s.rpartition('本'), s[::-1])
