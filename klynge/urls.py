from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from klynge import health
from klynge.accounts import views as accounts_views
from klynge.workspace import views as workspace_views

# Browsers and PDF viewers ask for /favicon.ico whatever the page says: send them the icon.
favicon = login_not_required(RedirectView.as_view(url=static("klynge/favicon.svg"), permanent=True))

urlpatterns = [
    path("favicon.ico", favicon, name="favicon"),
    path("healthz", health.healthz, name="healthz"),
    path("", workspace_views.front_page, name="home"),
    path("arbejde/", include("klynge.workspace.urls")),
    path("log-ind/", accounts_views.LoginView.as_view(), name="login"),
    path("log-ud/", auth_views.LogoutView.as_view(), name="logout"),
    path("oidc/", include("klynge.accounts.oidc_urls")),
    path("organisation/", include("klynge.organisation.urls")),
    path("moeder/", include("klynge.meetings.urls")),
    path("opfoelgning/", include("klynge.followup.urls")),
    path("portefoelje/", include("klynge.portfolio.urls")),
    path("soeg/", include("klynge.archive.search_urls")),
    path("arkiv/", include("klynge.archive.urls")),
    path("api/", include("klynge.publish.api.urls")),
    path("hjaelp/", include("klynge.guide.urls")),
    path("admin/", admin.site.urls),
    path("oparl/v1.1/", include("klynge.publish.oparl.urls")),
    path("offentlig/", include("klynge.publish.site.urls")),
    path("offentlig/", include("klynge.publish.feed_urls")),
]
