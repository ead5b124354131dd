"""Users and the roles they hold in a cluster or a forum."""

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who logs in to Klynge; may be linked to the registry's Person."""

    person = models.OneToOneField(
        "organisation.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="user",
    )


class Role(models.TextChoices):
    ADMINISTRATOR = "administrator", _("Administrator")
    SECRETARIAT = "secretariat", _("Secretariat")
    CHAIR = "chair", _("Chair")
    MEMBER = "member", _("Member")
    READER = "reader", _("Reader")


class RoleAssignment(models.Model):
    """A role held by a user, scoped to a cluster, a forum, or (neither) the whole system."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="roles"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    cluster = models.ForeignKey(
        "organisation.Cluster",
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
    )
    forum = models.ForeignKey(
        "organisation.Forum",
        verbose_name=_("forum"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
    )

    class Meta:
        verbose_name = _("role assignment")
        verbose_name_plural = _("role assignments")
        constraints = [
            models.CheckConstraint(
                condition=~(models.Q(cluster__isnull=False) & models.Q(forum__isnull=False)),
                name="role_scope_cluster_or_forum",
            ),
            models.UniqueConstraint(
                fields=["user", "role", "cluster", "forum"], name="role_assignment_unique"
            ),
        ]

    def __str__(self) -> str:
        scope = self.forum or self.cluster or _("all")
        return f"{self.user} – {self.get_role_display()} ({scope})"

    def clean(self) -> None:
        if self.cluster_id and self.forum_id:
            raise ValidationError(_("A role is scoped to a cluster or a forum, not both."))
