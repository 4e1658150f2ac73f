"""Factories for consultation requests, shared by the intake and dashboard tests."""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from consultations.choices import (
    ClientRelationship,
    ConflictOutcome,
    ContactMethod,
    Matter,
    PartyRole,
    PreferredLanguage,
    Residence,
    Status,
)
from consultations.models import (
    ClientListEntry,
    ConflictCheck,
    ConsultationRequest,
    OtherParty,
    StatusChange,
)
from consultations.references import REFERENCE_ALPHABET, REFERENCE_LENGTH


def numbered_reference(number):
    """A reference no other factory-made request has: random ones collide now
    and then in a batch of thousands (a unique-constraint failure in a test)."""
    base = len(REFERENCE_ALPHABET)
    code = ""
    for _ in range(REFERENCE_LENGTH):
        number, digit = divmod(number, base)
        code = REFERENCE_ALPHABET[digit] + code
    return f"CR-{code}"


class StatusChangeFactory(DjangoModelFactory):
    request = factory.SubFactory(
        "tests.consultations.factories.ConsultationRequestFactory"
    )
    from_status = ""
    to_status = Status.NEW

    class Meta:
        model = StatusChange


class ConsultationRequestFactory(DjangoModelFactory):
    """A request as the form saves it, with its first history row (from "" to
    the status it was created with, by the system)."""

    reference = factory.Sequence(numbered_reference)
    full_name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"prospect{n}@example.com")
    phone = factory.Sequence(lambda n: f"+1860555{n % 10000:04d}")
    contact_method = ContactMethod.PHONE
    preferred_language = PreferredLanguage.ENGLISH
    residence = Residence.LISTED_CITY
    city = "Hartford"
    matter = Matter.FAMILY
    accepted_disclaimer = True
    consented_to_contact = True
    language = "en"
    status = Status.NEW

    first_status_change = factory.RelatedFactory(
        StatusChangeFactory,
        factory_related_name="request",
        to_status=factory.SelfAttribute("..status"),
    )

    class Meta:
        model = ConsultationRequest
        skip_postgeneration_save = True


class OtherPartyFactory(DjangoModelFactory):
    request = factory.SubFactory(ConsultationRequestFactory)
    name = factory.Faker("name")
    role = PartyRole.SPOUSE

    class Meta:
        model = OtherParty


class ClientListEntryFactory(DjangoModelFactory):
    name = factory.Faker("name")
    relationship = ClientRelationship.CLIENT

    class Meta:
        model = ClientListEntry


class ConflictCheckFactory(DjangoModelFactory):
    request = factory.SubFactory(ConsultationRequestFactory)
    outcome = ConflictOutcome.CLEARED
    decided_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ConflictCheck
