café = 1
naïve = café + 1
日本 = "japan"
π = 3.14
ñ = f'{π} {日本}'
print(café, 日本)
x = "€" + 'ü'
class Größe: pass
y = {'κλειδί': 'τιμή'}
z = π * 2  # αβγ
