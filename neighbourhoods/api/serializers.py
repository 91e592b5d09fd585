from rest_framework import serializers

from ..compute.codes import level_of
from ..models import Region, RegionLevel


def validate_region_code(value: str) -> str:
    if level_of(value) is None:
        raise serializers.ValidationError(
            f"{value!r} is not a CBS region code (NL00, PV28, GM0518, WK051828, BU05182800)."
        )
    return value


class RegionFilterSerializer(serializers.Serializer):
    """Query parameters of the region list."""

    parent = serializers.CharField(
        required=False,
        max_length=10,
        validators=[validate_region_code],
        help_text="Only the parts of this region, e.g. GM0518 for the wijken of Den Haag.",
    )
    level = serializers.ChoiceField(choices=RegionLevel.values, required=False)
    q = serializers.CharField(
        required=False, max_length=100, help_text="Name, code or postcode area (PC4)."
    )


class RegionPropertiesSerializer(serializers.ModelSerializer):
    parentCode = serializers.CharField(source="parent_id", allow_null=True)
    boundaryYear = serializers.IntegerField(source="boundary_year", allow_null=True)
    areaKm2 = serializers.FloatField(source="area_km2", allow_null=True)
    postcodes = serializers.SerializerMethodField()

    class Meta:
        model = Region
        fields = [
            "code",
            "name",
            "level",
            "parentCode",
            "population",
            "areaKm2",
            "boundaryYear",
            "postcodes",
        ]

    def get_postcodes(self, region: Region) -> list[str]:
        return region.postcodes.split()


class RegionFeatureSerializer(serializers.Serializer):
    """A region as a GeoJSON Feature (RFC 7946, WGS84), with its code as id."""

    type = serializers.SerializerMethodField()
    id = serializers.CharField(source="code")
    geometry = serializers.JSONField(allow_null=True)
    properties = serializers.SerializerMethodField()

    def get_type(self, region: Region) -> str:
        return "Feature"

    def get_properties(self, region: Region) -> dict:
        return RegionPropertiesSerializer(region).data


class FeatureCollectionSerializer(serializers.Serializer):
    """Only for the OpenAPI document: the shape of a paginated FeatureCollection."""

    type = serializers.CharField(default="FeatureCollection")
    numberMatched = serializers.IntegerField()
    numberReturned = serializers.IntegerField()
    links = serializers.ListField(child=serializers.DictField())
    features = RegionFeatureSerializer(many=True)
