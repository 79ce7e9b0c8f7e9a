"""Responsive, compressed renditions of library images, made with Pillow.

Each image placed with the image plugin is served as WebP (for browsers that
accept it) and as JPEG or PNG (for the rest) in a few widths, so a phone never
downloads a desktop-sized file. Renditions are made once, on the first render,
and kept in the media storage under ``renditions/``; their names carry the
original's checksum, so replacing an image makes new ones.
"""

import io
import logging

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

# CSS widths the image can take, and the rendition widths (1x and 2x screens) for each.
WIDTHS = {"wide": (480, 720, 1080, 1440), "medium": (320, 480, 720), "portrait": (160, 320)}
SIZES = {"wide": "(min-width: 48rem) 42rem, 100vw", "medium": "(min-width: 48rem) 22rem, 60vw", "portrait": "10rem"}
WEBP_QUALITY = 78
JPEG_QUALITY = 82


def _fallback_format(img):
    return ("PNG", "png") if img.mode in ("RGBA", "LA", "P") else ("JPEG", "jpg")


def _render(img, width, fmt):
    resized = img.resize((width, max(1, round(img.height * width / img.width))), Image.Resampling.LANCZOS)
    if fmt == "JPEG" and resized.mode != "RGB":
        resized = resized.convert("RGB")
    buffer = io.BytesIO()
    if fmt == "WEBP":
        resized.save(buffer, "WEBP", quality=WEBP_QUALITY, method=6)
    elif fmt == "JPEG":
        resized.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    else:
        resized.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def renditions(image, size="wide"):
    """A dict for the picture template: webp and fallback srcsets, src, width, height, sizes.

    ``image`` is a filer Image. Returns None (and logs) when the original cannot be read.
    The answer is kept in the shared cache, so a page render does not re-open the
    original or ask the (maybe remote) storage about each file again.
    """
    key = f"content:renditions:v1:{image.pk}:{image.sha1 or ''}:{size}"
    result = cache.get(key)
    if result is None:
        try:
            result = _make_renditions(image, size)
        except Exception as exc:  # storage down, a decoder bomb...: the page shows, without this image
            logger.warning("Renditions of image %s could not be made (%s).", image.pk, type(exc).__name__)
            return None
        if result is not None:
            cache.set(key, result, addresses_keep_for(default_storage))
    return result


def addresses_keep_for(storage):
    """How long the renditions' addresses may be kept, in seconds: a day, unless the storage signs
    its URLs (a private bucket, ``DJANGO_S3_SIGNED_URLS``). A signed address stops working when its
    signature expires (django-storages' ``querystring_expire``), and a page built from it is kept a
    while longer in the page caches: keep it for half the signature's life, so every address a
    visitor is handed still has at least that half to run."""
    if getattr(storage, "querystring_auth", False):
        return max(60, int(storage.querystring_expire) // 2)
    return DAY


DAY = 24 * 60 * 60


def _make_renditions(image, size):
    stem = f"renditions/{(image.sha1 or str(image.pk))[:20]}"
    try:
        with image.file.open("rb") as handle:
            original = Image.open(handle)
            original = ImageOps.exif_transpose(original)
            original.load()
    except (OSError, ValueError) as exc:
        logger.warning("Image %s could not be read for renditions (%s).", image.pk, type(exc).__name__)
        return None
    fmt, ext = _fallback_format(original)
    if original.mode == "P":
        original = original.convert("RGBA")
    widths = [w for w in WIDTHS[size] if w < original.width] or [original.width]
    if original.width not in widths and original.width < WIDTHS[size][-1]:
        widths.append(original.width)
    webp, fallback = [], []
    for width in widths:
        for target_fmt, target_ext, bucket in (("WEBP", "webp", webp), (fmt, ext, fallback)):
            name = f"{stem}-{width}.{target_ext}"
            if not default_storage.exists(name):
                saved = default_storage.save(name, ContentFile(_render(original, width, target_fmt)))
                if saved != name:  # another process made it at the same moment
                    default_storage.delete(saved)
            bucket.append(f"{default_storage.url(name)} {width}w")
    largest = widths[-1]
    return {
        "webp_srcset": ", ".join(webp),
        "srcset": ", ".join(fallback),
        "src": fallback[-1].rsplit(" ", 1)[0],
        "width": largest,
        "height": round(original.height * largest / original.width),
        "sizes": SIZES[size],
        "fallback_type": f"image/{'jpeg' if ext == 'jpg' else ext}",
    }
