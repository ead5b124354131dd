"""Single sign-on routes under /oidc/, named as mozilla-django-oidc expects."""

from django.urls import path

from . import views

urlpatterns = [
    path("authenticate/", views.OIDCAuthenticate.as_view(), name="oidc_authentication_init"),
    path("callback/", views.OIDCCallback.as_view(), name="oidc_authentication_callback"),
]
