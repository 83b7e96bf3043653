"""factory-boy factories for records that tests build beyond the demo data."""

from __future__ import annotations

import datetime as dt

import factory
from django.contrib.auth import get_user_model

from coi_portal.models import Membership
from declarations import models


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Organization
        django_get_or_create = ("slug",)

    name_th = factory.Sequence(lambda n: f"องค์การบริหารส่วนตำบลทดสอบ{n}")
    slug = factory.Sequence(lambda n: f"test-org-{n}")
    district = "เมือง"
    province = "สมุทรปราการ"


class PositionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Position

    organization = factory.SubFactory(OrganizationFactory)
    title_th = factory.Sequence(lambda n: f"ตำแหน่งทดสอบ {n}")
    office = models.Office.LOCAL_OFFICIAL


class OfficialFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Official

    organization = factory.SubFactory(OrganizationFactory)
    prefix_th = "นาย"
    first_name_th = factory.Sequence(lambda n: f"ทดสอบ{n}")
    last_name_th = "ใจดี"
    took_office_on = dt.date(2020, 1, 1)


class TenureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Tenure

    official = factory.SubFactory(OfficialFactory)
    position = factory.SubFactory(
        PositionFactory, organization=factory.SelfAttribute("..official.organization")
    )
    started_on = dt.date(2020, 1, 1)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password("a-long-test-password")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
