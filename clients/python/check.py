"""What a provincial system on Python does with the client generated from the root openapi.yaml.

It gets a token with its own Keycloak client (client credentials of tinh-hue-sync, jurisdiction: province 46)
and works through the generated methods only: communes with their null dates, every household of a commune page
by page, one household with its members, a movement report as JSON and as CSV, the change feed read to its end,
a create retried with its Idempotency-Key and found in the feed, and a problem's code read from the exception.

Run by `make clients-test` (inside `make test`) against a running stack:
    PYTHONPATH=clients/python/generated python3 clients/python/check.py API KEYCLOAK
It exits non-zero at the first thing a provincial system would find wrong; it never skips.
"""
import json
import sys
import urllib.parse
import urllib.request
import uuid
from datetime import date

import giamngheo_client
from giamngheo_client.api.areas_api import AreasApi
from giamngheo_client.api.changes_api import ChangesApi
from giamngheo_client.api.households_api import HouseholdsApi
from giamngheo_client.api.reports_api import ReportsApi
from giamngheo_client.exceptions import ApiException
from giamngheo_client.models.create_household_request import CreateHouseholdRequest
from giamngheo_client.models.export_format import ExportFormat
from giamngheo_client.models.member_request import MemberRequest
from giamngheo_client.models.movement_kind import MovementKind
from giamngheo_client.models.problem import Problem
from giamngheo_client.models.relation_to_head import RelationToHead
from giamngheo_client.models.sex import Sex

COMMUNE = "20179"


def token(keycloak: str) -> str:
    form = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": "tinh-hue-sync",
                                   "client_secret": "tinh-hue-sync-dev-secret"}).encode()
    with urllib.request.urlopen(keycloak + "/realms/giamngheo/protocol/openid-connect/token", form) as response:
        return json.load(response)["access_token"]


def check(condition: bool, what: str) -> None:
    if not condition:
        raise AssertionError(what)
    print("  ✔ " + what)


def main(api: str, keycloak: str) -> None:
    configuration = giamngheo_client.Configuration(host=api, access_token=token(keycloak))
    with giamngheo_client.ApiClient(configuration) as client:
        areas = AreasApi(client)
        communes, after = [], None
        while True:
            page = areas.list_communes("46", after=after, limit=25)
            communes += page.items
            after = page.next_cursor
            if after is None:
                break
        check(len(communes) == 40 and all(c.valid_to is None and isinstance(c.valid_from, date) for c in communes),
              f"the {len(communes)} units of Huế, valid from a date and with no end date (null stays None)")

        households = HouseholdsApi(client)
        seen, after, pages = set(), None, 0
        while True:
            page = households.list_households(commune_code=COMMUNE, limit=25, after=after)
            for h in page.items:
                if h.id in seen:
                    raise AssertionError(f"{h.code} twice")
                seen.add(h.id)
            pages += 1
            after = page.next_cursor
            if after is None:
                break
        check(pages > 1 and len(seen) > 25, f"every household of {COMMUNE}: {len(seen)} in {pages} pages")
        one = households.get_household(next(iter(seen)))
        check(one.commune_code == COMMUNE and any(m.relation_to_head == RelationToHead.HEAD for m in one.members),
              f"household {one.code} read with its {len(one.members)} members")

        reports = ReportsApi(client)
        movement = reports.get_movement(COMMUNE, 2025, kind=MovementKind.POOR)
        total = movement.total
        check(total.end.households == total.start.households - total.decreases_total.households
              + total.increases_total.households, f"movement of {movement.area_name} 2025 balances")
        csv = reports.download_movement(COMMUNE, 2025, format=ExportFormat.CSV, kind=MovementKind.POOR)
        text = csv.decode("utf-8") if isinstance(csv, (bytes, bytearray)) else open(csv, encoding="utf-8").read()
        check("Xã Nam Đông" in text, "the movement downloads as CSV")

        # keeping a copy in step: read the commune's feed to its end, write, and find the write in the feed
        changes = ChangesApi(client)
        cursor, read = "0", 0
        while True:
            page = changes.list_changes(after=cursor, commune_code=COMMUNE, limit=1000)
            read += len(page.items)
            cursor = page.next_cursor
            if not page.has_more:
                break
        check(read > len(seen), f"the feed of {COMMUNE} read to its end: {read} changes, cursor {cursor}")

        request = CreateHouseholdRequest(commune_code=COMMUNE, address="Thôn 1, Xã Nam Đông", members=[
            MemberRequest(full_name="Hồ Thị Python", relation_to_head=RelationToHead.HEAD, sex=Sex.FEMALE,
                          birth_date=date(1985, 3, 8))])
        key = str(uuid.uuid4())
        first = households.create_household_with_http_info(request, idempotency_key=key)
        again = households.create_household_with_http_info(request, idempotency_key=key)
        check(first.status_code == 201 and again.data.id == first.data.id,
              f"a create retried with its Idempotency-Key stores one household ({first.data.code})")
        news = changes.list_changes(after=cursor, commune_code=COMMUNE).items
        check([(c.entity_id, c.operation.value) for c in news if c.entity_type.value == "HOUSEHOLD"]
              == [(first.data.id, "CREATED")], f"the feed after {cursor} names the new household once, as CREATED")

        try:
            households.get_household(uuid.uuid4())
            raise AssertionError("an unknown household was found")
        except ApiException as e:
            problem = Problem.from_json(e.body)
            check(e.status == 404 and problem.code == "household.not_found",
                  f"an unknown household: {e.status} {problem.code}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
