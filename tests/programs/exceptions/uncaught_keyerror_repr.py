d = {}
d['missing key']
