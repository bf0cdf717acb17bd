# Compile-time SyntaxWarnings go to stderr before the program runs (once each).
x = 5
print(x is 5)
print(x is not 'a')
print([(1, 2) (3, 4)] if False else 'call on tuple warned')
