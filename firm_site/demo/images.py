"""Demo images the project draws itself (no stock photos, nothing downloaded):
a hero of abstract Connecticut hills and a river, a skyline per city, a neutral
portrait silhouette, a social card and an SVG logo, registered as Wagtail
images once (by title) so the loader can run again."""

import io
import zlib

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images import get_image_model

NAVY = (18, 53, 91)
SKY = (214, 228, 240)
HILL = (160, 190, 170)
RIVER = (120, 160, 200)
PORTRAIT_BACKGROUND = (225, 230, 236)
PORTRAIT_FIGURE = (120, 130, 145)
LOGO_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 48" \
width="240" height="48"><rect width="48" height="48" rx="6" fill="#ffffff"/>\
<path d="M12 34 L24 12 L36 34 Z" fill="#12355b"/><rect x="10" y="35" width="28" \
height="3" fill="#a33f00"/><text x="58" y="31" font-family="Georgia, serif" \
font-size="20" font-weight="700" fill="#ffffff">{name}</text></svg>"""


def demo_image(title, description, draw):
    """The Wagtail image titled `title`, drawn by `draw()` (a file name and bytes)
    the first time it is asked for."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing:
        return existing
    file_name, content = draw()
    image = image_model(title=title, description=description)
    image.file = ImageFile(io.BytesIO(content), name=file_name)
    image.save()
    return image


def png_bytes(picture):
    output = io.BytesIO()
    picture.save(output, format="PNG", optimize=True)
    return output.getvalue()


def hero():
    """Rolling hills under a wide sky, cut by a river: Connecticut, abstractly."""
    picture = PillowImage.new("RGB", (1600, 900), SKY)
    draw = ImageDraw.Draw(picture)
    draw.polygon(
        [
            (0, 560),
            (400, 440),
            (800, 520),
            (1200, 420),
            (1600, 500),
            (1600, 900),
            (0, 900),
        ],
        fill=HILL,
    )
    draw.polygon(
        [(0, 700), (500, 620), (1000, 690), (1600, 610), (1600, 900), (0, 900)],
        fill=(130, 165, 145),
    )
    draw.polygon([(700, 900), (860, 640), (900, 640), (1000, 900)], fill=RIVER)
    return "demo-hero.png", png_bytes(picture)


def skyline(city_name):
    """A skyline silhouette whose buildings follow the city's name, so each
    city has its own and the same city always the same."""
    seed = zlib.crc32(city_name.encode())
    picture = PillowImage.new("RGB", (1200, 675), SKY)
    draw = ImageDraw.Draw(picture)
    left = 0
    while left < 1200:
        seed = (seed * 1103515245 + 12345) % 2**31
        width = 60 + seed % 90
        height = 160 + (seed // 97) % 340
        draw.rectangle([left, 675 - height, left + width, 675], fill=NAVY)
        left += width + 6
    return f"demo-skyline-{slugify(city_name)}.png", png_bytes(picture)


def portrait():
    """A neutral head-and-shoulders silhouette, standing in for a photo."""
    picture = PillowImage.new("RGB", (600, 600), PORTRAIT_BACKGROUND)
    draw = ImageDraw.Draw(picture)
    draw.ellipse([210, 110, 390, 310], fill=PORTRAIT_FIGURE)
    draw.ellipse([110, 340, 490, 760], fill=PORTRAIT_FIGURE)
    return "demo-portrait.png", png_bytes(picture)


def social_card():
    """The firm's Open Graph image: the hero's hills in 1200 × 630."""
    picture = PillowImage.new("RGB", (1200, 630), NAVY)
    draw = ImageDraw.Draw(picture)
    draw.polygon(
        [(0, 470), (400, 380), (800, 450), (1200, 360), (1200, 630), (0, 630)],
        fill=(40, 90, 140),
    )
    return "demo-social.png", png_bytes(picture)


def logo(firm_name):
    """An SVG wordmark: a mark and the firm's short name, white on the brand."""
    short_name = firm_name.rsplit(" of ", 1)[-1]
    return "demo-logo.svg", LOGO_SVG.format(name=short_name).encode()


def hero_image():
    return demo_image(
        "Demo: Connecticut hills", "Green hills and a river under a pale sky", hero
    )


def city_image(city_name):
    return demo_image(
        f"Demo: {city_name} skyline",
        f"A drawn skyline of {city_name}",
        lambda: skyline(city_name),
    )


def attorney_photo(attorney_name):
    return demo_image(
        f"Demo: portrait of {attorney_name}",
        f"Portrait placeholder for {attorney_name}",
        portrait,
    )


def firm_social_image():
    return demo_image(
        "Demo: social card", "The firm's sharing image: hills at dusk", social_card
    )


def firm_logo(firm_name):
    return demo_image(f"Demo: logo of {firm_name}", firm_name, lambda: logo(firm_name))
