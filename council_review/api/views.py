"""The council API: meetings, an agenda's annotations (public ones for everyone; councillors
write with session or token authentication) and decisions, and a wijk's timeline."""

from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response
from rest_framework.views import APIView

from neighbourhoods.models import Region
from wijkagenda.agendas.models import Agenda, AgendaVersion
from wijkagenda.web.pagination import ItemsPagination

from .. import selectors, services
from ..models import Annotation, Decision, Meeting, MeetingItem, Outcome


class MeetingItemSerializer(serializers.ModelSerializer):
    isHeading = serializers.BooleanField(source="is_heading")

    class Meta:
        model = MeetingItem
        fields = ["id", "position", "number", "title", "isHeading", "documents"]


class MeetingSerializer(serializers.ModelSerializer):
    council = serializers.CharField(source="council.area_id")
    startsAt = serializers.DateTimeField(source="starts_at")
    sourceId = serializers.CharField(source="source_id")
    items = MeetingItemSerializer(many=True, read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "council",
            "body",
            "title",
            "startsAt",
            "location",
            "documents",
            "source",
            "sourceId",
            "url",
            "items",
        ]


class MeetingFilterSerializer(serializers.Serializer):
    council = serializers.CharField(
        required=False, max_length=10, help_text="The council's area, e.g. GM0518."
    )


class MeetingViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Council meetings with their ordered items and documents."""

    serializer_class = MeetingSerializer
    pagination_class = ItemsPagination

    def get_queryset(self):
        filters = MeetingFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        meetings = Meeting.objects.select_related("council").prefetch_related("items")
        council = filters.validated_data.get("council")
        return meetings.filter(council__area_id=council.upper()) if council else meetings

    @extend_schema(parameters=[MeetingFilterSerializer])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


class AnnotationSerializer(serializers.ModelSerializer):
    version = serializers.IntegerField(source="version.number")
    author = serializers.SerializerMethodField()
    createdAt = serializers.DateTimeField(source="created_at")
    editedAt = serializers.DateTimeField(source="edited_at")
    parent = serializers.IntegerField(source="parent_id")

    class Meta:
        model = Annotation
        fields = [
            "id",
            "version",
            "theme",
            "kind",
            "stage",
            "visibility",
            "text",
            "author",
            "role",
            "party",
            "parent",
            "createdAt",
            "editedAt",
        ]

    def get_author(self, annotation) -> str:
        return annotation.author.get_full_name() or annotation.author.get_username()


class AnnotationCreateSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1)
    theme = serializers.CharField(required=False, allow_blank=True, default="")
    kind = serializers.CharField()
    text = serializers.CharField(max_length=services.MAX_TEXT)
    visibility = serializers.ChoiceField(choices=["public", "griffie"], default="public")


class AgendaAnnotationsView(APIView):
    """GET: the annotations of an agenda you may read. POST: a councillor's annotation."""

    @extend_schema(responses={200: AnnotationSerializer(many=True)})
    def get(self, request, pk: int):
        agenda = get_object_or_404(Agenda, pk=pk)
        visible = [
            a
            for version in agenda.versions.all()
            for a in services.annotations_visible(version=version, user=request.user)
        ]
        return Response({"items": AnnotationSerializer(visible, many=True).data})

    @extend_schema(request=AnnotationCreateSerializer, responses={201: AnnotationSerializer})
    def post(self, request, pk: int):
        agenda = get_object_or_404(Agenda, pk=pk)
        body = AnnotationCreateSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        data = body.validated_data
        version = AgendaVersion.objects.filter(agenda=agenda, number=data["version"]).first()
        if version is None:
            raise NotFound(f"This agenda has no version {data['version']}.")
        try:
            annotation = services.annotation_create(
                version=version,
                user=request.user,
                kind=data["kind"],
                text=data["text"],
                theme=data["theme"],
                visibility=data["visibility"],
                now=timezone.now(),
            )
        except ValueError as error:
            raise ValidationError({"text": str(error)}) from error
        return Response(AnnotationSerializer(annotation).data, status=status.HTTP_201_CREATED)


