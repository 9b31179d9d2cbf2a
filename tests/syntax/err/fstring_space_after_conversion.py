t = f'{ x!r }'
