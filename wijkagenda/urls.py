"""The project's URLs: pages (Dutch at /, English at /en/), the API under /api/v1/."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import DefaultRouter

from council_review import views as council_views
from council_review.accounts import ThrottledLoginView
from council_review.api.views import (
    AgendaAnnotationsView,
    AgendaDecisionsView,
    MeetingViewSet,
    RegionTimelineView,
)
from datasources.api.views import ImportRunViewSet, IndicatorViewSet, ThemeViewSet
from neighbourhoods import import_views, participation_views
from neighbourhoods.api.participation import (
    ContributionsView,
    PrioritiesView,
    RankingCreateView,
)
from neighbourhoods.api.views import RegionViewSet
from wijkagenda.agendas import views as agenda_views
from wijkagenda.agendas.api.views import AgendaViewSet


class ApiRouter(DefaultRouter):
    """One router for the whole API: no trailing slashes, no browsable root."""

    include_root_view = False
    include_format_suffixes = False


router = ApiRouter(trailing_slash="")
router.register("regions", RegionViewSet, basename="region")
router.register("themes", ThemeViewSet, basename="theme")
router.register("indicators", IndicatorViewSet, basename="indicator")
router.register("import-runs", ImportRunViewSet, basename="import-run")
router.register("agendas", AgendaViewSet, basename="agenda")
router.register("meetings", MeetingViewSet, basename="meeting")

api_patterns = [
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
    path("rankings", RankingCreateView.as_view(), name="ranking-create"),
    path(
        "agendas/<int:pk>/annotations", AgendaAnnotationsView.as_view(), name="agenda-annotations"
    ),
    path("agendas/<int:pk>/decisions", AgendaDecisionsView.as_view(), name="agenda-decisions"),
    path("regions/<str:code>/timeline", RegionTimelineView.as_view(), name="region-timeline"),
    path(
        "regions/<str:code>/contributions", ContributionsView.as_view(), name="region-contributions"
    ),
    path("regions/<str:code>/priorities", PrioritiesView.as_view(), name="region-priorities"),
    *router.urls,
]

urlpatterns = [
    path("api/v1/", include((api_patterns, "api"), namespace="v1")),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    *i18n_patterns(
        path("", agenda_views.map_page, name="region-map"),
        path("wijken/<str:code>", council_views.region_page, name="region-detail"),
        path(
            "wijken/<str:code>/meedoen",
            participation_views.participation_form,
            name="participation-form",
        ),
        path("wijken/<str:code>/agenda", council_views.agenda_page, name="agenda-page"),
        path(
            "wijken/<str:code>/agenda/versies/<int:number>/reacties",
            council_views.annotation_create,
            name="annotation-create",
        ),
        path(
            "wijken/<str:code>/agenda/reacties/<int:pk>/antwoord",
            council_views.annotation_reply,
            name="annotation-reply",
        ),
        path("wijken/<str:code>/agenda/fase", council_views.stage_move, name="stage-move"),
        path(
            "wijken/<str:code>/agenda/reacties/<int:pk>/wijzigen",
            council_views.annotation_edit,
            name="annotation-edit",
        ),
        path(
            "wijken/<str:code>/agenda/rapport.<str:fmt>",
            council_views.agenda_report,
            name="agenda-report",
        ),
        path("wijken/<str:code>/agenda/vragen", council_views.question_ask, name="question-ask"),
        path(
            "wijken/<str:code>/agenda/volgen", council_views.follow_toggle, name="councillor-follow"
        ),
        path("wijken/<str:code>/antwoord", council_views.answer_submit, name="answer-submit"),
        path(
            "wijken/<str:code>/agenda/besluiten",
            council_views.decision_record,
            name="decision-record",
        ),
        path(
            "wijken/<str:code>/agenda/vergaderingen",
            council_views.meeting_link,
            name="meeting-link",
        ),
        path("beheer/agendas", council_views.officer_agenda_list, name="agenda-officer-list"),
        path(
            "beheer/agendas/rapporten.zip",
            council_views.officer_reports_zip,
            name="agenda-reports-zip",
        ),
        path(
            "open-data/wijkagendas-<str:code>.<str:fmt>", council_views.open_data, name="open-data"
        ),
        path("beheer/agendas/<int:pk>", council_views.officer_agenda_edit, name="agenda-edit"),
        path(
            "wijken/<str:code>/poster.pdf",
            participation_views.participation_poster,
            name="participation-poster",
        ),
        path(
            "wijken/<str:code>/volgen",
            participation_views.subscription_request,
            name="subscription-request",
        ),
        path(
            "meedoen/bevestigen/<str:token>",
            participation_views.participation_confirm,
            name="participation-confirm",
        ),
        path(
            "meedoen/mijn-gegevens/<str:token>",
            participation_views.participation_my_data,
            name="participation-my-data",
        ),
        path(
            "volgen/bevestigen/<str:token>",
            participation_views.subscription_confirm,
            name="subscription-confirm",
        ),
        path(
            "volgen/stoppen/<str:token>",
            participation_views.subscription_stop,
            name="subscription-stop",
        ),
        path("privacy", participation_views.privacy, name="privacy"),
        path("inloggen", ThrottledLoginView.as_view(), name="login"),
        path(
            "wachtwoord/<uidb64>/<token>",
            auth_views.PasswordResetConfirmView.as_view(),
            name="password_reset_confirm",
        ),
        path(
            "wachtwoord/klaar",
            auth_views.PasswordResetCompleteView.as_view(),
            name="password_reset_complete",
        ),
        path("uitloggen", auth_views.LogoutView.as_view(), name="logout"),
        path("beheer/moderatie", council_views.moderation_queue, name="moderation-queue"),
        path("beheer/imports", import_views.import_list, name="import-list"),
        path("beheer/imports/kolommen", import_views.import_map, name="import-map"),
        path("beheer/imports/<int:pk>", import_views.import_detail, name="import-detail"),
        prefix_default_language=False,
    ),
]

handler400 = "wijkagenda.web.problems.bad_request"
handler404 = "wijkagenda.web.problems.page_not_found"
handler500 = "wijkagenda.web.problems.server_error"
