"""The site's own illustration, drawn with Pillow: a calm sunrise over soft hills.

The project makes its images itself, so nothing is hot-linked or licensed. The
sample-content command puts this drawing into the media library and places it
with the image plugin; ``static/img/share.png`` (the sharing image) is the same
drawing at 1200 x 630.
"""

import math

from PIL import Image, ImageDraw, ImageFilter

SKY_TOP = (222, 236, 244)
SKY_BOTTOM = (247, 241, 228)
SUN = (246, 214, 160)
HILLS = [(176, 206, 196), (128, 176, 170), (84, 138, 140), (52, 100, 110)]


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def draw(width=1600, height=900):
    """Return the illustration as an RGB image of the given size."""
    img = Image.new("RGB", (width, height))
    px = ImageDraw.Draw(img)
    for y in range(height):
        px.line([(0, y), (width, y)], fill=_mix(SKY_TOP, SKY_BOTTOM, y / max(1, height - 1)))
    # A soft, blurred sun.
    glow = Image.new("L", (width, height), 0)
    r = height * 0.16
    cx, cy = width * 0.68, height * 0.42
    ImageDraw.Draw(glow).ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
    glow = glow.filter(ImageFilter.GaussianBlur(radius=height * 0.02))
    img.paste(Image.new("RGB", (width, height), SUN), mask=glow)
    # Rolling hills, back to front, each a sum of gentle waves.
    for i, colour in enumerate(HILLS):
        base = height * (0.55 + 0.11 * i)
        amp = height * (0.06 - 0.008 * i)
        phase = i * 1.7
        points = [(0, height)]
        for x in range(0, width + 8, 8):
            t = x / width
            y = (
                base
                - amp * math.sin(2 * math.pi * (t * (1.1 + 0.3 * i)) + phase)
                - amp * 0.4 * math.sin(2 * math.pi * t * 3 + phase)
            )
            points.append((x, y))
        points.append((width, height))
        ImageDraw.Draw(img).polygon(points, fill=colour)
    return img
