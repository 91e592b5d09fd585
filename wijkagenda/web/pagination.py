"""Pages of a list: counts, links (self, next, prev), then the items.

`ItemsPagination` for JSON lists; `neighbourhoods.api.pagination.FeatureCollectionPagination`
gives GeoJSON the same counts and links.
"""

from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response


class ItemsPagination(PageNumberPagination):
    page_size = 100
    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 1000

    def page_header(self, data) -> dict:
        """`numberMatched`, `numberReturned` and `links`, as OGC API Features names them."""
        links = [{"rel": "self", "href": self.request.build_absolute_uri()}]
        if self.get_next_link():
            links.append({"rel": "next", "href": self.get_next_link()})
        if self.get_previous_link():
            links.append({"rel": "prev", "href": self.get_previous_link()})
        return {
            "numberMatched": self.page.paginator.count,
            "numberReturned": len(data),
            "links": links,
        }

    def get_paginated_response(self, data):
        return Response({**self.page_header(data), "items": data})

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["numberMatched", "numberReturned", "links", "items"],
            "properties": {
                "numberMatched": {"type": "integer"},
                "numberReturned": {"type": "integer"},
                "links": {"type": "array", "items": {"type": "object"}},
                "items": schema,
            },
        }
