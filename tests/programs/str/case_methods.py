# Case conversion: upper/lower/casefold/title/capitalize/swapcase with special cases.
for s in ['hello world', "they're bill's friends", 'ßtraße', 'ǅemal', 'ﬃ', 'İstanbul', 'ΣΑΣ ΟΔΟΣ', 'HeLLo 123 wORLD', 'a1b2 c3', '', 'ŉ']:
    print(repr(s), s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
print('ß'.casefold() == 'ss', 'Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Β'.lower())
