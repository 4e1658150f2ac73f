import json
import os

from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone, translation
from wagtail.log_actions import log

from consultations.erasure import requests_of_prospect
from firm_site.users.superusers import superuser_named


def add_prospect_arguments(parser):
    """How a superuser names the prospect: what the prospect can tell us."""
    parser.add_argument(
        "--reference",
        action="append",
        default=[],
        help="A request's reference, e.g. CR-7K3M9Q (may be repeated).",
    )
    parser.add_argument("--email", default="", help="Every request from this e-mail.")
    parser.add_argument("--phone", default="", help="Every request from this phone.")
    parser.add_argument(
        "--by",
        required=True,
        metavar="USERNAME",
        help="The superuser answering the prospect, for the audit log.",
    )


def find_requests(options):
    if not (options["reference"] or options["email"] or options["phone"]):
        raise CommandError("Name the prospect: --reference, --email or --phone.")
    try:
        return requests_of_prospect(
            references=options["reference"],
            email=options["email"],
            phone=options["phone"],
        )
    except ValueError as error:
        raise CommandError(str(error)) from error


def request_as_record(consultation_request):
    """What the prospect sent and what we recorded, in plain words. Internal
    notes are staff's work, not the prospect's data: an attorney decides
    whether to disclose them."""
    request = consultation_request
    return {
        "reference": request.reference,
        "received": request.created_at,
        "full_name": request.full_name,
        "email": request.email,
        "phone": str(request.phone or ""),
        "preferred_way_to_be_contacted": request.get_contact_method_display(),
        "best_time_to_reach": request.get_best_time_display(),
        "preferred_language": request.get_preferred_language_display(),
        "lives_in": request.city or request.get_residence_display(),
        "matter": request.get_matter_display(),
        "urgent": request.is_urgent,
        "message": request.message,
        "accepted_the_disclaimer": request.accepted_disclaimer,
        "consented_to_be_contacted": request.consented_to_contact,
        "site_language": request.get_language_display(),
        "came_from": request.source_url,
        "utm": {
            "source": request.utm_source,
            "medium": request.utm_medium,
            "campaign": request.utm_campaign,
            "term": request.utm_term,
            "content": request.utm_content,
        },
        "status": request.get_status_display(),
        "consultation_at": request.consultation_at,
        "history": [
            {"status": change.get_to_status_display(), "at": change.changed_at}
            for change in request.status_changes.order_by("changed_at", "pk")
        ],
    }


class Command(BaseCommand):
    help = (
        "Export, as JSON, everything held about a prospect who asks for it: each of "
        "their requests and its history. Superusers only; each export is in the "
        "audit log. Write it where only you can read it (--output makes the file "
        "readable by its owner only) and send it to the prospect securely."
    )

    def add_arguments(self, parser):
        add_prospect_arguments(parser)
        parser.add_argument("--output", help="A new file to write (default: stdout).")

    def handle(self, *args, **options):
        superuser = superuser_named(options["by"])
        requests = list(find_requests(options))
        if not requests:
            raise CommandError("No request matches.")
        with translation.override("en"):
            export = {
                "exported_at": timezone.now(),
                "requests": [request_as_record(request) for request in requests],
            }
        self.write(json.dumps(export, cls=DjangoJSONEncoder, indent=2), options)
        for request in requests:
            log(instance=request, action="consultations.data_export", user=superuser)
        self.stderr.write(f"Exported {len(requests)} request(s).")

    def write(self, text, options):
        if not options["output"]:
            self.stdout.write(text)
            return
        try:
            descriptor = os.open(
                options["output"], os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600
            )
        except FileExistsError as error:
            raise CommandError(f"{options['output']} exists already.") from error
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(text + "\n")
