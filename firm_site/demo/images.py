"""Demo images the project draws itself (no stock photos, nothing downloaded):
a hero of abstract Connecticut hills and a river, a landmark scene per city, a
neutral portrait silhouette, a social card and an SVG logo, registered as
Wagtail images once (by title) so the loader can run again."""

import io

from django.core.files.images import ImageFile
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


class Sketch:
    """A 1600 × 900 drawing made at twice the size and scaled down, so its
    edges are smooth. Coordinates are given at 1600 × 900."""

    SIZE = (1600, 900)
    SCALE = 2

    def __init__(self, sky_bands):
        width, height = self.SIZE
        self.picture = PillowImage.new(
            "RGB", (width * self.SCALE, height * self.SCALE), sky_bands[0][1]
        )
        self.draw = ImageDraw.Draw(self.picture)
        for top, colour in sky_bands:
            self.rectangle((0, top, width, height), colour)

    def _points(self, points):
        return [(x * self.SCALE, y * self.SCALE) for x, y in points]

    def _box(self, box):
        return [value * self.SCALE for value in box]

    def polygon(self, points, colour):
        self.draw.polygon(self._points(points), fill=colour)

    def rectangle(self, box, colour):
        self.draw.rectangle(self._box(box), fill=colour)

    def ellipse(self, box, colour):
        self.draw.ellipse(self._box(box), fill=colour)

    def line(self, points, colour, width):
        self.draw.line(self._points(points), fill=colour, width=width * self.SCALE)

    def windows(self, box, colour, columns, rows):
        """A grid of small windows inside `box`."""
        left, top, right, bottom = box
        cell_width = (right - left) / columns
        cell_height = (bottom - top) / rows
        for column in range(columns):
            for row in range(rows):
                x = left + column * cell_width + cell_width * 0.3
                y = top + row * cell_height + cell_height * 0.25
                self.rectangle(
                    (x, y, x + cell_width * 0.4, y + cell_height * 0.5), colour
                )

    def ripples(self, top, colour, seed):
        """Short light strokes on water below `top`, placed the same each time."""
        for _stroke in range(40):
            seed = (seed * 1103515245 + 12345) % 2**31
            x = seed % 1560
            y = top + 20 + (seed // 1600) % (900 - top - 30)
            self.line([(x, y), (x + 30 + seed % 60, y)], colour, 3)

    def finish(self):
        return self.picture.resize(self.SIZE, PillowImage.Resampling.LANCZOS)


def hartford():
    """The gold dome of the State Capitol and the Travelers Tower over the
    Connecticut River."""
    sketch = Sketch(
        [(0, (196, 218, 236)), (300, (214, 228, 240)), (560, (238, 228, 214))]
    )
    sketch.polygon(
        [
            (0, 620),
            (300, 560),
            (700, 600),
            (1100, 540),
            (1600, 600),
            (1600, 720),
            (0, 720),
        ],
        (176, 196, 204),
    )
    for left, top, right in [
        (60, 520, 200),
        (640, 480, 760),
        (1000, 500, 1090),
        (1320, 470, 1440),
        (1460, 540, 1580),
    ]:
        sketch.rectangle((left, top, right, 720), (92, 112, 140))
        sketch.windows((left + 10, top + 20, right - 10, 700), (170, 186, 206), 4, 6)
    # The Travelers Tower: a tall shaft, a stepped top and a pyramid.
    sketch.rectangle((860, 200, 960, 720), (70, 88, 116))
    sketch.rectangle((875, 150, 945, 200), (70, 88, 116))
    sketch.polygon([(875, 150), (910, 70), (945, 150)], (58, 74, 100))
    sketch.windows((870, 220, 950, 700), (150, 170, 196), 3, 16)
    # The Phoenix building: a green glass lens.
    sketch.ellipse((1140, 430, 1290, 800), (82, 140, 150))
    sketch.rectangle((1140, 720, 1290, 800), (214, 228, 240))
    # The State Capitol: a cream hall, a tower and a gold dome.
    sketch.rectangle((260, 560, 640, 720), (236, 226, 200))
    sketch.rectangle((400, 440, 500, 560), (236, 226, 200))
    sketch.rectangle((415, 395, 485, 440), (226, 214, 186))
    sketch.ellipse((405, 330, 495, 450), (212, 165, 50))
    sketch.rectangle((405, 395, 495, 450), (226, 214, 186))
    sketch.line([(450, 330), (450, 290)], (212, 165, 50), 5)
    sketch.windows((270, 580, 630, 700), (150, 140, 120), 10, 2)
    # The river, and Founders Bridge's deck and piers.
    sketch.rectangle((0, 720, 1600, 900), (88, 128, 168))
    sketch.rectangle((0, 740, 1600, 760), (120, 120, 124))
    for left in range(80, 1600, 260):
        sketch.rectangle((left, 760, left + 30, 820), (120, 120, 124))
    sketch.ripples(830, (136, 172, 206), seed=1)
    return sketch.finish()


def church(sketch, left, colour, spire):
    """A New England meeting house: a hall, a portico and a tiered steeple."""
    sketch.rectangle((left, 560, left + 180, 740), colour)
    sketch.polygon([(left - 10, 560), (left + 90, 500), (left + 190, 560)], colour)
    sketch.rectangle((left + 60, 400, left + 120, 520), colour)
    sketch.rectangle((left + 70, 340, left + 110, 400), colour)
    sketch.polygon([(left + 70, 340), (left + 90, 230), (left + 110, 340)], spire)
    sketch.rectangle((left + 75, 620, left + 105, 740), (90, 70, 60))
    sketch.windows((left + 10, 580, left + 170, 720), (120, 140, 160), 4, 2)


def new_haven():
    """East Rock's red cliff and its monument above the churches on the Green."""
    sketch = Sketch(
        [(0, (190, 214, 236)), (320, (208, 226, 240)), (520, (224, 234, 242))]
    )
    sketch.polygon(
        [
            (820, 740),
            (960, 420),
            (1010, 380),
            (1420, 360),
            (1520, 420),
            (1600, 470),
            (1600, 740),
        ],
        (150, 82, 62),
    )
    for left in (1000, 1100, 1210, 1330, 1440):
        sketch.polygon(
            [(left, 390), (left + 30, 390), (left + 10, 740), (left - 40, 740)],
            (124, 64, 48),
        )
    sketch.polygon([(960, 420), (1010, 380), (1420, 360), (1520, 420)], (92, 130, 80))
    # The Soldiers and Sailors Monument on the summit.
    sketch.rectangle((1230, 330, 1270, 372), (214, 210, 200))
    sketch.rectangle((1240, 200, 1260, 330), (226, 222, 212))
    sketch.polygon([(1236, 200), (1250, 160), (1264, 200)], (226, 222, 212))
    church(sketch, 140, (248, 248, 244), (236, 236, 230))
    church(sketch, 440, (244, 240, 232), (230, 226, 216))
    # Trinity Church: Gothic, in brown stone, with a square tower.
    sketch.rectangle((700, 560, 880, 740), (150, 118, 96))
    sketch.rectangle((750, 400, 830, 560), (150, 118, 96))
    for left in (750, 785, 820):
        sketch.polygon([(left, 400), (left + 5, 370), (left + 10, 400)], (150, 118, 96))
    sketch.polygon([(770, 740), (790, 640), (810, 740)], (90, 70, 60))
    # The Green, and its elms.
    sketch.rectangle((0, 740, 1600, 900), (112, 162, 92))
    for left in (0, 300, 620, 980, 1320):
        sketch.rectangle((left + 120, 700, left + 140, 800), (90, 70, 50))
        sketch.ellipse((left + 40, 600, left + 220, 730), (62, 112, 70))
    return sketch.finish()


def new_london():
    """New London Ledge Light at dusk, the harbor and the Gold Star Bridge."""
    sketch = Sketch(
        [(0, (120, 140, 184)), (220, (200, 170, 184)), (400, (246, 206, 170))]
    )
    sketch.ellipse((160, 400, 360, 600), (250, 214, 130))
    # The Gold Star Bridge: a long truss far up the Thames.
    sketch.rectangle((0, 470, 760, 482), (84, 92, 116))
    for left in range(0, 760, 60):
        sketch.line([(left, 482), (left + 30, 440), (left + 60, 482)], (84, 92, 116), 4)
    sketch.line([(0, 440), (760, 440)], (84, 92, 116), 4)
    sketch.rectangle((0, 500, 1600, 900), (58, 98, 138))
    sketch.ripples(520, (238, 190, 150), seed=7)
    # Ledge Light: a brick house with a mansard roof and a lantern, on granite.
    sketch.rectangle((860, 640, 1140, 700), (150, 150, 150))
    sketch.rectangle((900, 450, 1100, 640), (170, 72, 52))
    sketch.windows((910, 470, 1090, 630), (240, 230, 214), 4, 2)
    sketch.polygon([(880, 450), (910, 390), (1090, 390), (1120, 450)], (62, 62, 74))
    sketch.rectangle((970, 320, 1030, 390), (46, 46, 56))
    sketch.rectangle((980, 332, 1020, 370), (255, 228, 140))
    sketch.polygon([(962, 320), (1000, 290), (1038, 320)], (46, 46, 56))
    # A sailboat and a few gulls.
    sketch.polygon([(330, 700), (520, 700), (490, 730), (360, 730)], (240, 240, 236))
    sketch.polygon([(430, 690), (430, 520), (510, 690)], (250, 248, 240))
    sketch.line([(430, 700), (430, 510)], (70, 70, 80), 3)
    for left, top in [(1260, 220), (1330, 260), (1210, 300)]:
        sketch.line(
            [(left, top), (left + 20, top + 12), (left + 40, top)], (70, 70, 90), 4
        )
    return sketch.finish()


def frog_on_a_spool(sketch, middle, thread):
    """One of the Frog Bridge's giant frogs, on a spool of thread, on a pedestal."""
    sketch.rectangle((middle - 70, 520, middle + 70, 660), (204, 198, 186))
    sketch.rectangle((middle - 100, 500, middle + 100, 522), (176, 150, 110))
    sketch.rectangle((middle - 80, 400, middle + 80, 500), thread)
    for top in range(410, 500, 16):
        sketch.line([(middle - 80, top), (middle + 80, top)], (255, 255, 255), 2)
    sketch.rectangle((middle - 100, 380, middle + 100, 402), (176, 150, 110))
    sketch.ellipse((middle - 90, 280, middle + 90, 390), (82, 150, 62))
    sketch.ellipse((middle - 70, 250, middle - 20, 300), (82, 150, 62))
    sketch.ellipse((middle + 20, 250, middle + 70, 300), (82, 150, 62))
    for eye in (middle - 45, middle + 45):
        sketch.ellipse((eye - 15, 258, eye + 15, 288), (250, 250, 240))
        sketch.ellipse((eye - 7, 266, eye + 7, 280), (30, 30, 30))
    sketch.line([(middle - 40, 340), (middle + 40, 340)], (48, 96, 40), 4)


def windham():
    """Willimantic's Frog Bridge, frogs on spools of thread, before the mills."""
    sketch = Sketch(
        [(0, (200, 224, 234)), (300, (214, 232, 238)), (480, (228, 238, 240))]
    )
    # The thread mills: long brick halls and a clock tower.
    sketch.rectangle((0, 430, 1600, 660), (158, 82, 62))
    sketch.windows((20, 450, 1580, 640), (236, 216, 182), 26, 3)
    sketch.rectangle((1280, 280, 1380, 430), (150, 76, 58))
    sketch.polygon([(1270, 280), (1330, 220), (1390, 280)], (80, 70, 70))
    sketch.ellipse((1305, 310, 1355, 360), (246, 242, 230))
    sketch.line([(1330, 335), (1330, 318)], (40, 40, 40), 3)
    sketch.line([(1330, 335), (1342, 335)], (40, 40, 40), 3)
    sketch.rectangle((120, 300, 160, 430), (140, 70, 54))
    # The bridge and the river under it.
    sketch.rectangle((0, 740, 1600, 900), (78, 128, 150))
    sketch.ripples(760, (130, 176, 196), seed=3)
    sketch.rectangle((0, 660, 1600, 700), (150, 150, 146))
    sketch.rectangle((0, 700, 1600, 740), (120, 120, 118))
    frog_on_a_spool(sketch, 420, (62, 92, 164))
    frog_on_a_spool(sketch, 1120, (176, 52, 52))
    return sketch.finish()


# Demo city page slug -> the city's name, the image's description, its drawing.
CITY_DRAWINGS = {
    "hartford": (
        "Hartford",
        "Drawing of Hartford: the Capitol's gold dome and the Travelers Tower",
        hartford,
    ),
    "new-haven": (
        "New Haven",
        "Drawing of New Haven: East Rock above the churches on the Green",
        new_haven,
    ),
    "new-london": (
        "New London",
        "Drawing of New London: Ledge Light in the harbor at dusk",
        new_london,
    ),
    "windham": (
        "Windham",
        "Drawing of Willimantic's Frog Bridge: frogs on spools of thread",
        windham,
    ),
}


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


def city_image(slug):
    """The drawing of one demo city, by its page's slug (`image: hartford` in
    content/en/cities.yaml)."""
    city_name, description, draw = CITY_DRAWINGS[slug]
    return demo_image(
        f"Demo: {city_name}",
        description,
        lambda: (f"demo-city-{slug}.png", png_bytes(draw())),
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
