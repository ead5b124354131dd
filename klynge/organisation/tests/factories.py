"""Factories for the registry's models."""

import datetime

import factory

from klynge.organisation.models import (
    Cluster,
    CompositionRule,
    Forum,
    Membership,
    Organisation,
    Person,
    Region,
    TermsOfReference,
)


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("slug",)

    name = "Region Midtjylland"
    slug = "midtjylland"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name = factory.Sequence(lambda n: f"Kommune {n}")
    kind = Organisation.Kind.MUNICIPALITY


class ClusterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Cluster

    region = factory.SubFactory(RegionFactory)
    name = factory.Sequence(lambda n: f"Klynge {n}")
    slug = factory.Sequence(lambda n: f"klynge-{n}")


class ForumFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Forum

    cluster = factory.SubFactory(ClusterFactory)
    region = factory.LazyAttribute(lambda f: f.cluster.region if f.cluster else RegionFactory())
    name = factory.Sequence(lambda n: f"Temagruppe {n}")
    slug = factory.Sequence(lambda n: f"forum-{n}")
    kind = Forum.Kind.THEME_GROUP


class TermsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TermsOfReference

    forum = factory.SubFactory(ForumFactory)
    version = 1
    title = "Kommissorium"
    purpose = "At sikre implementering."
    status = TermsOfReference.Status.APPROVED
    approved_on = datetime.date(2023, 1, 1)


class RuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CompositionRule

    terms = factory.SubFactory(TermsFactory)
    party_kind = Organisation.Kind.MUNICIPALITY
    role_text = "chef-/lederrepræsentanter"
    min_count = 1


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"Person {n}")
    title = "sundhedschef"
    email = factory.Sequence(lambda n: f"person{n}@example.dk")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    forum = factory.SubFactory(ForumFactory)
    person = factory.SubFactory(PersonFactory)
    role = Membership.Role.MEMBER
    starts_on = datetime.date(2023, 1, 1)
