#!/usr/bin/env python3
"""For bench/nodes.sh: signs in on node A, changes commitment 1.1's Danish title N times through the staff form, and
after each change polls node B's public page until it shows the new title. Prints the times (ms), median and max."""
import http.cookiejar, re, statistics, sys, time, urllib.parse, urllib.request
from html.parser import HTMLParser

a, b, email, password, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
PAGE = "/da/plans/2017-2019/commitments/1.1"
EDIT = "/da/admin/plans/2017-2019/commitments/1.1"

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

jar = http.cookiejar.CookieJar()
browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

def fetch(url, data=None):
    try:
        with browser.open(urllib.request.Request(url, data=data), timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()

class Form(HTMLParser):
    """The fields of the form that holds titleDa, as a browser would send them."""
    def __init__(self):
        super().__init__(); self.forms = []; self.current = None; self.textarea = None; self.select = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form": self.current = []; self.forms.append(self.current)
        elif self.current is None: return
        elif tag == "input" and a.get("name"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a: return
            if a.get("type") in ("submit", "button"): return
            self.current.append([a["name"], a.get("value", "")])
        elif tag == "textarea" and a.get("name"): self.textarea = [a["name"], ""]; self.current.append(self.textarea)
        elif tag == "select" and a.get("name"): self.select = [a["name"], None]; self.current.append(self.select)
        elif tag == "option" and self.select is not None:
            if self.select[1] is None or "selected" in a: self.select[1] = a.get("value", "")
    def handle_endtag(self, tag):
        if tag == "textarea": self.textarea = None
        elif tag == "select": self.select = None
        elif tag == "form": self.current = None
    def handle_data(self, data):
        if self.textarea is not None: self.textarea[1] += data

status, page = fetch(a + "/da/login")
csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
status, _ = fetch(a + "/da/login", urllib.parse.urlencode({"username": email, "password": password, "_csrf": csrf}).encode())
assert status == 302, f"sign-in on A answered {status}"

times = []
for i in range(n):
    parser = Form(); parser.feed(fetch(a + EDIT)[1])
    fields = next(f for f in parser.forms if any(k == "titleDa" for k, _ in f))
    title = f"Flere åbne data til borgere og medier (måling {i} {time.time_ns()})"
    data = [(k, title if k == "titleDa" else ("Måling af to noder" if k == "reason" else (v or ""))) for k, v in fields]
    if not any(k == "reason" for k, _ in data): data.append(("reason", "Måling af to noder"))
    status, body = fetch(a + EDIT, urllib.parse.urlencode(data).encode())
    t0 = time.perf_counter()
    assert status == 302, f"edit {i} on A answered {status}"
    while title.replace("å", "&aring;") not in (html := urllib.request.urlopen(b + PAGE, timeout=10).read().decode()) \
            and title not in html:
        if time.perf_counter() - t0 > 30: sys.exit(f"B never showed edit {i}")
        time.sleep(0.002)
    times.append((time.perf_counter() - t0) * 1000)
    time.sleep(0.2)
print("edit on A -> fresh on B, ms: " + " ".join(f"{t:.0f}" for t in times))
print(f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms over {n} edits")
