from drf_spectacular.utils import extend_schema
from rest_framework import mixins, permissions, viewsets

from wijkagenda.web.pagination import ItemsPagination

from .. import selectors
from .serializers import (
    ImportRunSerializer,
    IndicatorFilterSerializer,
    IndicatorSerializer,
    ThemeSerializer,
)


class ThemeViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The themes of the agenda (wonen, veiligheid, …), in their order."""

    serializer_class = ThemeSerializer
    pagination_class = ItemsPagination
    lookup_field = "key"
    queryset = selectors.theme_list()


class IndicatorViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The indicators: what each figure measures, its unit, polarity, source and licence."""

    serializer_class = IndicatorSerializer
    pagination_class = ItemsPagination
    lookup_field = "key"

    def get_queryset(self):
        filters = IndicatorFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return selectors.indicator_list(theme=filters.validated_data.get("theme"))

    @extend_schema(parameters=[IndicatorFilterSerializer])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


class ImportRunViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Every import attempt with its provenance and error list (staff only)."""

    serializer_class = ImportRunSerializer
    pagination_class = ItemsPagination
    permission_classes = [permissions.IsAdminUser]
    queryset = selectors.import_run_list()
