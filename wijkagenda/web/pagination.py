"""Pages of a list: counts, links (self, next, prev), then the items.

`ItemsPagination` for JSON lists; `neighbourhoods.api.pagination.FeatureCollectionPagination`
gives GeoJSON the same counts and links.
"""

from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response


class ItemsPagination(PageNumberPagination):
    page_size = 100
    page_query_param = "page"
    page_size_query_param = "pageSize"
    max_page_size = 1000
    invalid_page_message = "There is no page {page_number} ({message})."

    def get_page_size(self, request) -> int:
        """`pageSize` from 1 to 1000; anything else is a 400 that says so, not a silent default."""
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        size = _positive(raw)
        if size is None or size > self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        f"Must be a whole number from 1 to {self.max_page_size}, not {raw!r}."
                    ]
                }
            )
        return size

    def get_schema_operation_parameters(self, view):
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            parameter["schema"]["minimum"] = 1
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["maximum"] = self.max_page_size
        return parameters

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw is not None and raw != "last" and _positive(raw) is None:
            raise ValidationError(
                {self.page_query_param: [f"Must be a whole number from 1, not {raw!r}."]}
            )
        return super().paginate_queryset(queryset, request, view)

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


def _positive(raw: str) -> int | None:
    return int(raw) if raw.isascii() and raw.isdigit() and int(raw) > 0 else None
