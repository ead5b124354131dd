"""The demo logins (only built when settings.DEMO is true)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model

from klynge.accounts.models import Role, RoleAssignment
from klynge.organisation.models import Cluster, Forum, Person

from .midtklyngen import CLUSTER, STEERING
from .reform_councils import COUNCILS

PASSWORD = "klynge-demo"


@dataclass(frozen=True)
class Login:
    username: str
    role: str  # accounts.Role
    role_da: str
    scope: str  # "cluster", "council", "forum" or "" (everything)
    person: str | None = None  # the registry person the user is, if any


# Users for a walk-through of Midtklyngen and its council; formand, medlem and sekretariat are
# people from seed 003 so that "my fora" shows something.
LOGINS = [
    Login("admin", Role.ADMINISTRATOR, "Administrator", ""),
    Login("sekretariat", Role.SECRETARIAT, "Sekretariat", "cluster", "Mette Kvist"),
    Login("formand", Role.CHAIR, "Formand", "forum", "Mette Andreassen"),
    Login("medlem", Role.MEMBER, "Medlem", "forum", "Kristine Stange"),
    Login("laeser", Role.READER, "Læser", "cluster"),
    Login("raadssekretariat", Role.SECRETARIAT, "Sekretariat", "council"),
]
# The council that succeeds Midtklyngen.
COUNCIL = next(council.slug for council in COUNCILS if council.cluster == CLUSTER)


def _scope(login: Login) -> dict[str, object]:
    if login.scope in ("cluster", "council"):
        slug = CLUSTER if login.scope == "cluster" else COUNCIL
        return {"cluster": Cluster.objects.get(slug=slug), "forum": None}
    if login.scope == "forum":
        return {"cluster": None, "forum": Forum.objects.get(slug=STEERING)}
    return {"cluster": None, "forum": None}


def scope_text(login: Login) -> str:
    scope = _scope(login)
    forum = scope["forum"]
    if isinstance(forum, Forum):
        return f"{forum} ({forum.cluster})"
    return str(scope["cluster"] or "Hele systemet")


def build_login(login: Login) -> None:
    user, _ = get_user_model().objects.get_or_create(username=login.username)
    user.is_superuser = user.is_staff = login.username == "admin"
    user.person = Person.objects.get(name=login.person) if login.person else None
    # Comments and mentions show the person's name rather than the login.
    user.first_name, _, user.last_name = (login.person or "").partition(" ")
    user.set_password(PASSWORD)
    user.save()
    RoleAssignment.objects.get_or_create(user=user, role=login.role, **_scope(login))


def build_logins() -> None:
    """Create or refresh the demo users."""
    for login in LOGINS:
        build_login(login)


def login_rows() -> list[tuple[str, str, str]]:
    """(username, role in Danish, scope) of each demo login."""
    return [(login.username, login.role_da, scope_text(login)) for login in LOGINS]
