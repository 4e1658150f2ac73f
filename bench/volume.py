"""Years of a busy firm's data, for the benchmark: cities, articles, requests,
and the intake's bookings, other parties and client list (`intake_volume`).

Pages are added through Wagtail's tree like an editor's would be, reusing the demo
pages' bodies so they weigh what real ones do. Requests, their history and notes
are inserted in bulk (a few minutes at most on PostgreSQL), with their own dates.
"""

import contextlib
import itertools
import random
import time
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import models, transaction
from django.utils import timezone
from django.utils.text import slugify
from phonenumber_field.phonenumber import PhoneNumber
from wagtail.models import Page

from cities.models import CityIndexPage, CityPage
from consultations.choices import (
    BestTime,
    ContactMethod,
    Matter,
    PreferredLanguage,
    Residence,
    Status,
)
from consultations.models import ConsultationRequest, InternalNote, StatusChange
from consultations.references import new_reference
from firm_site.articles.models import ArticleIndexPage, ArticlePage, ArticleRelatedCity
from firm_site.base.models import AttorneyProfile

from .intake_volume import add_intake_volume
from .made_up import BATCH_SIZE, person_name

TAGS = ["deportation", "detention", "asylum", "daca", "ice", "police", "courts"]
STAFF_USERNAMES = [f"intake{number}" for number in range(1, 7)]

# How far each closing or open status got, as the history the workflow writes.
PATHS = {
    Status.NEW: [Status.NEW],
    Status.CONTACTED: [Status.NEW, Status.CONTACTED],
    Status.SCHEDULED: [Status.NEW, Status.CONTACTED, Status.SCHEDULED],
    Status.HELD: [Status.NEW, Status.CONTACTED, Status.SCHEDULED, Status.HELD],
    Status.RETAINED: [
        Status.NEW,
        Status.CONTACTED,
        Status.SCHEDULED,
        Status.HELD,
        Status.RETAINED,
    ],
    Status.DECLINED: [Status.NEW, Status.CONTACTED, Status.DECLINED],
    Status.NO_RESPONSE: [Status.NEW, Status.NO_RESPONSE],
    Status.SPAM: [Status.SPAM],
}
STATUS_WEIGHTS = {
    Status.NEW: 6,
    Status.CONTACTED: 8,
    Status.SCHEDULED: 5,
    Status.HELD: 4,
    Status.RETAINED: 12,
    Status.DECLINED: 25,
    Status.NO_RESPONSE: 30,
    Status.SPAM: 10,
}


def add_cities(count, rng):
    """Add city pages until the city index holds `count`, shaped like the demo's."""
    city_index = CityIndexPage.objects.first()
    model = CityPage.objects.child_of(city_index).first()
    existing = CityPage.objects.child_of(city_index).count()
    for number in range(existing + 1, count + 1):
        name = f"Town {number:02d}"
        city_index.add_child(
            instance=CityPage(
                title=name,
                slug=slugify(name),
                county=rng.choice(["Hartford", "New Haven", "Fairfield", "Windham"]),
                policy_status=model.policy_status,
                summary=model.summary,
                police_will_not_ask=model.police_will_not_ask,
                after_arrest=model.after_arrest,
                exceptions=model.exceptions,
                police_practices=model.police_practices.raw_data,
                body=model.body.raw_data,
                source_kind=model.source_kind,
                source_title=model.source_title,
                source_date=model.source_date,
                source_url=model.source_url,
                last_reviewed=model.last_reviewed,
                reviewed_by=model.reviewed_by,
                first_published_at=timezone.now(),
            )
        )
    return list(CityPage.objects.child_of(city_index).live())


def add_articles(count, cities, rng):
    """Add articles until the article index holds `count`, each tagged and linked."""
    article_index = ArticleIndexPage.objects.first()
    model = ArticlePage.objects.child_of(article_index).first()
    author = AttorneyProfile.objects.first()
    existing = ArticlePage.objects.child_of(article_index).count()
    for number in range(existing + 1, count + 1):
        title = f"What changes for families, part {number}"
        article = ArticlePage(
            title=title,
            slug=slugify(title),
            intro=model.intro,
            body=model.body.raw_data,
            author=author,
            published_date=date.today() - timedelta(days=number * 3),
            last_reviewed=model.last_reviewed,
            reviewed_by=author,
            first_published_at=timezone.now(),
        )
        article.tags.add(*rng.sample(TAGS, 2))
        article.related_city_links = [
            ArticleRelatedCity(city=city) for city in rng.sample(cities, 2)
        ]
        article_index.add_child(instance=article)


def staff_members():
    """The intake team requests are assigned to; members of the Intake group."""
    User = get_user_model()
    intake = Group.objects.filter(name="Intake").first()
    members = []
    for username in STAFF_USERNAMES:
        user, created = User.objects.get_or_create(
            username=username,
            defaults={"email": f"{username}@example.com", "is_staff": True},
        )
        if created and intake:
            user.groups.add(intake)
        members.append(user)
    return members


