from rest_framework.response import Response

from wijkagenda.web.pagination import ItemsPagination


class FeatureCollectionPagination(ItemsPagination):
    """Pages of a GeoJSON FeatureCollection, with counts and links as OGC API Features has."""

    def get_paginated_response(self, data):
        return Response(
            {"type": "FeatureCollection", **self.page_header(data), "features": data},
            content_type="application/geo+json",
        )

    def get_paginated_response_schema(self, schema):
        return schema
