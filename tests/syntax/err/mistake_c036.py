print(f'{x!}')
