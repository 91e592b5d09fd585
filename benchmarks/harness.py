"""What every benchmark script shares: Django set up as in production, and the machine line."""

import os
import platform
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(*, database_url: str | None = None) -> None:
    """Django with DEBUG off; the demo database unless `database_url` names another."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkagenda.settings.dev")
    os.environ["DEBUG"] = "false"
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def collect_static() -> None:
    """As in production: hashed, pre-compressed static files (WhiteNoise)."""
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)


def machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def peak_rss_mb() -> float:
    """The peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def report(rows: list[tuple[str, str]]) -> None:
    print(f"| machine | {machine()} |")
    for name, value in rows:
        print(f"| {name} | {value} |")
