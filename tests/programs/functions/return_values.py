def none(): pass
def bare(): return
def multi(): return 1, 2
def early(x):
    if x:
        return 'early'
    return 'late'
print(none(), bare(), multi(), early(1), early(0))
def gen_in_finally():
    try:
        return 'try'
    finally:
        print('finally runs')
print(gen_in_finally())
