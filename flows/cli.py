print('cli')
