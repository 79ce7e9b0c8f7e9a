"""Draw the project's own pictures with Pillow and write them as PNG files (run by hand, rarely).

    .venv/bin/python scripts/draw_sample_images.py

The site makes its pictures itself, so nothing is hot-linked or licensed. This writes:

* ``content/sample_site/images/calm-hills.png``: a calm sunrise over soft hills (1600 x 900),
  which ``load_sample_content`` puts into the media library for the home page and the articles;
* ``static/img/share.png``: the same drawing at 1200 x 630, the picture shared on social media;
* ``content/sample_site/images/portrait-<palette>.png``: placeholder portraits for the sample
  care team, abstract silhouettes (never a photo of a real person), one palette per clinician
  (``care_team.toml``'s ``portrait``).

The files are committed; seeding only reads them. Run this again only to change a drawing, and
commit the new files (each is a few tens of kilobytes).
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "content" / "sample_site" / "images"
SHARE_IMAGE = ROOT / "static" / "img" / "share.png"

SKY_TOP = (222, 236, 244)
SKY_BOTTOM = (247, 241, 228)
SUN = (246, 214, 160)
HILLS = [(176, 206, 196), (128, 176, 170), (84, 138, 140), (52, 100, 110)]

# Each sample clinician's colours (background, figure), so the three cards are told apart.
PALETTES = {
    "teal": ((214, 232, 228), (84, 138, 140)),
    "sand": ((244, 234, 214), (150, 120, 86)),
    "sky": ((220, 232, 244), (80, 110, 150)),
}


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def draw_hills(width=1600, height=900):
    """The illustration as an RGB image of the given size."""
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


def draw_portrait(palette="teal", size=640):
    """A square RGB silhouette (a head and shoulders on a soft background) in one of ``PALETTES``."""
    background, figure = PALETTES[palette]
    img = Image.new("RGB", (size, size), background)
    # A gentle light behind the head.
    glow = Image.new("L", (size, size), 0)
    ImageDraw.Draw(glow).ellipse([size * 0.12, size * 0.05, size * 0.88, size * 0.8], fill=150)
    glow = glow.filter(ImageFilter.GaussianBlur(radius=size * 0.08))
    img.paste(Image.new("RGB", (size, size), (252, 250, 246)), mask=glow)
    px = ImageDraw.Draw(img)
    # Shoulders: a wide rounded shape rising from the bottom edge.
    px.rounded_rectangle([size * 0.14, size * 0.66, size * 0.86, size * 1.2], radius=round(size * 0.28), fill=figure)
    # Neck and head.
    px.rectangle([size * 0.43, size * 0.52, size * 0.57, size * 0.7], fill=figure)
    px.ellipse([size * 0.32, size * 0.2, size * 0.68, size * 0.6], fill=figure)
    return img


def main():
    pictures = {IMAGES / "calm-hills.png": draw_hills(1600, 900), SHARE_IMAGE: draw_hills(1200, 630)}
    pictures.update({IMAGES / f"portrait-{palette}.png": draw_portrait(palette) for palette in PALETTES})
    IMAGES.mkdir(parents=True, exist_ok=True)
    for path, img in pictures.items():
        img.save(path, "PNG", optimize=True)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
