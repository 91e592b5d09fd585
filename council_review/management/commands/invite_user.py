from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from council_review.accounts import user_invite
from council_review.models import Council, Role


class Command(BaseCommand):
    help = "Invite someone by e-mail to a council with a role; they choose their own password."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--council", required=True, help="the council's area, e.g. GM0518")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--party", default="", help="for councillors")

    def handle(self, *args, email, council, role, party, **options):
        found = Council.objects.filter(area_id=council.strip().upper()).first()
        if found is None:
            raise CommandError(f"--council {council}: no council for this area (see /admin/)")
        site = urlsplit(settings.WIJKAGENDA_SITE_URL)
        user_invite(
            email=email,
            council=found,
            role=role,
            party=party,
            domain=site.netloc,
            use_https=site.scheme == "https",
        )
        self.stdout.write(self.style.SUCCESS(f"{email} invited as {role} of {found.name}."))
