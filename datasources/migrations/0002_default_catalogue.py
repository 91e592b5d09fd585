"""Load the default catalogue: nine themes and every measure in the shipped data."""

from django.db import migrations


def load(apps, schema_editor):
    from datasources.services import catalogue_sync  # the function, applied to migration states

    catalogue_sync(
        theme_model=apps.get_model("datasources", "Theme"),
        indicator_model=apps.get_model("datasources", "Indicator"),
    )


class Migration(migrations.Migration):
    dependencies = [("datasources", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
