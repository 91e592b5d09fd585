"""The participation API: send a ranking (it counts once confirmed by e-mail), read priorities."""

from django.utils import timezone
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, Throttled, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from .. import participation, selectors
from ..models import AgeBand, Contribution, ContributionKind, Gender, Region, Residence, Voted
from ..ratelimit import RateLimited, client_ip, rate_limit_hit


class ContributionSerializer(serializers.Serializer):
    theme = serializers.CharField()
    kind = serializers.ChoiceField(choices=ContributionKind.values)
    text = serializers.CharField(max_length=participation.MAX_TEXT)


class RankingSerializer(serializers.Serializer):
    region = serializers.CharField(help_text="The wijk the ranking is for, e.g. WK051828.")
    email = serializers.EmailField(help_text="Receives the confirmation link.")
    themes = serializers.ListField(
        child=serializers.CharField(), min_length=1, help_text="Theme keys, most important first."
    )
    ageBand = serializers.ChoiceField(choices=AgeBand.values, required=False, allow_blank=True)
    gender = serializers.ChoiceField(choices=Gender.values, required=False, allow_blank=True)
    voted = serializers.ChoiceField(choices=Voted.values, required=False, allow_blank=True)
    residence = serializers.ChoiceField(choices=Residence.values, required=False, allow_blank=True)
    contributions = ContributionSerializer(many=True, required=False)
    subscribe = serializers.BooleanField(required=False, default=False)


class RankingCreateView(APIView):
    """Anonymous: a resident's ranking. 202: it counts once the e-mailed link is opened."""

    authentication_classes = []
    permission_classes = []

    @extend_schema(
        request=RankingSerializer,
        responses={
            202: OpenApiResponse(description="Accepted; confirmation link sent"),
            400: OpenApiResponse(description="Invalid input (problem+json)"),
            429: OpenApiResponse(description="Too many requests (problem+json)"),
        },
        summary="Send a ranking of themes for a wijk",
    )
    def post(self, request):
        body = RankingSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        region = Region.objects.filter(code=data["region"].upper()).first()
        if region is None:
            raise ValidationError({"region": f"Unknown region {data['region']!r}."})
        try:
            rate_limit_hit(scope="ip", key=client_ip(request.META))
            rate_limit_hit(scope="email", key=data["email"])
        except RateLimited as error:
            raise Throttled(wait=error.retry_after) from error
        now = timezone.now()
        submission = participation.SubmissionInput(
            email=data["email"],
            themes=data["themes"],
            age_band=data.get("ageBand", ""),
            gender=data.get("gender", ""),
            voted=data.get("voted", ""),
            residence=data.get("residence", ""),
            subscribe=data["subscribe"],
            contributions=[
                participation.ContributionInput(**c) for c in data.get("contributions", [])
            ],
        )
        try:
            participation.submission_create(
                participation_round=participation.round_current(region=region, now=now),
                region=region,
                data=submission,
                now=now,
            )
        except participation.ParticipationError as error:
            raise ValidationError(error.problems) from error
        return Response({"status": "pending-confirmation"}, status=status.HTTP_202_ACCEPTED)


class PrioritiesView(APIView):
    """Residents' priorities of a wijk in its current round; empty below the minimum count."""

    @extend_schema(
        summary="Residents' priorities per theme for a wijk",
        responses={200: OpenApiResponse(description="Priorities")},
    )
    def get(self, request, code: str):
        region = Region.objects.filter(code=code.upper()).first()
        if region is None:
            raise NotFound(f"There is no region with code {code!r}.")
        current = participation.round_current(region=region, now=timezone.now())
        if current is None:
            return Response(
                {
                    "region": region.code,
                    "round": None,
                    "participants": 0,
                    "suppressed": True,
                    "items": [],
                }
            )
        outcome = selectors.region_priorities(region=region, participation_round=current)
        suppressed = outcome["participants"] < current.min_count
        items = (
            []
            if suppressed or outcome["scores"] is None
            else [
                {
                    "theme": row.theme,
                    "score": round(row.score, 4),
                    "scoreLow": round(row.score_low, 4),
                    "scoreHigh": round(row.score_high, 4),
                    "top3Share": round(row.top3_share, 4),
                    "top3Low": round(row.top3_low, 4),
                    "top3High": round(row.top3_high, 4),
                }
                for row in outcome["scores"].itertuples()
            ]
        )
        summary = outcome["summary"]
        return Response(
            {
                "region": region.code,
                "round": current.title,
                "isDemo": current.is_demo,
                "participants": outcome["participants"],
                "minimumCount": current.min_count,
                "suppressed": suppressed,
                "effectiveN": None
                if suppressed or outcome["scores"] is None
                else round(float(outcome["scores"]["effective_n"].iloc[0]), 1),
                "representativenessIndex": None
                if suppressed or summary is None or summary["index"] != summary["index"]
                else round(float(summary["index"]), 3),
                "items": items,
            }
        )


class ContributionsView(APIView):
    """The approved (public) contributions of a wijk: kind, theme, text, what they answer."""

    @extend_schema(
        summary="Approved resident contributions of a wijk",
        responses={200: OpenApiResponse(description="Contributions")},
    )
    def get(self, request, code: str):
        region = Region.objects.filter(code=code.upper()).first()
        if region is None:
            raise NotFound(f"There is no region with code {code!r}.")
        items = Contribution.objects.public().filter(region=region).select_related("theme")
        return Response(
            {
                "region": region.code,
                "items": [
                    {
                        "theme": c.theme_id,
                        "kind": c.kind,
                        "text": c.text,
                        "topic": c.topic,
                        "createdAt": c.created_at,
                    }
                    for c in items[:500]
                ],
            }
        )
