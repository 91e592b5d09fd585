from rest_framework import serializers

from ..models import ImportRun, Indicator, Observation, Theme


class ThemeSerializer(serializers.ModelSerializer):
    nameNl = serializers.CharField(source="name_nl")
    nameEn = serializers.CharField(source="name_en")
    descriptionNl = serializers.CharField(source="description_nl")
    descriptionEn = serializers.CharField(source="description_en")
    indicatorCount = serializers.IntegerField(source="indicator_count", read_only=True)

    class Meta:
        model = Theme
        fields = [
            "key",
            "nameNl",
            "nameEn",
            "descriptionNl",
            "descriptionEn",
            "position",
            "indicatorCount",
        ]


class IndicatorSerializer(serializers.ModelSerializer):
    theme = serializers.CharField(source="theme_id")
    nameNl = serializers.CharField(source="name_nl")
    nameEn = serializers.CharField(source="name_en")
    descriptionNl = serializers.CharField(source="description_nl")
    descriptionEn = serializers.CharField(source="description_en")
    tableId = serializers.CharField(source="table_id")
    sourceColumn = serializers.CharField(source="source_column")
    sourceTitle = serializers.CharField(source="source_title")
    isTotal = serializers.BooleanField(source="is_total")

    class Meta:
        model = Indicator
        fields = [
            "key",
            "theme",
            "nameNl",
            "nameEn",
            "descriptionNl",
            "descriptionEn",
            "unit",
            "decimals",
            "polarity",
            "normalisation",
            "derived",
            "isTotal",
            "source",
            "tableId",
            "sourceColumn",
            "sourceTitle",
            "licence",
            "attribution",
        ]


class IndicatorFilterSerializer(serializers.Serializer):
    theme = serializers.SlugField(required=False, help_text="Only the indicators of this theme.")


class ObservationSerializer(serializers.ModelSerializer):
    """A value with what it takes to cite it: unit, source, licence, and whether it is derived."""

    indicator = serializers.CharField(source="indicator_id")
    theme = serializers.CharField(source="indicator.theme_id")
    unit = serializers.CharField(source="indicator.unit")
    source = serializers.CharField(source="indicator.source_title")
    tableId = serializers.CharField(source="indicator.table_id")
    licence = serializers.CharField(source="indicator.licence")
    importRun = serializers.IntegerField(source="import_run_id")

    class Meta:
        model = Observation
        fields = [
            "indicator",
            "theme",
            "period",
            "value",
            "unit",
            "derived",
            "source",
            "tableId",
            "licence",
            "importRun",
        ]


class ObservationFilterSerializer(serializers.Serializer):
    indicator = serializers.SlugField(required=False)
    theme = serializers.SlugField(required=False)
    period = serializers.RegexField(r"^\d{4}$", required=False, help_text="A year, e.g. 2024.")


class ImportRunSerializer(serializers.ModelSerializer):
    tableId = serializers.CharField(source="table_id")
    fileName = serializers.CharField(source="file_name")
    startedAt = serializers.DateTimeField(source="started_at")
    finishedAt = serializers.DateTimeField(source="finished_at", allow_null=True)
    rowsRead = serializers.IntegerField(source="rows_read")
    rowsWritten = serializers.IntegerField(source="rows_written")
    rowsRejected = serializers.IntegerField(source="rows_rejected")

    class Meta:
        model = ImportRun
        fields = [
            "id",
            "source",
            "tableId",
            "fileName",
            "sha256",
            "period",
            "municipality",
            "startedAt",
            "finishedAt",
            "rowsRead",
            "rowsWritten",
            "rowsRejected",
            "status",
            "errors",
            "notes",
        ]
