print('normal end')
