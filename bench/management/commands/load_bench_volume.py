from django.core.management.base import BaseCommand

from bench.volume import load_volume


class Command(BaseCommand):
    help = (
        "Add benchmark volume on top of the demo content (run load_demo_content "
        "first): city pages, articles, consultation requests with history, "
        "future bookings, other parties and the firm's client list."
    )

    def add_arguments(self, parser):
        parser.add_argument("--cities", type=int, default=30)
        parser.add_argument("--articles", type=int, default=500)
        parser.add_argument("--requests", type=int, default=100_000)
        parser.add_argument("--bookings", type=int, default=5_000)
        parser.add_argument("--client-list", type=int, default=20_000)

    def handle(self, *args, cities, articles, requests, **options):
        load_volume(
            cities,
            articles,
            requests,
            report=self.stdout.write,
            bookings=options["bookings"],
            client_list=options["client_list"],
        )