@contextlib.contextmanager
def timestamps_as_given(*model_classes):
    """Let bulk inserts keep the dates we give instead of stamping 'now'."""
    stamped = [
        field
        for model in model_classes
        for field in model._meta.concrete_fields
        if isinstance(field, models.DateTimeField)
        and (field.auto_now or field.auto_now_add)
    ]
    saved = [(field, field.auto_now, field.auto_now_add) for field in stamped]
    for field in stamped:
        field.auto_now = field.auto_now_add = False
    try:
        yield
    finally:
        for field, auto_now, auto_now_add in saved:
            field.auto_now, field.auto_now_add = auto_now, auto_now_add


def unique_references(count):
    taken = set(ConsultationRequest.objects.values_list("reference", flat=True))
    references = set()
    while len(references) < count:
        reference = new_reference()
        if reference not in taken:
            references.add(reference)
    return list(references)


def add_requests(count, city_names, staff, rng, years=3):
    """Insert `count` requests spread over `years`, with history and some notes."""
    now = timezone.now()
    span = timedelta(days=365 * years)
    references = iter(unique_references(count))
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    with (
        transaction.atomic(),
        timestamps_as_given(ConsultationRequest, StatusChange, InternalNote),
    ):
        for start in range(0, count, BATCH_SIZE):
            size = min(BATCH_SIZE, count - start)
            requests = [
                new_request(
                    next(references),
                    received=now - span * (1 - (start + offset) / count),
                    status=rng.choices(statuses, weights)[0],
                    city_names=city_names,
                    staff=staff,
                    rng=rng,
                )
                for offset in range(size)
            ]
            ConsultationRequest.objects.bulk_create(requests)
            StatusChange.objects.bulk_create(
                itertools.chain.from_iterable(history(r, staff, rng) for r in requests)
            )
            InternalNote.objects.bulk_create(
                itertools.chain.from_iterable(notes(r, staff, rng) for r in requests)
            )


def new_request(reference, received, status, city_names, staff, rng):
    number = rng.randrange(10_000_000)
    residence = rng.choice(list(Residence))
    open_status = status in {Status.NEW, Status.CONTACTED, Status.SCHEDULED}
    return ConsultationRequest(
        reference=reference,
        created_at=received,
        updated_at=received,
        full_name=person_name(rng),
        email=f"prospect{number}@example.com" if number % 4 else "",
        phone=connecticut_phone(number),
        contact_method=rng.choice(list(ContactMethod)),
        best_time=rng.choice(list(BestTime)),
        preferred_language=rng.choice(list(PreferredLanguage)),
        residence=residence,
        city=rng.choice(city_names) if residence == Residence.LISTED_CITY else "",
        matter=rng.choice(list(Matter)),
        is_urgent=rng.random() < 0.15,
        message="We need advice about a hearing next month.",
        accepted_disclaimer=True,
        consented_to_contact=True,
        language=rng.choice(["en", "es"]),
        source_url="/en/cities/",
        status=status,
        assigned_to=rng.choice(staff) if status != Status.NEW else None,
        follow_up_on=(received + timedelta(days=7)).date() if open_status else None,
        firm_notified_at=received,
        acknowledged_at=received,
        notifications_queued_at=received,
    )


def connecticut_phone(number):
    """(860) 200-0000 and up; built rather than parsed, which would take a minute."""
    national = 8_602_000_000 + number % 7_000_000
    e164 = f"+1{national}"
    return PhoneNumber(country_code=1, national_number=national, raw_input=e164)


def history(request, staff, rng):
    path = PATHS[request.status]
    steps = zip(["", *path[:-1]], path, strict=True)
    return [
        StatusChange(
            request=request,
            from_status=from_status,
            to_status=to_status,
            changed_by=rng.choice(staff) if from_status else None,
            changed_at=request.created_at + timedelta(hours=20 * index),
        )
        for index, (from_status, to_status) in enumerate(steps)
    ]


def notes(request, staff, rng):
    return [
        InternalNote(
            request=request,
            author=rng.choice(staff),
            created_at=request.created_at + timedelta(hours=3 * (index + 1)),
            text="Called back; left a voicemail in Spanish.",
        )
        for index in range(rng.choice([0, 0, 1, 2]))
    ]


def load_volume(cities, articles, requests, report, *, bookings, client_list, seed=7):
    """Bring the site up to the given volume; `report` hears how long each took."""
    rng = random.Random(seed)  # noqa: S311 (made-up data, repeatable)
    started = time.monotonic()
    with transaction.atomic():
        city_pages = add_cities(cities, rng)
        add_articles(articles, city_pages, rng)
    report(f"{Page.objects.live().count()} live pages ({elapsed(started)}).")
    started = time.monotonic()
    staff = staff_members()
    missing = requests - ConsultationRequest.objects.count()
    add_requests(missing, [city.title for city in city_pages], staff, rng)
    stored = ConsultationRequest.objects.count()
    report(f"{stored} consultation requests with history ({elapsed(started)}).")
    started = time.monotonic()
    report(f"{add_intake_volume(bookings, client_list, rng)} ({elapsed(started)}).")


def elapsed(started):
    return f"{time.monotonic() - started:.0f} s"
