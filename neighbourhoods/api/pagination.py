from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response


class FeatureCollectionPagination(PageNumberPagination):
    """Pages of a GeoJSON FeatureCollection, with counts and links as OGC API Features has."""

    page_size = 100
    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 1000

    def get_paginated_response(self, data):
        links = [{"rel": "self", "href": self.request.build_absolute_uri()}]
        if self.get_next_link():
            links.append({"rel": "next", "href": self.get_next_link()})
        if self.get_previous_link():
            links.append({"rel": "prev", "href": self.get_previous_link()})
        return Response(
            {
                "type": "FeatureCollection",
                "numberMatched": self.page.paginator.count,
                "numberReturned": len(data),
                "links": links,
                "features": data,
            },
            content_type="application/geo+json",
        )

    def get_paginated_response_schema(self, schema):
        return schema
