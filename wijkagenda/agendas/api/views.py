"""The agenda API: agendas of a region, one agenda, its versions and the difference between two."""

from dataclasses import asdict

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from wijkagenda.web.pagination import ItemsPagination

from .. import selectors, services
from ..compute.diff import diff_items
from ..models import Agenda


class AgendaSerializer(serializers.ModelSerializer):
    region = serializers.CharField(source="area_id")
    versions = serializers.SerializerMethodField()
    current = serializers.SerializerMethodField()

    class Meta:
        model = Agenda
        fields = [
            "id",
            "region",
            "cycle",
            "title",
            "alpha",
            "stage",
            "notes",
            "versions",
            "current",
        ]

    def get_versions(self, agenda) -> list[dict]:
        return [
            {"number": v.number, "stage": v.stage, "publishedAt": v.created_at}
            for v in agenda.versions.order_by("number")
        ]

    def get_current(self, agenda) -> dict:
        """The latest published version, or the draft as it is now when none is published."""
        version = agenda.versions.order_by("-number").first()
        return version.snapshot if version else services.snapshot(agenda)


class AgendaFilterSerializer(serializers.Serializer):
    region = serializers.CharField(
        required=False, max_length=10, help_text="The agendas of this area, e.g. WK051828."
    )


class AgendaViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Neighbourhood agendas with their current content and versions."""

    serializer_class = AgendaSerializer
    pagination_class = ItemsPagination

    def get_queryset(self):
        filters = AgendaFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return selectors.agenda_list(region=filters.validated_data.get("region"))

    @extend_schema(parameters=[AgendaFilterSerializer])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(summary="One published version (an immutable snapshot)")
    @action(detail=True, url_path=r"versions/(?P<number>\d+)")
    def version(self, request, pk=None, number=None):
        version = selectors.version_get(agenda=self.get_object(), number=int(number))
        if version is None:
            raise NotFound(f"This agenda has no version {number}.")
        return Response(
            {
                "number": version.number,
                "stage": version.stage,
                "publishedAt": version.created_at,
                **version.snapshot,
            }
        )

    @extend_schema(
        summary="What changed from one version to another",
        parameters=[
            OpenApiParameter("from", int, required=True, description="the earlier version number")
        ],
    )
    @action(detail=True, url_path=r"versions/(?P<number>\d+)/diff")
    def diff(self, request, pk=None, number=None):
        agenda = self.get_object()
        earlier = request.query_params.get("from", "")
        if not earlier.isdigit():
            raise ValidationError({"from": "Give the earlier version number, e.g. from=1."})
        old = selectors.version_get(agenda=agenda, number=int(earlier))
        new = selectors.version_get(agenda=agenda, number=int(number))
        if old is None or new is None:
            raise NotFound("This agenda has no such versions to compare.")
        changes = diff_items(old.snapshot["items"], new.snapshot["items"])
        return Response(
            {
                "from": old.number,
                "to": new.number,
                "changes": [{**asdict(c), "fields": list(c.fields)} for c in changes],
            }
        )
