import mod_simple
print('__name__ here is', __name__)
if __name__ == '__main__':
    print('running as main')
