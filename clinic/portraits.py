"""Placeholder portraits for the sample care team, drawn with Pillow.

Abstract silhouettes (a head and shoulders on a soft background), never a photo
of a real person: the clinic replaces them with its own photos. Each sample
clinician gets its own colours so the three cards are told apart.
"""

from PIL import Image, ImageDraw, ImageFilter

PALETTES = {
    "teal": ((214, 232, 228), (84, 138, 140)),
    "sand": ((244, 234, 214), (150, 120, 86)),
    "sky": ((220, 232, 244), (80, 110, 150)),
}


def draw(palette="teal", size=640):
    """Return a square RGB silhouette portrait in one of ``PALETTES``."""
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
