from django.core.management.base import BaseCommand, CommandError

from council_review.services import council_setup
from neighbourhoods.models import Region


class Command(BaseCommand):
    help = (
        "Make the council of a municipality (gemeenteraad) or a province (Provinciale Staten) so "
        "that its people can be invited and its agendas move through the stages. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("area", help="the municipality or province, e.g. GM0518 or PV28")
        parser.add_argument("--name", default="", help='e.g. "Gemeenteraad Den Haag"')

    def handle(self, *args, area, name, **options):
        code = area.strip().upper()
        region = Region.objects.filter(code=code).first()
        if region is None:
            raise CommandError(
                f"{code}: there is no such area; import its boundaries first with import_regions"
            )
        try:
            council, created = council_setup(area=region, name=name.strip())
        except ValueError as error:
            raise CommandError(str(error)) from error
        members = council.members.count()
        verb = "made" if created else "already there"
        self.stdout.write(
            self.style.SUCCESS(f"{council.name} ({council.area_id}): {verb}, {members} members.")
        )
        if not members:
            self.stdout.write(
                f"Invite its people with: python manage.py invite_user EMAIL --council {code} "
                "--role officer|griffie|councillor|moderator|admin"
            )
