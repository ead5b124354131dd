"""/api/: the versioned JSON API, its OpenAPI schema, and the page for personal tokens."""

from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import SimpleRouter

from . import token_views, views

app_name = "api"

router = SimpleRouter(use_regex_path=False)
router.register("regions", views.RegionViewSet, basename="region")
router.register("clusters", views.ClusterViewSet, basename="cluster")
router.register("organisations", views.OrganisationViewSet, basename="organisation")
router.register("fora", views.ForumViewSet, basename="forum")
router.register("people", views.PersonViewSet, basename="person")
router.register("memberships", views.MembershipViewSet, basename="membership")
router.register("terms-of-reference", views.TermsViewSet, basename="terms")
router.register("meetings", views.MeetingViewSet, basename="meeting")
router.register("agenda-items", views.AgendaItemViewSet, basename="agenda_item")
router.register("attachments", views.AttachmentViewSet, basename="attachment")
router.register("actions", views.ActionViewSet, basename="action")
router.register("initiatives", views.InitiativeViewSet, basename="initiative")
router.register("funds", views.FundViewSet, basename="fund")
router.register("agreements", views.AgreementViewSet, basename="agreement")

# The API answers anonymous callers itself (public objects only), so the site-wide login
# requirement does not apply to it; the token page does require a login.
for pattern in router.urls:
    login_not_required(pattern.callback)

urlpatterns = [
    path("v1/", include(router.urls)),
    path("openapi.json", login_not_required(SpectacularJSONAPIView.as_view()), name="schema"),
    path("noegler/", token_views.tokens, name="tokens"),
    path("noegler/<int:pk>/tilbagekald/", token_views.revoke, name="token_revoke"),
]
