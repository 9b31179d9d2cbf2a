# colorsys: round trips through YIQ, HLS and HSV and known values
import colorsys
colors = [(0, 0, 0), (1, 1, 1), (1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0),
          (0, 1, 1), (1, 0, 1), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (0.9, 0.1, 0.3),
          (0.25, 0.75, 0.1), (0.6, 0.6, 0.2)]
for c in colors:
    yiq = colorsys.rgb_to_yiq(*c)
    hls = colorsys.rgb_to_hls(*c)
    hsv = colorsys.rgb_to_hsv(*c)
    print(c, yiq, hls, hsv)
    print('  ', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in range(13):
    print(colorsys.hsv_to_rgb(h / 12, 0.8, 0.9), colorsys.hls_to_rgb(h / 12, 0.3, 0.7), colorsys.hls_to_rgb(h / 12, 0.7, 0.4))
print(colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(0, -1, -1), colorsys.hsv_to_rgb(0.5, 0, 0.3))
try:
    colorsys.rgb_to_hsv('a', 0, 0)
except TypeError as e:
    print('TypeError', e)
