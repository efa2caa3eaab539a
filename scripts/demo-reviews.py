#!/usr/bin/env python3
"""Drive this year's demo periodic reviews (Xã Nam Đông, Phường Hương Trà) to their decisions through the
public API, as their officers, the province and the chairmen would, then print every commune's official
figures for the year.

Each listed household is surveyed again with its last record's facts and an income that grew over the year
(by 0-40 %, from the household code, so a run is repeatable); the classifier decides what that means. Then a
meeting per village, the posting, the province's opinion and the chairman's decision. Needs `make run` (demo
data) to be up. Standard library only.

    python3 scripts/demo-reviews.py [--api http://localhost:8080] [--keycloak http://localhost:8180]
"""
import argparse
import base64
import datetime
import hashlib
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

CAMPAIGNS = "/api/v1/review-campaigns"
# commune: (officer, surveyor, chairman); Hương Trà has no reviewer among the dev users, the administrator surveys
COMMUNES = {"20179": ("xa.namdong", "rsv.namdong", "chutich.namdong"),
            "19996": ("phuong.huongtra", "admin", "chutich.huongtra")}


class Api:
    def __init__(self, base, keycloak):
        self.base = base.rstrip("/")
        self.keycloak = keycloak.rstrip("/")
        self.tokens = {}

    def token(self, user):
        if user not in self.tokens:
            body = urllib.parse.urlencode({"grant_type": "password", "client_id": "giamngheo-web",
                                           "username": user, "password": user}).encode()
            with urllib.request.urlopen(self.keycloak + "/realms/giamngheo/protocol/openid-connect/token", body) as r:
                self.tokens[user] = json.load(r)["access_token"]
        return self.tokens[user]

    def call(self, user, method, path, body=None, query=None, headers=None, want=None):
        url = self.base + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Authorization", "Bearer " + self.token(user))
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        for k, v in (headers or {}).items():
            request.add_header(k, v)
        try:
            with urllib.request.urlopen(request) as r:
                text = r.read()
                return (json.loads(text) if text else None), r.headers
        except urllib.error.HTTPError as e:
            problem = e.read().decode(errors="replace")
            raise SystemExit(f"{method} {path} answered {e.code}: {problem}")


def income_growth(code):
    return 1 + (hashlib.sha256(code.encode()).digest()[0] % 41) / 100


def survey_of(record, code, surveyed_on):
    income = record.get("monthlyIncomePerCapita")
    return {
        "surveyYear": int(surveyed_on[:4]),
        "surveyDate": surveyed_on,
        "reviewer": "Cán bộ rà soát (demo)",
        "monthlyIncomePerCapita": None if income is None else int(round(income * income_growth(code), -3)),
        "scoreA": record.get("scoreA"),
        "deprivations": record.get("deprivations"),
        "household": record.get("household"),
        "causes": record.get("causes") or [],
        "needs": record.get("needs") or [],
    }


def items(api, user, campaign):
    found, after = [], None
    while True:
        query = {"limit": 500}
        if after:
            query["after"] = after
        page, _ = api.call(user, "GET", f"{CAMPAIGNS}/{campaign}/items", query=query)
        found += page["items"]
        after = page.get("nextCursor")
        if not after:
            return found


