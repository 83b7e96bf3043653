"""Buddhist-era dates and Thai digits."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from coi_portal import thai


@pytest.mark.parametrize(
    ("day", "long", "short", "official"),
    [
        pytest.param(
            dt.date(2019, 1, 11), "11 มกราคม 2562", "11 ม.ค. 62", "๑๑ มกราคม ๒๕๖๒", id="seed-notice-date"
        ),
        pytest.param(dt.date(2026, 12, 31), "31 ธันวาคม 2569", "31 ธ.ค. 69", "๓๑ ธันวาคม ๒๕๖๙", id="year-end"),
        pytest.param(dt.date(2024, 2, 29), "29 กุมภาพันธ์ 2567", "29 ก.พ. 67", "๒๙ กุมภาพันธ์ ๒๕๖๗", id="leap-day"),
        pytest.param(dt.date(2000, 5, 1), "1 พฤษภาคม 2543", "1 พ.ค. 43", "๑ พฤษภาคม ๒๕๔๓", id="be-2543"),
    ],
)
def test_buddhist_era_dates(day, long, short, official):
    assert thai.date_long(day) == long
    assert thai.date_short(day) == short
    assert thai.date_long(day, digits="thai") == official


def test_thai_and_arabic_digits_round_trip():
    assert thai.thai_digits("มาตรา 128 (เดิม 103)") == "มาตรา ๑๒๘ (เดิม ๑๐๓)"
    assert thai.arabic_digits("๕,๐๐๐.๐๐") == "5,000.00"
    assert thai.arabic_digits(thai.thai_digits("0123456789")) == "0123456789"


def test_baht():
    assert thai.baht(Decimal("5000")) == "5,000.00"
    assert thai.baht(Decimal("3000.01"), digits="thai") == "๓,๐๐๐.๐๑"


def test_aware_datetime_is_shown_in_bangkok_time():
    moment = dt.datetime(2026, 1, 10, 20, 30, tzinfo=dt.UTC)
    assert thai.datetime_long(moment) == "11 มกราคม 2569 เวลา 03:30 น."
    assert thai.date_long(moment) == "11 มกราคม 2569"


def test_be_year_conversion():
    assert thai.be_year(dt.date(2026, 1, 1)) == 2569
    assert thai.ce_year(2570) == 2027


def test_template_filters_follow_the_language():
    template = Template("{{ d|be_date }}|{{ d|be_date:'short' }}|{{ d|be_date:'thai' }}|{{ v|baht }}")
    context = Context({"d": dt.date(2019, 1, 11), "v": Decimal("4500")})
    with translation.override("th"):
        assert template.render(context) == "11 มกราคม 2562|11 ม.ค. 62|๑๑ มกราคม ๒๕๖๒|4,500.00"
    with translation.override("en"):
        assert template.render(context).startswith("11 January B.E. 2562 (2019)|")
        assert "|๑๑ มกราคม ๒๕๖๒|" in template.render(context)


def test_empty_values_render_empty():
    assert Template("{{ d|be_date }}{{ d|be_datetime }}{{ d|baht }}").render(Context({"d": None})) == ""