class DecisionSerializer(serializers.Serializer):
    theme = serializers.CharField(help_text="The theme key of the item decided on.")
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    motivation = serializers.CharField()
    reference = serializers.CharField(help_text="The council decision: motion, amendment, meeting.")
    decidedAt = serializers.DateTimeField()
    meetingItem = serializers.IntegerField(allow_null=True)


class DecisionListSerializer(serializers.Serializer):
    items = DecisionSerializer(many=True)


class TimelineEventSerializer(serializers.Serializer):
    type = serializers.ChoiceField(choices=["stage", "meeting", "annotation"])
    at = serializers.DateTimeField()
    stage = serializers.CharField()
    version = serializers.IntegerField(required=False, help_text="For a stage move.")
    title = serializers.CharField(required=False, help_text="For a meeting.")
    item = serializers.CharField(required=False, help_text="For a meeting: its agenda item.")
    kind = serializers.CharField(required=False, help_text="For an annotation.")
    party = serializers.CharField(required=False, help_text="For an annotation.")
    text = serializers.CharField(required=False, help_text="For an annotation.")


class FeedbackSerializer(serializers.Serializer):
    theme = serializers.CharField()
    rank = serializers.IntegerField(help_text="The item's rank on the agenda.")
    residentsRank = serializers.IntegerField(allow_null=True)
    decision = serializers.CharField(allow_null=True)


class TimelineSerializer(serializers.Serializer):
    region = serializers.CharField()
    agenda = serializers.IntegerField(allow_null=True)
    events = TimelineEventSerializer(many=True)
    feedback = FeedbackSerializer(many=True, required=False)


class AgendaDecisionsView(APIView):
    """The council's decisions on an agenda's items."""

    @extend_schema(responses={200: DecisionListSerializer})
    def get(self, request, pk: int):
        agenda = get_object_or_404(Agenda, pk=pk)
        decisions = Decision.objects.filter(agenda=agenda)
        return Response(
            {
                "items": [
                    {
                        "theme": d.theme,
                        "outcome": d.outcome,
                        "motivation": d.motivation,
                        "reference": d.reference,
                        "decidedAt": d.decided_at,
                        "meetingItem": d.meeting_item_id,
                    }
                    for d in decisions
                ]
            }
        )


class RegionTimelineView(APIView):
    """A wijk's public timeline: stage moves, meetings, public annotations, decisions."""

    @extend_schema(responses={200: TimelineSerializer})
    def get(self, request, code: str):
        region = Region.objects.filter(code=code.upper()).first()
        if region is None:
            raise NotFound(f"There is no region with code {code!r}.")
        timeline = selectors.timeline(region=region)
        if timeline is None:
            return Response({"region": region.code, "agenda": None, "events": []})
        events = [
            {"type": "stage", "stage": m.to_stage, "at": m.moved_at, "version": m.version.number}
            for m in timeline["moves"]
        ]
        events += [
            {
                "type": "meeting",
                "title": e["meeting"].title,
                "at": e["meeting"].starts_at,
                "item": e["link"].meeting_item.title,
                "stage": e["link"].stage,
            }
            for e in timeline["meetings"]
        ]
        events += [
            {
                "type": "annotation",
                "kind": a.kind,
                "party": a.party,
                "text": a.text,
                "at": a.created_at,
                "stage": a.stage,
            }
            for a in timeline["annotations"]
        ]
        events.sort(key=lambda event: event["at"])
        return Response(
            {
                "region": region.code,
                "agenda": timeline["agenda"].pk,
                "events": events,
                "feedback": [
                    {
                        "theme": row["item"].theme_id,
                        "rank": row["item"].rank,
                        "residentsRank": row["resident_rank"],
                        "decision": row["decision"].outcome if row["decision"] else None,
                    }
                    for row in timeline["feedback"]
                ],
            }
        )
