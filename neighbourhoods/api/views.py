from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from datasources.api.serializers import ObservationFilterSerializer, ObservationSerializer
from datasources.selectors import observation_list
from wijkagenda.web.pagination import ItemsPagination

from .. import selectors
from ..models import Region
from .pagination import FeatureCollectionPagination
from .serializers import (
    FeatureCollectionSerializer,
    RegionFeatureSerializer,
    RegionFilterSerializer,
)


class RegionViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """CBS regions (country, provinces, municipalities, wijken, buurten) as GeoJSON."""

    serializer_class = RegionFeatureSerializer
    pagination_class = FeatureCollectionPagination
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z0-9]+"

    def get_queryset(self):
        filters = RegionFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return selectors.region_list(
            parent=filters.validated_data.get("parent"),
            level=filters.validated_data.get("level"),
            text=filters.validated_data.get("q", ""),
        )

    @extend_schema(
        parameters=[RegionFilterSerializer],
        responses={200: FeatureCollectionSerializer},
        summary="List regions as a GeoJSON FeatureCollection",
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    @extend_schema(
        responses={200: RegionFeatureSerializer, 404: OpenApiResponse(description="Unknown code")},
        summary="One region as a GeoJSON Feature",
    )
    def retrieve(self, request, code: str):
        try:
            region = selectors.region_get(code=code)
        except Region.DoesNotExist as error:
            raise NotFound(f"There is no region with code {code!r}.") from error
        return Response(self.get_serializer(region).data, content_type="application/geo+json")

    @extend_schema(
        parameters=[ObservationFilterSerializer],
        responses={200: ObservationSerializer(many=True)},
        summary="The figures of one region, with unit, source and licence",
    )
    @action(detail=True, url_path="observations", pagination_class=ItemsPagination)
    def observations(self, request, code: str):
        if not selectors.region_exists(code=code):
            raise NotFound(f"There is no region with code {code!r}.")
        filters = ObservationFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        queryset = observation_list(region_code=code, **filters.validated_data)
        page = self.paginate_queryset(queryset)
        return self.get_paginated_response(ObservationSerializer(page, many=True).data)