def drive(api, commune, officer, surveyor, chair, year, today):
    found, _ = api.call("tinh.hue", "GET", CAMPAIGNS, query={"communeCode": commune, "year": year, "kind": "PERIODIC"})
    open_ones = [c for c in found["items"] if c["status"] != "DECIDED"]
    if not open_ones:
        print(f"  {commune}: no open periodic review of {year}", file=sys.stderr)
        return
    campaign = open_ones[0]["id"]
    day = lambda back: (today - datetime.timedelta(days=back)).isoformat()
    listed = [i for i in items(api, officer, campaign) if i["state"] == "LISTED"]
    for i in listed:
        records, _ = api.call(officer, "GET", f"/api/v1/households/{i['householdId']}/records")
        last = max((r for r in records if r["current"]), key=lambda r: r["surveyYear"])
        api.call(surveyor, "POST", f"{CAMPAIGNS}/{campaign}/items/{i['id']}/survey",
                 {"record": survey_of(last, i["householdCode"], day(20))})
    villages = sorted({i["villageId"] for i in items(api, officer, campaign) if i["state"] == "SURVEYED"},
                      key=lambda v: v or "")
    minutes = base64.b64encode("%PDF-1.4 biên bản họp thôn (demo)".encode()).decode()
    for v in villages:
        meeting = {"heldOn": day(14), "chair": "Trưởng thôn", "attendees": 30, "agreeing": 27,
                   "minutesName": "bien-ban-hop.pdf", "minutes": minutes}
        if v:
            meeting["villageId"] = v
        api.call(officer, "POST", f"{CAMPAIGNS}/{campaign}/meetings", meeting)
    api.call(officer, "POST", f"{CAMPAIGNS}/{campaign}/postings", {"startsOn": day(12)})
    api.call("tinh.hue", "POST", f"{CAMPAIGNS}/{campaign}/opinion", {"givenOn": day(4), "text": "Đồng ý kết quả"})
    _, headers = api.call(chair, "GET", f"{CAMPAIGNS}/{campaign}")
    number = f"{200 + list(COMMUNES).index(commune) + 1}/QĐ-UBND"
    decided, _ = api.call(chair, "POST", f"{CAMPAIGNS}/{campaign}/decision", {"number": number, "decidedOn": day(2)},
                          headers={"If-Match": headers["ETag"]})
    print(f"  {commune}: {len(listed)} households surveyed, {len(villages)} meetings, decision {number}:"
          f" {decided['status']}", file=sys.stderr)


def year_of(dashboard, year):
    return next((y for y in dashboard["years"] if y["year"] == year), {})


def rate(figure, key):
    value = figure.get(key)
    return "—" if value is None else f"{float(value):.2f}".replace(".", ",")


def table(api, year):
    """The official figures of the year and the year before, for every commune of Huế and the province."""
    communes, after = [], None
    while True:
        query = {"limit": 100} | ({"after": after} if after else {})
        page, _ = api.call("tinh.hue", "GET", "/api/v1/provinces/46/communes", query=query)
        communes += page["items"]
        after = page.get("nextCursor")
        if not after:
            break
    print(f"| Đơn vị | Hộ {year} | Hộ nghèo {year} | Tỷ lệ nghèo {year - 1} (%) | Tỷ lệ nghèo {year} (%)"
          f" | Tỷ lệ cận nghèo {year} (%) |")
    print("|---|---:|---:|---:|---:|---:|")
    for unit in communes + [{"code": "46", "fullName": "Tỉnh Huế (cả tỉnh)"}]:
        dashboard, _ = api.call("tinh.hue", "GET", f"/api/v1/dashboards/{unit['code']}")
        now, before = year_of(dashboard, year), year_of(dashboard, year - 1)
        name = unit.get("fullName") or unit.get("name")
        print(f"| {name} ({unit['code']}) | {now.get('households', '—')} | {now.get('poor', '—')}"
              f" | {rate(before, 'poorRate')} | {rate(now, 'poorRate')} | {rate(now, 'nearPoorRate')} |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--api", default="http://localhost:8080")
    parser.add_argument("--keycloak", default="http://localhost:8180")
    parser.add_argument("--date", help="today (yyyy-mm-dd) as the server sees it; by default today in Vietnam")
    args = parser.parse_args()
    api = Api(args.api, args.keycloak)
    today = datetime.date.fromisoformat(args.date) if args.date else datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()
    print(f"Demo reviews of {today.year}, decided as of {today}", file=sys.stderr)
    for commune, (officer, surveyor, chair) in COMMUNES.items():
        drive(api, commune, officer, surveyor, chair, today.year, today)
    table(api, today.year)


if __name__ == "__main__":
    main()
